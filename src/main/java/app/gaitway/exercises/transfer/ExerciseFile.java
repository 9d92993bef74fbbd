package app.gaitway.exercises.transfer;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.exercises.ExerciseRules;
import app.gaitway.exercises.Variation;
import app.gaitway.exercises.pictures.CleanPicture;
import app.gaitway.exercises.pictures.PictureUpload;
import app.gaitway.exercises.pictures.RejectedPicture;
import app.gaitway.shared.json.Jsonp;
import app.gaitway.shared.web.FieldProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A clinic's exercises as a file to share with another clinic: {@code {"format": "gaitway-exercises",
 * "version": 1, "exercises": [...]}}, each exercise in the library format, uploaded pictures embedded as
 * base64. Reading checks every entry completely before anything is imported, and names the entry and field of
 * each problem; uploaded pictures are checked and re-encoded again, exactly as an upload would be.
 */
public final class ExerciseFile {

    public static final String FORMAT = "gaitway-exercises";
    public static final int VERSION = 1;
    public static final int MAX_EXERCISES = 2000;
    /** An exercise with its pictures nests five deep; the margin is for future fields. */
    public static final int MAX_DEPTH = 32;

    private ExerciseFile() {}

    /** One exercise to export: its content and, when it uses them, its uploaded pictures. */
    public record Entry(ExerciseContent content, Picture start, Picture end) {}

    /** An uploaded picture as stored. */
    public record Picture(String mediaType, int width, int height, byte[] bytes) {}

    /** A problem of an import file: entry number (1-based, 0 for the file itself), the entry's name if known, the problem. */
    public record FileProblem(int entry, String name, FieldProblem problem) {

        FileProblem(int entry, String name, String field, String key, Object... args) {
            this(entry, name, new FieldProblem(field, key, args));
        }

        public String field() {
            return problem.field();
        }

        public String key() {
            return problem.key();
        }

        public Object[] args() {
            return problem.args();
        }
    }

    /** What reading gave: the exercises when there were no problems at all, else only the problems. */
    public record Read(List<Entry> entries, List<FileProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static JsonObject write(List<Entry> entries) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (Entry e : entries) {
            JsonObjectBuilder o =
                    Jsonp.createObjectBuilder(ExerciseJson.write(e.content().withSlug(null)));
            if (e.start() != null && e.end() != null) {
                o.add(
                        "picture",
                        Jsonp.createObjectBuilder()
                                .add("start", picture(e.start()))
                                .add("end", picture(e.end())));
            }
            list.add(o);
        }
        return Jsonp.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", VERSION)
                .add("exercises", list)
                .build();
    }

    private static JsonObjectBuilder picture(Picture p) {
        return Jsonp.createObjectBuilder()
                .add("mediaType", p.mediaType())
                .add("data", Base64.getEncoder().encodeToString(p.bytes()));
    }

    /**
     * Reads an import file. {@code builtInSlugs} are the exercises links may lead to (a clinic's own exercises
     * have no slug, so links between them cannot travel in a file).
     */
    public static Read read(byte[] file, Set<String> builtInSlugs) {
        List<FileProblem> problems = new ArrayList<>();
        Optional<JsonShape.Problem> shape = JsonShape.check(file, MAX_DEPTH);
        if (shape.isPresent()) {
            return shape.get() == JsonShape.Problem.TOO_DEEP
                    ? fileProblem("import.tooDeep", MAX_DEPTH)
                    : fileProblem("import.trailingContent");
        }
        JsonObject root;
        try (JsonReader reader =
                Jsonp.createReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o)) {
                return fileProblem("import.notExerciseFile");
            }
            root = o;
        } catch (JsonException | IllegalStateException notJson) {
            return fileProblem("import.notJson");
        }
        if (!(root.get("format") instanceof JsonString f)
                || !FORMAT.equals(f.getString())
                || !(root.get("exercises") instanceof JsonArray list)) {
            return fileProblem("import.notExerciseFile");
        }
        if (root.containsKey("version")) {
            if (!(root.get("version") instanceof JsonNumber version)
                    || !version.isIntegral()
                    || version.bigDecimalValue().signum() <= 0) {
                return fileProblem("import.badVersion", VERSION);
            }
            if (version.bigDecimalValue().compareTo(BigDecimal.valueOf(VERSION)) > 0) {
                return fileProblem("import.newerVersion");
            }
        }
        if (list.isEmpty()) {
            return fileProblem("import.empty");
        }
        if (list.size() > MAX_EXERCISES) {
            return fileProblem("import.tooMany", MAX_EXERCISES);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int number = i + 1;
            if (!(list.get(i) instanceof JsonObject item)) {
                problems.add(new FileProblem(number, null, "", "exercise.json.notObject"));
                continue;
            }
            String name = item.get("name") instanceof JsonString n ? n.getString() : null;
            JsonObject withoutPicture = Jsonp.createObjectBuilder(item)
                    .remove("picture")
                    .remove("slug")
                    .build();
            ExerciseJson.Read read = ExerciseJson.read(withoutPicture);
            if (!read.ok()) {
                read.problems().forEach(p -> problems.add(of(number, name, p)));
                continue;
            }
            ExerciseContent content = read.content();
            Picture start = null;
            Picture end = null;
            if (item.containsKey("picture")) {
                if (item.get("picture") instanceof JsonObject pictures) {
                    start = picture(pictures, "start", number, name, problems);
                    end = picture(pictures, "end", number, name, problems);
                } else {
                    problems.add(new FileProblem(number, name, "picture", "exercise.json.notObject"));
                }
            }
            boolean hasPictures = start != null && end != null;
            if (hasPictures && content.illustrationJson() != null) {
                problems.add(new FileProblem(number, name, "picture", "import.poseAndPictures"));
            }
            for (FieldProblem p : ExerciseRules.check(content, !hasPictures)) {
                problems.add(of(number, name, p));
            }
            List<Variation> links = new ArrayList<>(content.easier());
            links.addAll(content.harder());
            for (Variation v : links) {
                // a slug that is not even written like one is already a problem of the exercise's rules
                if (ExerciseRules.isSlug(v.slug()) && !builtInSlugs.contains(v.slug())) {
                    problems.add(new FileProblem(number, name, "easier/harder", "exercise.rule.unknownLink", v.slug()));
                }
            }
            entries.add(new Entry(content, start, end));
        }
        return problems.isEmpty()
                ? new Read(List.copyOf(entries), List.of())
                : new Read(List.of(), List.copyOf(problems));
    }

    private static Picture picture(
            JsonObject pictures, String stage, int number, String name, List<FileProblem> problems) {
        String field = "picture." + stage;
        if (!(pictures.get(stage) instanceof JsonObject p) || !(p.get("data") instanceof JsonString data)) {
            problems.add(new FileProblem(number, name, field, "exercise.json.missing"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.getString());
        } catch (IllegalArgumentException notBase64) {
            problems.add(new FileProblem(number, name, field, "import.notBase64"));
            return null;
        }
        try {
            CleanPicture clean = PictureUpload.clean(bytes);
            return new Picture(clean.mediaType(), clean.width(), clean.height(), clean.bytes());
        } catch (RejectedPicture rejected) {
            problems.add(new FileProblem(
                    number, name, field, "upload.reason." + rejected.reason().name()));
            return null;
        }
    }

    private static FileProblem of(int number, String name, FieldProblem p) {
        return new FileProblem(number, name, p);
    }

    private static Read fileProblem(String key, Object... args) {
        return new Read(List.of(), List.of(new FileProblem(0, null, "", key, args)));
    }
}
