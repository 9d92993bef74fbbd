package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.exercises.illustration.BandPlacement;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exercise form exactly as typed, every value kept as text so a mistake never loses the rest. Lists are
 * one entry per line. {@link #toContent} turns it into an exercise or into problems named by form field.
 */
public final class ExerciseForm {

    public static final int VARIATION_ROWS = 3;
    public static final String PICTURE_POSE = "pose";
    public static final String PICTURE_UPLOADED = "uploaded";

    public String name = "";
    public String aliases = "";
    public String summary = "";
    public String category = "";
    public String position = "";
    public List<String> targets = new ArrayList<>();
    public List<String> equipment = new ArrayList<>();
    public List<String> loads = new ArrayList<>();
    public String bandPlacement = "";
    public String steps = "";
    public String cues = "";
    public String mistakes = "";
    public String feel = "";
    public List<String> easierLink = blankRows();
    public List<String> easierHow = blankRows();
    public List<String> harderLink = blankRows();
    public List<String> harderHow = blankRows();
    public String sets = "";
    public String repsMin = "";
    public String repsMax = "";
    public String holdSeconds = "";
    public String sides = "";
    public String timesPerDay = "";
    public String daysPerWeek = "";
    public String effortMin = "";
    public String effortMax = "";
    public String restSeconds = "";
    public String pictureSource = PICTURE_POSE;
    public String poseJson = "";
    public String poseFrom = "";
    public Map<String, String> angles = new LinkedHashMap<>();
    public String version = "";

    /** A problem of the form: the field it belongs to and the message key with its arguments. */
    public record FieldProblem(String field, String key, Object... args) {
    }

    /** Either the exercise or the problems, never both. */
    public record Result(ExerciseContent content, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static ExerciseForm from(MultivaluedMap<String, String> f) {
        ExerciseForm form = new ExerciseForm();
        form.name = one(f, "name");
        form.aliases = one(f, "aliases");
        form.summary = one(f, "summary");
        form.category = one(f, "category");
        form.position = one(f, "position");
        form.targets = many(f, "targets");
        form.equipment = many(f, "equipment");
        form.loads = many(f, "loads");
        form.bandPlacement = one(f, "bandPlacement");
        form.steps = one(f, "steps");
        form.cues = one(f, "cues");
        form.mistakes = one(f, "mistakes");
        form.feel = one(f, "feel");
        form.easierLink = rows(f, "easierLink");
        form.easierHow = rows(f, "easierHow");
        form.harderLink = rows(f, "harderLink");
        form.harderHow = rows(f, "harderHow");
        form.sets = one(f, "sets");
        form.repsMin = one(f, "repsMin");
        form.repsMax = one(f, "repsMax");
        form.holdSeconds = one(f, "holdSeconds");
        form.sides = one(f, "sides");
        form.timesPerDay = one(f, "timesPerDay");
        form.daysPerWeek = one(f, "daysPerWeek");
        form.effortMin = one(f, "effortMin");
        form.effortMax = one(f, "effortMax");
        form.restSeconds = one(f, "restSeconds");
        form.pictureSource = PICTURE_UPLOADED.equals(one(f, "pictureSource")) ? PICTURE_UPLOADED : PICTURE_POSE;
        form.poseJson = one(f, "poseJson");
        form.poseFrom = one(f, "poseFrom");
        for (String field : PoseAngles.fieldNames()) {
            form.angles.put(field, one(f, "angle." + field));
        }
        form.version = one(f, "version");
        return form;
    }

    /** The form filled from an exercise (to edit it, or to start a copy). */
    public static ExerciseForm of(ExerciseContent c, int version) {
        ExerciseForm form = new ExerciseForm();
        form.name = c.name();
        form.aliases = String.join("\n", c.aliases());
        form.summary = c.summary();
        form.category = Vocabulary.code(c.category());
        form.position = Vocabulary.code(c.position());
        form.targets = c.targets().stream().map(Vocabulary::code).toList();
        form.equipment = c.equipment().stream().map(Equipment::code).distinct().toList();
        form.loads = c.loads().stream().map(Vocabulary::code).toList();
        form.bandPlacement = c.equipment().stream().filter(e -> e.placement() != null).findFirst()
                .map(Equipment::placementCode).orElse("");
        form.steps = String.join("\n", c.steps());
        form.cues = String.join("\n", c.cues());
        form.mistakes = String.join("\n", c.mistakes());
        form.feel = c.feel();
        fillRows(c.easier(), form.easierLink, form.easierHow);
        fillRows(c.harder(), form.harderLink, form.harderHow);
        Dosage d = c.dosage();
        form.sets = String.valueOf(d.sets());
        form.repsMin = text(d.repsMin());
        form.repsMax = text(d.repsMax());
        form.holdSeconds = text(d.holdSeconds());
        form.sides = Vocabulary.code(d.sides());
        form.timesPerDay = String.valueOf(d.timesPerDay());
        form.daysPerWeek = String.valueOf(d.daysPerWeek());
        form.effortMin = text(d.effortMin());
        form.effortMax = text(d.effortMax());
        form.restSeconds = text(d.restSeconds());
        if (c.illustrationJson() != null) {
            form.usePose(c.illustrationJson());
        } else {
            form.pictureSource = PICTURE_UPLOADED;
        }
        form.version = String.valueOf(version);
        return form;
    }

    /** A blank form for a new exercise, starting from a library pose and the usual strength dosage. */
    public static ExerciseForm blank(String poseJson) {
        ExerciseForm form = new ExerciseForm();
        form.category = "strength";
        form.sets = "3";
        form.repsMin = "10";
        form.repsMax = "15";
        form.sides = "each_side";
        form.timesPerDay = "1";
        form.daysPerWeek = "4";
        form.effortMin = "7";
        form.effortMax = "8";
        form.restSeconds = "60";
        if (poseJson != null) {
            form.usePose(poseJson);
        }
        return form;
    }

    /** Takes another pose as the base and shows its angles. */
    public void usePose(String illustrationJson) {
        poseJson = illustrationJson;
        pictureSource = PICTURE_POSE;
        angles.clear();
        PoseAngles.read(illustrationJson).forEach((k, v) -> angles.put(k, String.valueOf(v)));
    }

    /** @param linkable the slugs an easier or harder version may link to (see {@link ExerciseEditor#linkableSlugs}) */
    public Result toContent(Set<String> linkable) {
        List<FieldProblem> problems = new ArrayList<>();
        Category cat = code(Category.class, category, "category", problems);
        StartPosition pos = code(StartPosition.class, position, "position", problems);
        List<Target> targetList = new ArrayList<>();
        for (String t : targets) {
            Vocabulary.fromCode(Target.class, t).ifPresentOrElse(targetList::add,
                    () -> problems.add(new FieldProblem("targets", "form.exercise.unknownChoice")));
        }
        List<Equipment> equipmentList = new ArrayList<>();
        for (String e : equipment) {
            Optional<EquipmentType> type = Vocabulary.fromCode(EquipmentType.class, e);
            if (type.isEmpty()) {
                problems.add(new FieldProblem("equipment", "form.exercise.unknownChoice"));
                continue;
            }
            BandPlacement placement = null;
            if (type.get() == EquipmentType.BAND) {
                placement = Vocabulary.fromCode(BandPlacement.class, bandPlacement).orElse(null);
                if (placement == null) {
                    problems.add(new FieldProblem("bandPlacement", "exercise.rule.bandPlacement"));
                }
            }
            equipmentList.add(new Equipment(type.get(), placement));
        }
        Integer setsN = number(sets, "sets", true, problems);
        Integer min = number(repsMin, "repsMin", false, problems);
        Integer max = number(repsMax, "repsMax", false, problems);
        if (min != null && max == null) {
            max = min;
        } else if (min == null && max != null) {
            min = max;
        }
        Integer hold = number(holdSeconds, "holdSeconds", false, problems);
        Sides sidesValue = code(Sides.class, sides, "sides", problems);
        Integer perDay = number(timesPerDay, "timesPerDay", true, problems);
        Integer perWeek = number(daysPerWeek, "daysPerWeek", true, problems);
        Integer eMin = number(effortMin, "effortMin", false, problems);
        Integer eMax = number(effortMax, "effortMax", false, problems);
        if (eMin != null && eMax == null) {
            eMax = eMin;
        } else if (eMin == null && eMax != null) {
            eMin = eMax;
        }
        Integer rest = number(restSeconds, "restSeconds", false, problems);
        String illustration = null;
        if (PICTURE_POSE.equals(pictureSource)) {
            if (poseJson == null || poseJson.isBlank()) {
                problems.add(new FieldProblem("pose", "exercise.rule.noPicture"));
            } else {
                Map<String, Integer> typed = new LinkedHashMap<>();
                for (Map.Entry<String, String> a : angles.entrySet()) {
                    Integer v = number(a.getValue(), "angle." + a.getKey(), false, problems);
                    if (v != null) {
                        typed.put(a.getKey(), v);
                    }
                }
                try {
                    illustration = PoseAngles.write(poseJson, typed);
                } catch (RuntimeException unreadable) {
                    problems.add(new FieldProblem("pose", "exercise.rule.illustration", "the pose is not readable"));
                }
            }
        }
        // The rules run even when some values did not read, with harmless stand-ins for those, so every other
        // mistake is named at once; a field that already has a problem gets no second one.
        ExerciseContent content = new ExerciseContent(null, name.strip(), lines(aliases), summary.strip(),
                cat == null ? Category.STRENGTH : cat, pos == null ? StartPosition.STANDING : pos,
                targetList, equipmentList, loadList(), lines(steps), lines(cues), lines(mistakes), feel.strip(),
                variations(easierLink, easierHow), variations(harderLink, harderHow),
                new Dosage(setsN == null ? 1 : setsN, min, max, hold, sidesValue == null ? Sides.BOTH : sidesValue,
                        perDay == null ? 1 : perDay, perWeek == null ? 1 : perWeek, eMin, eMax, rest),
                illustration);
        Set<String> named = new HashSet<>();
        problems.forEach(p -> named.add(p.field()));
        boolean readable = problems.isEmpty();
        boolean repsOrHoldTyped = !repsMin.isBlank() || !repsMax.isBlank() || !holdSeconds.isBlank();
        for (Problem p : ExerciseRules.check(content, PICTURE_POSE.equals(pictureSource))) {
            String field = formField(p.field());
            boolean standInForUnreadableNumber = "repsMin".equals(field) && repsOrHoldTyped && !readable;
            if (!named.contains(field) && !standInForUnreadableNumber) {
                problems.add(new FieldProblem(field, p.key(), p.args()));
                named.add(field);
            }
        }
        unknownLinks(content.easier(), "easier", linkable, named, problems);
        unknownLinks(content.harder(), "harder", linkable, named, problems);
        return problems.isEmpty() ? new Result(content, List.of()) : new Result(null, problems);
    }

    /** A link typed by hand (the page offers only a list) must lead to an exercise there is. */
    private static void unknownLinks(List<Variation> variations, String field, Set<String> linkable,
                                     Set<String> named, List<FieldProblem> problems) {
        if (!named.contains(field) && variations.stream().anyMatch(v -> v.slug() != null && !linkable.contains(v.slug()))) {
            problems.add(new FieldProblem(field, "exercise.rule.linkNotAnExercise"));
            named.add(field);
        }
    }

    /** The form field a problem of the exercise belongs to ("cues[2]" → "cues", "dosage.sets" → "sets"). */
    static String formField(String exerciseField) {
        String f = exerciseField.replaceAll("\\[\\d+]", "");
        return switch (f) {
            case "equipment.placement" -> "bandPlacement";
            case "easier.how", "easier.slug" -> "easier";
            case "harder.how", "harder.slug" -> "harder";
            case "illustration" -> "pose";
            case "dosage.reps", "dosage.reps.min" -> "repsMin";
            case "dosage.reps.max" -> "repsMax";
            case "dosage.effort", "dosage.effort.min" -> "effortMin";
            case "dosage.effort.max" -> "effortMax";
            default -> f.startsWith("dosage.") ? f.substring("dosage.".length()) : f;
        };
    }

    private static List<Variation> variations(List<String> links, List<String> hows) {
        List<Variation> list = new ArrayList<>();
        for (int i = 0; i < VARIATION_ROWS; i++) {
            String slug = i < links.size() ? blankToNull(links.get(i)) : null;
            String how = i < hows.size() ? blankToNull(hows.get(i)) : null;
            if (slug != null || how != null) {
                list.add(new Variation(slug, how));
            }
        }
        return list;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "form.exercise.choose"));
            return null;
        }
        Optional<E> e = Vocabulary.fromCode(type, value);
        if (e.isEmpty()) {
            problems.add(new FieldProblem(field, "form.exercise.unknownChoice"));
        }
        return e.orElse(null);
    }

    private static Integer number(String value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "exercise.rule.required"));
            }
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "form.exercise.wholeNumber"));
            return null;
        }
    }

    private static void fillRows(List<Variation> variations, List<String> links, List<String> hows) {
        for (int i = 0; i < Math.min(VARIATION_ROWS, variations.size()); i++) {
            links.set(i, variations.get(i).slug() == null ? "" : variations.get(i).slug());
            hows.set(i, variations.get(i).how() == null ? "" : variations.get(i).how());
        }
    }

    private static List<String> blankRows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < VARIATION_ROWS; i++) {
            rows.add("");
        }
        return rows;
    }

    private static List<String> rows(MultivaluedMap<String, String> f, String key) {
        List<String> values = f.get(key);
        List<String> rows = blankRows();
        if (values != null) {
            for (int i = 0; i < Math.min(VARIATION_ROWS, values.size()); i++) {
                rows.set(i, values.get(i) == null ? "" : values.get(i));
            }
        }
        return rows;
    }

    private static String one(MultivaluedMap<String, String> f, String key) {
        String v = f.getFirst(key);
        return v == null ? "" : v;
    }

    /** The ticked load tags; a value outside the vocabulary cannot come from the form's boxes and is dropped. */
    private List<Vocabulary.LoadTag> loadList() {
        return loads.stream().map(code -> Vocabulary.fromCode(Vocabulary.LoadTag.class, code)).flatMap(Optional::stream)
                .distinct().toList();
    }

    private static List<String> many(MultivaluedMap<String, String> f, String key) {
        List<String> v = f.get(key);
        return v == null ? List.of() : List.copyOf(v);
    }

    private static String text(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Getters for the templates.
    public String getName() { return name; }
    public String getAliases() { return aliases; }
    public String getSummary() { return summary; }
    public String getCategory() { return category; }
    public String getPosition() { return position; }
    public List<String> getTargets() { return targets; }
    public List<String> getEquipment() { return equipment; }
    public List<String> getLoads() { return loads; }
    public String getBandPlacement() { return bandPlacement; }
    public String getSteps() { return steps; }
    public String getCues() { return cues; }
    public String getMistakes() { return mistakes; }
    public String getFeel() { return feel; }
    public List<String> getEasierLink() { return easierLink; }
    public List<String> getEasierHow() { return easierHow; }
    public List<String> getHarderLink() { return harderLink; }
    public List<String> getHarderHow() { return harderHow; }
    public String getSets() { return sets; }
    public String getRepsMin() { return repsMin; }
    public String getRepsMax() { return repsMax; }
    public String getHoldSeconds() { return holdSeconds; }
    public String getSides() { return sides; }
    public String getTimesPerDay() { return timesPerDay; }
    public String getDaysPerWeek() { return daysPerWeek; }
    public String getEffortMin() { return effortMin; }
    public String getEffortMax() { return effortMax; }
    public String getRestSeconds() { return restSeconds; }
    public String getPictureSource() { return pictureSource; }
    public String getPoseJson() { return poseJson; }
    public String getPoseFrom() { return poseFrom; }
    public Map<String, String> getAngles() { return angles; }
    public String getVersion() { return version; }
}
