package app.gaitway.exercises.library;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.exercises.ExerciseRules;
import app.gaitway.exercises.Variation;
import app.gaitway.shared.json.Jsonp;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Messages;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in exercise library shipped inside the application: {@code exercises/library/index.json} gives its
 * version and the exercise files. The app refuses to start from a library with a broken exercise rather than
 * show a patient half an exercise.
 */
public final class ShippedLibrary {

    private static final String FOLDER = "/exercises/library/";
    private static final Messages MESSAGES = new Messages();

    private final int version;
    private final List<ExerciseContent> exercises;

    private ShippedLibrary(int version, List<ExerciseContent> exercises) {
        this.version = version;
        this.exercises = List.copyOf(exercises);
    }

    public int version() {
        return version;
    }

    public List<ExerciseContent> exercises() {
        return exercises;
    }

    public static ShippedLibrary load() {
        JsonObject index = readJson("index.json");
        int version = index.getInt("version");
        Map<String, JsonObject> files = new LinkedHashMap<>();
        for (JsonValue slug : index.getJsonArray("exercises")) {
            String s = ((JsonString) slug).getString();
            files.put(s, readJson(s + ".json"));
        }
        return new ShippedLibrary(version, check(files));
    }

    /**
     * Reads and checks exercises given by slug: each on its own, then together (unique slugs and names, links
     * that lead somewhere). Throws naming every problem.
     */
    public static List<ExerciseContent> check(Map<String, JsonObject> files) {
        List<String> problems = new ArrayList<>();
        List<ExerciseContent> exercises = new ArrayList<>();
        for (Map.Entry<String, JsonObject> file : files.entrySet()) {
            ExerciseJson.Read read = ExerciseJson.read(file.getValue());
            List<FieldProblem> own = new ArrayList<>(read.problems());
            if (read.ok()) {
                own.addAll(ExerciseRules.check(read.content(), true));
                if (!file.getKey().equals(read.content().slug())) {
                    own.add(new FieldProblem("slug", "exercise.rule.slug"));
                }
                exercises.add(read.content());
            }
            own.forEach(p -> problems.add(describe(file.getKey(), p)));
        }
        Set<String> slugs = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (ExerciseContent e : exercises) {
            if (!slugs.add(e.slug())) {
                problems.add(describe(e.slug(), new FieldProblem("slug", "exercise.rule.duplicateSlug")));
            }
            List<String> allNames = new ArrayList<>(e.aliases());
            allNames.add(0, e.name());
            for (String n : allNames) {
                String other = names.putIfAbsent(ExerciseRules.normal(n), e.slug());
                if (other != null && !other.equals(e.slug())) {
                    problems.add(e.slug() + ": name or alias \"" + n + "\" is also used by " + other);
                }
            }
        }
        for (ExerciseContent e : exercises) {
            links(e, "easier", e.easier(), slugs, problems);
            links(e, "harder", e.harder(), slugs, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The exercise library has problems:\n" + String.join("\n", problems));
        }
        return exercises;
    }

    private static void links(
            ExerciseContent e, String field, List<Variation> list, Set<String> slugs, List<String> problems) {
        for (int i = 0; i < list.size(); i++) {
            String target = list.get(i).slug();
            if (target != null && !slugs.contains(target)) {
                problems.add(describe(
                        e.slug(),
                        new FieldProblem(field + "[" + (i + 1) + "].slug", "exercise.rule.unknownLink", target)));
            }
        }
    }

    private static String describe(String slug, FieldProblem p) {
        return slug + ": " + p.field() + ": " + MESSAGES.get(p.key(), p.args());
    }

    private static JsonObject readJson(String file) {
        try (InputStream in = ShippedLibrary.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The exercise library misses " + FOLDER + file);
            }
            try (JsonReader reader = Jsonp.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
