package app.gaitway.exercises.illustration;

import app.gaitway.exercises.JsonMutations;
import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every illustration stored in an exercise revision must draw the same forever, and a malformed one must be refused
 * with the same words. The golden files were captured from the hand-written JSON-P reader before it was rewritten
 * ({@link #main} writes them again).
 */
class IllustrationJsonFormatTest {

    private static final List<String> MUTATED = List.of("banded-crab-walk", "balance-board", "pelvic-drop");

    @Test
    void readsEveryShippedIllustrationAsBefore() {
        assertEquals(JsonMutations.golden("illustrations-read.txt"), shipped());
    }

    @Test
    void answersEveryMalformedIllustrationAsBefore() {
        assertEquals(JsonMutations.golden("illustration-answers.txt"), answers());
    }

    private static JsonObject illustration(String slug) {
        return Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject().getJsonObject("illustration");
    }

    private static List<String> shipped() {
        List<String> lines = new ArrayList<>();
        for (String slug : LibraryFiles.slugs()) {
            lines.add(slug + " " + IllustrationJson.parse(illustration(slug).toString()));
        }
        return lines;
    }

    private static List<String> answers() {
        List<String> lines = new ArrayList<>();
        for (String slug : MUTATED) {
            lines.addAll(JsonMutations.answers(illustration(slug),
                    json -> "ok " + Integer.toHexString(IllustrationJson.parse(json.toString()).toString().hashCode())));
        }
        return lines;
    }

    /** Captures the golden files from the reader as it is now; run once, before a rewrite. */
    public static void main(String[] args) {
        JsonMutations.writeGolden("illustrations-read.txt", shipped());
        JsonMutations.writeGolden("illustration-answers.txt", answers());
    }
}
