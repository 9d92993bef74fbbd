package app.gaitway.exercises;

import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The exercise form exactly as typed, every value kept as text so a mistake never loses the rest. Lists are one
 * entry per line; an easier or harder version is a row of a link and a "how"; {@code angles} are the joint angles
 * of the pose by field name ({@code start.trunk}, {@code end.right.knee}, see {@link PoseAngles#fieldNames}).
 * {@link #problems()} names every mistake by its form field; {@link #content()} is the exercise when there is none.
 */
public record ExerciseForm(
        String name,
        String aliases,
        String summary,
        String category,
        String position,
        List<String> targets,
        List<String> equipment,
        List<String> loads,
        String bandPlacement,
        String steps,
        String cues,
        String mistakes,
        String feel,
        List<String> easierLink,
        List<String> easierHow,
        List<String> harderLink,
        List<String> harderHow,
        String sets,
        String repsMin,
        String repsMax,
        String holdSeconds,
        String sides,
        String timesPerDay,
        String daysPerWeek,
        String effortMin,
        String effortMax,
        String restSeconds,
        String pictureSource,
        String poseJson,
        String poseFrom,
        Map<String, String> angles,
        String version) {

    public static final int VARIATION_ROWS = 3;
    public static final String PICTURE_POSE = "pose";
    public static final String PICTURE_UPLOADED = "uploaded";

    public ExerciseForm {
        targets = List.copyOf(targets);
        equipment = List.copyOf(equipment);
        loads = List.copyOf(loads);
        easierLink = List.copyOf(easierLink);
        easierHow = List.copyOf(easierHow);
        harderLink = List.copyOf(harderLink);
        harderHow = List.copyOf(harderHow);
        angles = Collections.unmodifiableMap(new LinkedHashMap<>(angles));
    }

    public static ExerciseForm from(MultivaluedMap<String, String> body) {
        Map<String, String> angles = new LinkedHashMap<>();
        for (String field : PoseAngles.fieldNames()) {
            angles.put(field, one(body, "angle." + field));
        }
        return new ExerciseForm(
                one(body, "name"),
                one(body, "aliases"),
                one(body, "summary"),
                one(body, "category"),
                one(body, "position"),
                many(body, "targets"),
                many(body, "equipment"),
                many(body, "loads"),
                one(body, "bandPlacement"),
                one(body, "steps"),
                one(body, "cues"),
                one(body, "mistakes"),
                one(body, "feel"),
                rows(body, "easierLink"),
                rows(body, "easierHow"),
                rows(body, "harderLink"),
                rows(body, "harderHow"),
                one(body, "sets"),
                one(body, "repsMin"),
                one(body, "repsMax"),
                one(body, "holdSeconds"),
                one(body, "sides"),
                one(body, "timesPerDay"),
                one(body, "daysPerWeek"),
                one(body, "effortMin"),
                one(body, "effortMax"),
                one(body, "restSeconds"),
                PICTURE_UPLOADED.equals(one(body, "pictureSource")) ? PICTURE_UPLOADED : PICTURE_POSE,
                one(body, "poseJson"),
                one(body, "poseFrom"),
                angles,
                one(body, "version"));
    }

    /** The form filled from an exercise (to edit it, or to start a copy), as the page would send it back. */
    public static ExerciseForm of(ExerciseContent c, int version) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.putSingle("name", c.name());
        body.putSingle("aliases", String.join("\n", c.aliases()));
        body.putSingle("summary", c.summary());
        body.putSingle("category", Vocabulary.code(c.category()));
        body.putSingle("position", Vocabulary.code(c.position()));
        body.put("targets", c.targets().stream().map(Vocabulary::code).toList());
        body.put(
                "equipment",
                c.equipment().stream().map(Equipment::code).distinct().toList());
        body.put("loads", c.loads().stream().map(Vocabulary::code).toList());
        c.equipment().stream()
                .filter(e -> e.placement() != null)
                .findFirst()
                .ifPresent(band -> body.putSingle("bandPlacement", band.placementCode()));
        body.putSingle("steps", String.join("\n", c.steps()));
        body.putSingle("cues", String.join("\n", c.cues()));
        body.putSingle("mistakes", String.join("\n", c.mistakes()));
        body.putSingle("feel", c.feel());
        putRows(body, "easier", c.easier());
        putRows(body, "harder", c.harder());
        Dosage d = c.dosage();
        putNumber(body, "sets", d.sets());
        putNumber(body, "repsMin", d.repsMin());
        putNumber(body, "repsMax", d.repsMax());
        putNumber(body, "holdSeconds", d.holdSeconds());
        body.putSingle("sides", Vocabulary.code(d.sides()));
        putNumber(body, "timesPerDay", d.timesPerDay());
        putNumber(body, "daysPerWeek", d.daysPerWeek());
        putNumber(body, "effortMin", d.effortMin());
        putNumber(body, "effortMax", d.effortMax());
        putNumber(body, "restSeconds", d.restSeconds());
        body.putSingle("pictureSource", c.illustrationJson() == null ? PICTURE_UPLOADED : PICTURE_POSE);
        body.putSingle("version", String.valueOf(version));
        ExerciseForm form = from(body);
        return c.illustrationJson() == null ? form : form.withPose(c.illustrationJson());
    }

    /** A blank form for a new exercise, starting from a library pose and the usual strength dosage. */
    public static ExerciseForm blank(String poseJson) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.putSingle("category", "strength");
        body.putSingle("sets", "3");
        body.putSingle("repsMin", "10");
        body.putSingle("repsMax", "15");
        body.putSingle("sides", "each_side");
        body.putSingle("timesPerDay", "1");
        body.putSingle("daysPerWeek", "4");
        body.putSingle("effortMin", "7");
        body.putSingle("effortMax", "8");
        body.putSingle("restSeconds", "60");
        ExerciseForm form = from(body);
        return poseJson == null ? form : form.withPose(poseJson);
    }

    /** The same form with another pose as the base, showing its angles. */
    public ExerciseForm withPose(String illustrationJson) {
        Map<String, String> poseAngles = new LinkedHashMap<>();
        PoseAngles.read(illustrationJson).forEach((k, v) -> poseAngles.put(k, String.valueOf(v)));
        return withPicture(PICTURE_POSE, illustrationJson, poseAngles, version);
    }

    /** The same form as if built from another version of the exercise (a copy starts from none). */
    public ExerciseForm withVersion(String newVersion) {
        return withPicture(pictureSource, poseJson, angles, newVersion);
    }

    private ExerciseForm withPicture(
            String newPictureSource, String newPoseJson, Map<String, String> newAngles, String newVersion) {
        return new ExerciseForm(
                name,
                aliases,
                summary,
                category,
                position,
                targets,
                equipment,
                loads,
                bandPlacement,
                steps,
                cues,
                mistakes,
                feel,
                easierLink,
                easierHow,
                harderLink,
                harderHow,
                sets,
                repsMin,
                repsMax,
                holdSeconds,
                sides,
                timesPerDay,
                daysPerWeek,
                effortMin,
                effortMax,
                restSeconds,
                newPictureSource,
                newPoseJson,
                poseFrom,
                newAngles,
                newVersion);
    }

    /** Every mistake of the form, by form field; a field gets one problem at most. Links are checked by the editor. */
    public List<FieldProblem> problems() {
        return new ExerciseFormReader(this).problems();
    }

    /**
     * {@link #problems()} and, for a field without one, a link typed by hand (the page offers only a list) that
     * leads to none of the {@code linkable} exercises (see {@link ExerciseEditor#linkableSlugs}).
     */
    public List<FieldProblem> problems(Set<String> linkable) {
        List<FieldProblem> problems = new ArrayList<>(problems());
        unknownLinks(easier(), "easier", linkable, problems);
        unknownLinks(harder(), "harder", linkable, problems);
        return problems;
    }

    private static void unknownLinks(
            List<Variation> variations, String field, Set<String> linkable, List<FieldProblem> problems) {
        boolean named = problems.stream().anyMatch(p -> p.field().equals(field));
        if (!named && variations.stream().anyMatch(v -> v.slug() != null && !linkable.contains(v.slug()))) {
            problems.add(new FieldProblem(field, "exercise.rule.linkNotAnExercise"));
        }
    }

    /** The exercise typed; only for a form without {@link #problems()}. */
    public ExerciseContent content() {
        ExerciseFormReader reader = new ExerciseFormReader(this);
        if (!reader.problems().isEmpty()) {
            throw new IllegalStateException("The exercise form has problems: " + reader.problems());
        }
        return reader.content();
    }

    /**
     * For the page: the template engine (OGNL) reads a method {@code sets()} as a setter of a property "s", so
     * {@code ${form.sets}} needs the bean-style name.
     */
    public String getSets() {
        return sets;
    }

    public boolean usesPose() {
        return PICTURE_POSE.equals(pictureSource);
    }

    public boolean usesUploadedPictures() {
        return PICTURE_UPLOADED.equals(pictureSource);
    }

    /** The version the form was built from; none (a copied or changed page) never matches a stored one. */
    public int versionSeen() {
        return WholeNumbers.parseInt(version).orElse(-1);
    }

    /** The built-in exercise chosen to take a pose from. */
    public Optional<Long> poseFromId() {
        return WholeNumbers.parseLong(poseFrom);
    }

    /** The angles typed as whole numbers, by field; an angle that does not read is left out. */
    public Map<String, Integer> typedAngles() {
        Map<String, Integer> typed = new LinkedHashMap<>();
        angles.forEach((field, text) -> {
            OptionalInt degrees = WholeNumbers.parseInt(text);
            if (degrees.isPresent()) {
                typed.put(field, degrees.getAsInt());
            }
        });
        return typed;
    }

    /** The base pose with the typed angles written in; empty when there is no pose or it is not one. */
    public Optional<String> posedIllustration() {
        return poseJson.isBlank() ? Optional.empty() : PoseAngles.writeIfPose(poseJson, typedAngles());
    }

    public List<Variation> easier() {
        return variations(easierLink, easierHow);
    }

    public List<Variation> harder() {
        return variations(harderLink, harderHow);
    }

    private static List<Variation> variations(List<String> links, List<String> hows) {
        List<Variation> list = new ArrayList<>();
        for (int i = 0; i < VARIATION_ROWS; i++) {
            String slug = blankToNull(links.get(i));
            String how = blankToNull(hows.get(i));
            if (slug != null || how != null) {
                list.add(new Variation(slug, how));
            }
        }
        return list;
    }

    private static void putRows(MultivaluedMap<String, String> body, String kind, List<Variation> variations) {
        for (Variation v : variations.subList(0, Math.min(VARIATION_ROWS, variations.size()))) {
            body.add(kind + "Link", v.slug() == null ? "" : v.slug());
            body.add(kind + "How", v.how() == null ? "" : v.how());
        }
    }

    private static void putNumber(MultivaluedMap<String, String> body, String field, Integer n) {
        body.putSingle(field, n == null ? "" : String.valueOf(n));
    }

    /** Always {@link #VARIATION_ROWS} rows, blank where nothing was sent. */
    private static List<String> rows(MultivaluedMap<String, String> body, String key) {
        List<String> values = body.get(key);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < VARIATION_ROWS; i++) {
            String value = values != null && i < values.size() ? values.get(i) : null;
            rows.add(value == null ? "" : value);
        }
        return rows;
    }

    private static String one(MultivaluedMap<String, String> body, String key) {
        String v = body.getFirst(key);
        return v == null ? "" : v;
    }

    private static List<String> many(MultivaluedMap<String, String> body, String key) {
        List<String> v = body.get(key);
        return v == null ? List.of() : v.stream().map(s -> s == null ? "" : s).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
