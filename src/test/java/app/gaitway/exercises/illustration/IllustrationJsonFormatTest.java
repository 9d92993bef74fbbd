package app.gaitway.exercises.illustration;

import app.gaitway.exercises.JsonMutations;
import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every illustration stored in an exercise revision must draw the same forever, and a malformed one must be refused
 * with the same words. The golden files were captured from the hand-written JSON-P reader before it was rewritten
 * ({@link #main} writes them again).
 */
class IllustrationJsonFormatTest {

    private static final Pattern HOLD = Pattern.compile("hold=\\{([^}]*)\\}");
    private static final List<String> MUTATED = List.of("banded-crab-walk", "balance-board", "pelvic-drop");

    @Test
    void readsEveryShippedIllustrationAsBefore() {
        assertEquals(JsonMutations.golden("illustrations-read.txt"), shipped());
    }

    @Test
    void everyMalformedIllustrationIsRefusedInWordsThatNameWhere() {
        // the answer reaches the exercise editor's page: a Java class name there tells a therapist nothing
        for (String answer : answers()) {
            String said = answer.substring(answer.indexOf(" -> ") + 4);
            assertTrue(said.startsWith("ok ") || said.startsWith("IllegalArgumentException: "), answer);
            assertFalse(
                    said.contains("jakarta.json") || said.contains("parsson") || said.contains("cannot be cast"),
                    answer);
        }
    }

    @Test
    void answersEveryMalformedIllustrationAsBefore() {
        assertEquals(JsonMutations.golden("illustration-answers.txt"), answers());
    }

    private static JsonObject illustration(String slug) {
        return Json.createReader(new StringReader(LibraryFiles.json(slug)))
                .readObject()
                .getJsonObject("illustration");
    }

    private static List<String> shipped() {
        List<String> lines = new ArrayList<>();
        for (String slug : LibraryFiles.slugs()) {
            lines.add(slug + " "
                    + described(IllustrationJson.parse(illustration(slug).toString())));
        }
        return lines;
    }

    private static List<String> answers() {
        List<String> lines = new ArrayList<>();
        for (String slug : MUTATED) {
            lines.addAll(JsonMutations.answers(
                    illustration(slug),
                    json -> "ok "
                            + Integer.toHexString(described(IllustrationJson.parse(json.toString()))
                                    .hashCode())));
        }
        return lines;
    }

    /** The record's own words, with the hands and feet held in side order: a map copy iterates in no fixed order. */
    private static String described(Illustration illustration) {
        Matcher hold = HOLD.matcher(illustration.toString());
        StringBuilder out = new StringBuilder();
        while (hold.find()) {
            hold.appendReplacement(
                    out,
                    Matcher.quoteReplacement("hold={"
                            + Arrays.stream(hold.group(1).split(", ")).sorted().collect(Collectors.joining(", "))
                            + "}"));
        }
        return hold.appendTail(out).toString();
    }

    /** Captures the golden files from the reader as it is now; run once, before a rewrite. */
    public static void main(String[] args) {
        JsonMutations.writeGolden("illustrations-read.txt", shipped());
        JsonMutations.writeGolden("illustration-answers.txt", answers());
    }
}
