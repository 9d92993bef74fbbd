package app.gaitway.programs.templates;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter templates as the app ships them (classpath {@code /programs/templates/}, rules in FORMAT.md there):
 * every file listed, every exercise in the library, every dosage within sane bounds and using only known keys.
 */
class StarterTemplateFilesTest {

    private static final String FOLDER = "/programs/templates/";
    private static final String LIBRARY = "/exercises/library/";

    private static final Set<String> TEMPLATE_KEYS = Set.of("key", "title", "description", "instructions", "items");
    private static final Set<String> ITEM_KEYS = Set.of("exercise", "dosage");
    private static final Set<String> DOSAGE_KEYS = Set.of(
            "sets",
            "repsMin",
            "repsMax",
            "holdSeconds",
            "side",
            "timesPerDay",
            "daysPerWeek",
            "load",
            "effortMin",
            "effortMax",
            "reserveMin",
            "reserveMax",
            "restSeconds",
            "note");
    private static final Set<String> SIDES = Set.of("each_side", "both", "left_only", "right_only");
    private static final Set<String> BAND_COLOURS = Set.of("yellow", "red", "green", "blue", "black");
    private static final Set<String> BAND_PLACEMENTS = Set.of("above_knees", "below_knees", "ankles");
    private static final Set<String> WEIGHT_UNITS = Set.of("kg", "lb");
    private static final int MAX_SESSION_SECONDS = 20 * 60;

    @Test
    void indexListsEveryTemplateFileOnceAndNothingElse() {
        JsonObject index = read("index.json");
        assertEquals(1, index.getInt("version"));
        List<String> listed = index.getJsonArray("templates").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertEquals(listed.size(), new HashSet<>(listed).size(), "a template listed twice: " + listed);
        assertEquals(Set.copyOf(listed), Set.copyOf(templateFiles()), "index.json and the files differ");
        assertTrue(listed.size() >= 3, "the starter templates ship");
    }

    @Test
    void everyTemplateSaysWhoItIsForAndWhatToDo() {
        for (String key : templateFiles()) {
            JsonObject t = read(key + ".json");
            assertEquals(Set.of(), unknown(t, TEMPLATE_KEYS), key);
            assertEquals(key, t.getString("key"), "the key names the file");
            assertTrue(key.matches("[a-z0-9]+(-[a-z0-9]+)*"), key);
            assertText(key + " title", t.getString("title"), 80);
            assertText(key + " description", t.getString("description"), 400);
            assertText(key + " instructions", t.getString("instructions"), 400);
            int items = t.getJsonArray("items").size();
            assertTrue(items >= 4 && items <= 7, key + " has " + items + " exercises, not 4 to 7");
        }
    }

    @Test
    void everyExerciseIsInTheLibraryAndOnlyOncePerTemplate() {
        for (String key : templateFiles()) {
            Set<String> seen = new HashSet<>();
            for (JsonObject item : items(key)) {
                assertEquals(Set.of(), unknown(item, ITEM_KEYS), key);
                String slug = item.getString("exercise");
                assertTrue(libraryHas(slug), key + ": no exercise " + slug + " in the library");
                assertTrue(seen.add(slug), key + ": " + slug + " twice");
            }
        }
    }

