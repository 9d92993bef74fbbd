package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.shared.json.Jsonp;
import app.gaitway.shared.web.FieldProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes one exercise in the library format (LIBRARY-FORMAT.md). Reading never guesses: an unknown
 * key, a wrong type or a word outside the vocabulary is a {@link FieldProblem} naming the field, so a clinic's import
 * file can say exactly what is wrong. Rules about counts and lengths are {@link ExerciseRules}'.
 */
public final class ExerciseJson {

    // Made once: Json.createReader and friends look the JSON provider up through the class loaders on every
    // call, which was the largest cost of a patient page that reads a few hundred dosages.
    private static final JsonReaderFactory READERS = Jsonp.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Jsonp.createBuilderFactory(Map.of());

    private static final Set<String> KEYS = Set.of(
            "slug",
            "name",
            "aliases",
            "summary",
            "category",
            "position",
            "targets",
            "equipment",
            "loads",
            "steps",
            "cues",
            "mistakes",
            "feel",
            "easier",
            "harder",
            "dosage",
            "illustration");
    private static final Set<String> DOSAGE_KEYS =
            Set.of("sets", "reps", "holdSeconds", "sides", "timesPerDay", "daysPerWeek", "effort", "restSeconds");

    private ExerciseJson() {}

    /** The result of reading: the exercise when there were no problems, else the problems (never both). */
    public record Read(ExerciseContent content, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Read read(JsonObject o) {
        Reader r = new Reader();
        ExerciseContent content = r.exercise(o);
        return r.problems.isEmpty() ? new Read(content, List.of()) : new Read(null, List.copyOf(r.problems));
    }

    /** Reads an exercise the app stored itself; one that does not read is a broken database, not a user error. */
    public static ExerciseContent readStored(String json, Object recordId) {
        Read read = read(READERS.createReader(new java.io.StringReader(json)).readObject());
        if (!read.ok()) {
            throw new IllegalStateException("Stored exercise " + recordId + " does not read: " + read.problems());
        }
        return read.content();
    }

    public static JsonObject write(ExerciseContent e) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder();
        if (e.slug() != null) {
            b.add("slug", e.slug());
        }
        b.add("name", e.name())
                .add("aliases", strings(e.aliases()))
                .add("summary", e.summary())
                .add("category", Vocabulary.code(e.category()))
                .add("position", Vocabulary.code(e.position()));
        JsonArrayBuilder targets = BUILDERS.createArrayBuilder();
        e.targets().forEach(t -> targets.add(Vocabulary.code(t)));
        b.add("targets", targets);
        JsonArrayBuilder equipment = BUILDERS.createArrayBuilder();
        for (Equipment item : e.equipment()) {
            JsonObjectBuilder i = BUILDERS.createObjectBuilder().add("type", item.code());
            if (item.placement() != null) {
                i.add("placement", item.placementCode());
            }
            equipment.add(i);
        }
        JsonArrayBuilder loads = BUILDERS.createArrayBuilder();
        e.loads().forEach(t -> loads.add(Vocabulary.code(t)));
        b.add("equipment", equipment)
                .add("loads", loads)
                .add("steps", strings(e.steps()))
                .add("cues", strings(e.cues()))
                .add("mistakes", strings(e.mistakes()))
                .add("feel", e.feel())
                .add("easier", variations(e.easier()))
                .add("harder", variations(e.harder()))
                .add("dosage", dosage(e.dosage()));
        if (e.illustrationJson() != null) {
            b.add(
                    "illustration",
                    READERS.createReader(new java.io.StringReader(e.illustrationJson()))
                            .readObject());
        }
        return b.build();
    }