    @Test
    void everyDosageUsesOnlyKnownKeysAndSaneValues() {
        List<String> problems = new ArrayList<>();
        for (String key : templateFiles()) {
            for (JsonObject item : items(key)) {
                dosageProblems(item.getJsonObject("dosage"))
                        .forEach(p -> problems.add(key + " " + item.getString("exercise") + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aSessionStaysUnderTwentyMinutes() {
        for (String key : templateFiles()) {
            int seconds = items(key).stream()
                    .mapToInt(i -> sessionSeconds(i.getJsonObject("dosage")))
                    .sum();
            assertTrue(seconds <= MAX_SESSION_SECONDS, key + " takes about " + seconds / 60 + " minutes");
        }
    }

    /** The check itself must catch what it is there for, or a passing test says nothing. */
    @Test
    void theDosageCheckCatchesMistakes() {
        assertEquals(
                List.of(),
                dosageProblems(json("{\"sets\": 3, \"repsMin\": 10, \"repsMax\": 15, \"side\": \"both\","
                        + " \"load\": {\"type\": \"band\", \"bandColour\": \"red\", \"bandPlacement\": \"ankles\"}}")));
        assertProblem("{\"sets\": 3, \"repsMin\": 10, \"load\": {\"type\": \"band\"}}", "a band names its colour");
        assertProblem(
                "{\"sets\": 3, \"repsMin\": 10, \"load\": {\"type\": \"band\", \"bandColour\": \"pink\"}}",
                "bandColour is not one of");
        assertProblem("{\"sets\": 0, \"repsMin\": 10}", "sets");
        assertProblem("{\"sets\": 11, \"repsMin\": 10}", "sets");
        assertProblem("{\"sets\": 3, \"repsMin\": 15, \"repsMax\": 10}", "repsMin above repsMax");
        assertProblem("{\"sets\": 3, \"repsMin\": 10, \"repsMax\": 101}", "repsMax");
        assertProblem("{\"sets\": 1, \"holdSeconds\": 0}", "holdSeconds");
        assertProblem("{\"sets\": 1, \"holdSeconds\": 30, \"timesPerDay\": 7}", "timesPerDay");
        assertProblem("{\"sets\": 1, \"holdSeconds\": 30, \"daysPerWeek\": 8}", "daysPerWeek");
        assertProblem("{\"sets\": 3, \"repsMin\": 10, \"reps\": 12}", "unknown key reps");
        assertProblem("{\"sets\": 3, \"repsMin\": 10.5}", "repsMin");
        assertProblem("{\"sets\": 3}", "neither repetitions nor a hold");
        assertProblem("{\"sets\": 3, \"repsMin\": 10, \"side\": \"left\"}", "side");
        assertProblem(
                "{\"sets\": 3, \"repsMin\": 10, \"load\": {\"type\": \"ankle_weight\", \"weight\": 1}}", "weightUnit");
        assertProblem(
                "{\"sets\": 3, \"repsMin\": 10, \"load\": {\"type\": \"none\", \"bandColour\": \"red\"}}",
                "bandColour");
    }

    private static void assertProblem(String dosage, String expected) {
        List<String> problems = dosageProblems(json(dosage));
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(expected)),
                dosage + " should report " + expected + ", got " + problems);
    }

    // --- the checks ---------------------------------------------------------------------------------------------

    static List<String> dosageProblems(JsonObject d) {
        List<String> problems = new ArrayList<>();
        unknown(d, DOSAGE_KEYS).forEach(k -> problems.add("unknown key " + k));
        if (!d.containsKey("sets")) {
            problems.add("sets missing");
        }
        whole(d, "sets", 1, 10, problems);
        whole(d, "repsMin", 1, 100, problems);
        whole(d, "repsMax", 1, 100, problems);
        whole(d, "holdSeconds", 1, 600, problems);
        whole(d, "timesPerDay", 1, 6, problems);
        whole(d, "daysPerWeek", 1, 7, problems);
        whole(d, "effortMin", 1, 10, problems);
        whole(d, "effortMax", 1, 10, problems);
        whole(d, "reserveMin", 0, 10, problems);
        whole(d, "reserveMax", 0, 10, problems);
        whole(d, "restSeconds", 0, 600, problems);
        ordered(d, "repsMin", "repsMax", problems);
        ordered(d, "effortMin", "effortMax", problems);
        ordered(d, "reserveMin", "reserveMax", problems);
        if (!d.containsKey("repsMin") && !d.containsKey("repsMax") && !d.containsKey("holdSeconds")) {
            problems.add("neither repetitions nor a hold");
        }
        oneOf(d, "side", SIDES, problems);
        if (d.containsKey("note")
                && (!(d.get("note") instanceof JsonString note)
                        || note.getString().isBlank()
                        || note.getString().length() > 160)) {
            problems.add("note is not 1 to 160 characters of text");
        }
        if (d.containsKey("load")) {
            loadProblems(d.getJsonObject("load"), problems);
        }
        return problems;
    }

    private static void loadProblems(JsonObject load, List<String> problems) {
        String type = load.getString("type", "");
        Set<String> allowed = switch (type) {
            case "none", "body_weight" -> Set.of("type");
            case "band" -> Set.of("type", "bandColour", "bandPlacement");
            case "ankle_weight" -> Set.of("type", "weight", "weightUnit");
            default -> {
                problems.add("load type '" + type + "' unknown");
                yield Set.of("type");
            }
        };
        unknown(load, allowed).forEach(k -> problems.add("load key " + k + " does not belong to a " + type + " load"));
        if (type.equals("band")) {
            if (!load.containsKey("bandColour")) {
                problems.add("a band names its colour");
            }
            oneOf(load, "bandColour", BAND_COLOURS, problems);
            oneOf(load, "bandPlacement", BAND_PLACEMENTS, problems);
        }
        if (type.equals("ankle_weight")) {
            if (!(load.get("weight") instanceof JsonNumber w) || w.doubleValue() <= 0 || w.doubleValue() > 20) {
                problems.add("an ankle weight weighs more than 0 and at most 20");
            }
            if (!load.containsKey("weightUnit")) {
                problems.add("weightUnit missing");
            }
            oneOf(load, "weightUnit", WEIGHT_UNITS, problems);
        }
    }

    private static void whole(JsonObject o, String key, int min, int max, List<String> problems) {
        if (!o.containsKey(key)) {
            return;
        }
        if (!(o.get(key) instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < min || n.intValue() > max) {
            problems.add(key + " is not a whole number from " + min + " to " + max + ": " + o.get(key));
        }
    }

    private static void ordered(JsonObject o, String low, String high, List<String> problems) {
        if (o.get(low) instanceof JsonNumber a && o.get(high) instanceof JsonNumber b && a.intValue() > b.intValue()) {
            problems.add(low + " above " + high);
        }
    }

    private static void oneOf(JsonObject o, String key, Set<String> allowed, List<String> problems) {
        if (o.containsKey(key) && !(o.get(key) instanceof JsonString s && allowed.contains(s.getString()))) {
            problems.add(key + " is not one of " + allowed + ": " + o.get(key));
        }
    }

    /**
     * A rough session length, the one FORMAT.md states: 3 s a repetition at the middle of the range, each hold its
     * seconds, twice for each side in turn, the rests between sets and 30 s to set up.
     */
    private static int sessionSeconds(JsonObject d) {
        int sets = d.getInt("sets");
        double reps = (d.getInt("repsMin", d.getInt("repsMax", 1)) + d.getInt("repsMax", d.getInt("repsMin", 1))) / 2.0;
        int each = d.getInt("holdSeconds", 3);
        int sides = d.getString("side", "both").equals("each_side") ? 2 : 1;
        return (int) Math.round(sets * reps * each * sides) + (sets - 1) * d.getInt("restSeconds", 0) + 30;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    private static Set<String> unknown(JsonObject o, Set<String> known) {
        Set<String> extra = new HashSet<>(o.keySet());
        extra.removeAll(known);
        return extra;
    }

    private static void assertText(String what, String text, int max) {
        assertFalse(text.isBlank(), what + " is empty");
        assertTrue(text.length() <= max, what + " is longer than " + max + " characters");
        assertEquals(text.strip(), text, what + " has spaces at an end");
    }

    private static boolean libraryHas(String slug) {
        return StarterTemplateFilesTest.class.getResource(LIBRARY + slug + ".json") != null;
    }

    private static List<JsonObject> items(String key) {
        return read(key + ".json").getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    /** Keys of the template files in the folder, found by listing it, so a file missing from index.json shows. */
    private static List<String> templateFiles() {
        URL folder = StarterTemplateFilesTest.class.getResource(FOLDER);
        assertTrue(folder != null, "no templates on the classpath at " + FOLDER);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject read(String file) {
        try (InputStream in = StarterTemplateFilesTest.class.getResourceAsStream(FOLDER + file)) {
            assertTrue(in != null, "no " + FOLDER + file);
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