    public static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Jsonp.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip() + "\n";
    }

    public static String compact(JsonValue value) {
        return value.toString();
    }

    private static JsonArrayBuilder strings(List<String> list) {
        JsonArrayBuilder a = BUILDERS.createArrayBuilder();
        list.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder variations(List<Variation> list) {
        JsonArrayBuilder a = BUILDERS.createArrayBuilder();
        for (Variation v : list) {
            JsonObjectBuilder o = BUILDERS.createObjectBuilder();
            if (v.slug() != null) {
                o.add("slug", v.slug());
            }
            if (v.how() != null) {
                o.add("how", v.how());
            }
            a.add(o);
        }
        return a;
    }

    private static JsonObjectBuilder dosage(Dosage d) {
        JsonObjectBuilder o = BUILDERS.createObjectBuilder().add("sets", d.sets());
        if (d.repsMin() != null) {
            o.add("reps", BUILDERS.createObjectBuilder().add("min", d.repsMin()).add("max", d.repsMax()));
        }
        if (d.holdSeconds() != null) {
            o.add("holdSeconds", d.holdSeconds());
        }
        o.add("sides", Vocabulary.code(d.sides()))
                .add("timesPerDay", d.timesPerDay())
                .add("daysPerWeek", d.daysPerWeek());
        if (d.effortMin() != null) {
            o.add(
                    "effort",
                    BUILDERS.createObjectBuilder().add("min", d.effortMin()).add("max", d.effortMax()));
        }
        if (d.restSeconds() != null) {
            o.add("restSeconds", d.restSeconds());
        }
        return o;
    }

    /** Collects every problem of one exercise instead of stopping at the first. */
    private static final class Reader {

        final List<FieldProblem> problems = new ArrayList<>();

        ExerciseContent exercise(JsonObject o) {
            unknownKeys(o, KEYS, "");
            String slug = optionalText(o, "slug");
            String name = text(o, "name");
            List<String> aliases = texts(o, "aliases", false);
            String summary = text(o, "summary");
            Category category = code(Category.class, o, "category");
            StartPosition position = code(StartPosition.class, o, "position");
            List<Target> targets = new ArrayList<>();
            JsonArray targetArray = array(o, "targets", true);
            for (int i = 0; i < targetArray.size(); i++) {
                String field = "targets[" + (i + 1) + "]";
                stringAt(targetArray, i, field)
                        .ifPresent(code -> Vocabulary.fromCode(Target.class, code)
                                .ifPresentOrElse(targets::add, () -> unknownWord(field, code)));
            }
            List<Equipment> equipment = new ArrayList<>();
            JsonArray equipmentArray = array(o, "equipment", false);
            for (int i = 0; i < equipmentArray.size(); i++) {
                String field = "equipment[" + (i + 1) + "]";
                if (!(equipmentArray.get(i) instanceof JsonObject item)) {
                    problems.add(new FieldProblem(field, "exercise.json.notObject"));
                    continue;
                }
                unknownKeys(item, Set.of("type", "placement"), field + ".");
                EquipmentType type = code(EquipmentType.class, item, "type", field + ".type");
                BandPlacement placement = item.containsKey("placement")
                        ? code(BandPlacement.class, item, "placement", field + ".placement")
                        : null;
                if (type != null) {
                    equipment.add(new Equipment(type, placement));
                }
            }
            // Optional so that export files written before load tags existed still import; the shipped library is
            // checked to say it for every exercise (ShippedLibraryTest).
            List<LoadTag> loads = new ArrayList<>();
            JsonArray loadArray = array(o, "loads", false);
            for (int i = 0; i < loadArray.size(); i++) {
                String field = "loads[" + (i + 1) + "]";
                stringAt(loadArray, i, field)
                        .ifPresent(code -> Vocabulary.fromCode(LoadTag.class, code)
                                .ifPresentOrElse(
                                        t -> {
                                            if (!loads.contains(t)) {
                                                loads.add(t);
                                            }
                                        },
                                        () -> unknownWord(field, code)));
            }
            List<String> steps = texts(o, "steps", true);
            List<String> cues = texts(o, "cues", true);
            List<String> mistakes = texts(o, "mistakes", true);
            String feel = text(o, "feel");
            List<Variation> easier = variations(o, "easier");
            List<Variation> harder = variations(o, "harder");
            Dosage dosage = o.get("dosage") instanceof JsonObject d ? dosage(d) : missingObject("dosage");
            String illustration = null;
            if (o.containsKey("illustration") && !o.isNull("illustration")) {
                if (o.get("illustration") instanceof JsonObject ill) {
                    illustration = compact(ill);
                } else {
                    problems.add(new FieldProblem("illustration", "exercise.json.notObject"));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new ExerciseContent(
                    slug,
                    name,
                    aliases,
                    summary,
                    category,
                    position,
                    targets,
                    equipment,
                    loads,
                    steps,
                    cues,
                    mistakes,
                    feel,
                    easier,
                    harder,
                    dosage,
                    illustration);
        }

        private Dosage missingObject(String field) {
            problems.add(new FieldProblem(field, "exercise.json.missing"));
            return null;
        }

        private Dosage dosage(JsonObject d) {
            unknownKeys(d, DOSAGE_KEYS, "dosage.");
            Integer sets = integer(d, "sets", "dosage.sets", true);
            Integer repsMin = null;
            Integer repsMax = null;
            if (d.containsKey("reps")) {
                if (d.get("reps") instanceof JsonObject reps) {
                    unknownKeys(reps, Set.of("min", "max"), "dosage.reps.");
                    repsMin = integer(reps, "min", "dosage.reps.min", true);
                    repsMax = integer(reps, "max", "dosage.reps.max", true);
                } else {
                    problems.add(new FieldProblem("dosage.reps", "exercise.json.notObject"));
                }
            }
            Integer hold = integer(d, "holdSeconds", "dosage.holdSeconds", false);
            Sides sides = code(Sides.class, d, "sides", "dosage.sides");
            Integer perDay = integer(d, "timesPerDay", "dosage.timesPerDay", true);
            Integer perWeek = integer(d, "daysPerWeek", "dosage.daysPerWeek", true);
            Integer effortMin = null;
            Integer effortMax = null;
            if (d.containsKey("effort")) {
                if (d.get("effort") instanceof JsonObject effort) {
                    unknownKeys(effort, Set.of("min", "max"), "dosage.effort.");
                    effortMin = integer(effort, "min", "dosage.effort.min", true);
                    effortMax = integer(effort, "max", "dosage.effort.max", true);
                } else {
                    problems.add(new FieldProblem("dosage.effort", "exercise.json.notObject"));
                }
            }
            Integer rest = integer(d, "restSeconds", "dosage.restSeconds", false);
            if (sets == null || perDay == null || perWeek == null || sides == null) {
                return null;
            }
            return new Dosage(sets, repsMin, repsMax, hold, sides, perDay, perWeek, effortMin, effortMax, rest);
        }

        private List<Variation> variations(JsonObject o, String key) {
            List<Variation> list = new ArrayList<>();
            JsonArray array = array(o, key, false);
            for (int i = 0; i < array.size(); i++) {
                String field = key + "[" + (i + 1) + "]";
                if (!(array.get(i) instanceof JsonObject v)) {
                    problems.add(new FieldProblem(field, "exercise.json.notObject"));
                    continue;
                }
                unknownKeys(v, Set.of("slug", "how"), field + ".");
                String slug = optionalText(v, "slug", field + ".slug");
                String how = optionalText(v, "how", field + ".how");
                list.add(new Variation(slug, how));
            }
            return list;
        }

        private void unknownKeys(JsonObject o, Set<String> allowed, String prefix) {
            for (String key : o.keySet()) {
                if (!allowed.contains(key)) {
                    problems.add(new FieldProblem(prefix + key, "exercise.json.unknownKey"));
                }
            }
        }

        private String text(JsonObject o, String key) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                problems.add(new FieldProblem(key, "exercise.json.missing"));
                return null;
            }
            if (!(v instanceof JsonString s)) {
                problems.add(new FieldProblem(key, "exercise.json.notText"));
                return null;
            }
            return s.getString();
        }

        private String optionalText(JsonObject o, String key) {
            return optionalText(o, key, key);
        }

        private String optionalText(JsonObject o, String key, String field) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (!(v instanceof JsonString s)) {
                problems.add(new FieldProblem(field, "exercise.json.notText"));
                return null;
            }
            return s.getString();
        }

        private JsonArray array(JsonObject o, String key, boolean required) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                if (required) {
                    problems.add(new FieldProblem(key, "exercise.json.missing"));
                }
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            if (!(v instanceof JsonArray a)) {
                problems.add(new FieldProblem(key, "exercise.json.notList"));
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            return a;
        }

        private List<String> texts(JsonObject o, String key, boolean required) {
            JsonArray a = array(o, key, required);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                stringAt(a, i, key + "[" + (i + 1) + "]").ifPresent(list::add);
            }
            return list;
        }

        private Optional<String> stringAt(JsonArray a, int i, String field) {
            if (a.get(i) instanceof JsonString s) {
                return Optional.of(s.getString());
            }
            problems.add(new FieldProblem(field, "exercise.json.notText"));
            return Optional.empty();
        }

        private Integer integer(JsonObject o, String key, String field, boolean required) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                if (required) {
                    problems.add(new FieldProblem(field, "exercise.json.missing"));
                }
                return null;
            }
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                problems.add(new FieldProblem(field, "exercise.json.notWholeNumber"));
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooBig) {
                problems.add(new FieldProblem(field, "exercise.json.notWholeNumber"));
                return null;
            }
        }

        private <E extends Enum<E>> E code(Class<E> type, JsonObject o, String key) {
            return code(type, o, key, key);
        }

        private <E extends Enum<E>> E code(Class<E> type, JsonObject o, String key, String field) {
            JsonValue v = o.get(key);
            if (v == null || v == JsonValue.NULL) {
                problems.add(new FieldProblem(field, "exercise.json.missing"));
                return null;
            }
            if (!(v instanceof JsonString s)) {
                problems.add(new FieldProblem(field, "exercise.json.notText"));
                return null;
            }
            Optional<E> value = Vocabulary.fromCode(type, s.getString());
            if (value.isEmpty()) {
                unknownWord(field, s.getString());
            }
            return value.orElse(null);
        }

        private void unknownWord(String field, String word) {
            problems.add(new FieldProblem(field, "exercise.json.unknownWord", word));
        }
    }
}
