package app.gaitway.exercises;

import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library format must not drift: stored exercise revisions, export files and the shipped library were written
 * by earlier versions of {@link ExerciseJson} and must read the same forever. The golden files were captured from
 * the hand-written JSON-P mapper before it was rewritten ({@link #main} writes them again).
 */
class ExerciseJsonFormatTest {

    private static final List<String> EXPORTED = List.of("hip-bridge", "hip-flexor-stretch", "banded-crab-walk");

    @Test
    void everyShippedExerciseReadsBackExactlyAsWritten() {
        for (String slug : LibraryFiles.slugs()) {
            ExerciseContent read = readOk(ExerciseJsonTest.parse(LibraryFiles.json(slug)));
            JsonObject written = ExerciseJson.write(read);
            ExerciseContent again = readOk(written);
            assertEquals(read, again, slug);
            assertEquals(ExerciseJson.compact(written), ExerciseJson.compact(ExerciseJson.write(again)), slug);
            assertEquals(read, ExerciseJson.readStored(ExerciseJson.compact(written), slug), slug);
        }
    }

    @Test
    void writesTheShippedLibraryByteForByteAsBefore() {
        assertEquals(JsonMutations.golden("library-written.txt"), libraryWritten());
    }

    @Test
    void prettyExportTextIsAsBefore() {
        assertEquals(JsonMutations.golden("exercises-pretty.txt"), pretty());
    }

    @Test
    void answersEveryMalformedExerciseAsBefore() throws IOException {
        assertEquals(JsonMutations.golden("exercise-answers.txt"), answers());
    }

    private static ExerciseContent readOk(JsonObject json) {
        ExerciseJson.Read read = ExerciseJson.read(json);
        assertTrue(read.ok(), read.problems().toString());
        return read.content();
    }

    private static List<String> libraryWritten() {
        List<String> lines = new ArrayList<>();
        for (String slug : LibraryFiles.slugs()) {
            ExerciseContent e = ExerciseJson.read(ExerciseJsonTest.parse(LibraryFiles.json(slug)))
                    .content();
            lines.add(ExerciseJson.compact(ExerciseJson.write(e)));
        }
        return lines;
    }

    private static List<String> pretty() {
        List<String> lines = new ArrayList<>();
        for (String slug : EXPORTED) {
            ExerciseContent e = ExerciseJson.read(ExerciseJsonTest.parse(LibraryFiles.json(slug)))
                    .content();
            lines.addAll(ExerciseJson.pretty(ExerciseJson.write(e.withSlug(null)))
                    .lines()
                    .toList());
        }
        return lines;
    }

    private static List<String> answers() throws IOException {
        JsonObject small =
                Json.createObjectBuilder().add("view", "side").add("turn", 10).build();
        List<String> lines = new ArrayList<>();
        for (JsonObject document : List.of(
                ExerciseJsonTest.parse(ExerciseJsonTest.bridge(null, null)),
                ExerciseJsonTest.parse(LibraryFiles.json("hip-flexor-stretch")))) {
            JsonObject withSmallPicture = Json.createObjectBuilder(document)
                    .add("illustration", small)
                    .build();
            lines.addAll(JsonMutations.answers(withSmallPicture, ExerciseJsonFormatTest::answer));
        }
        return lines;
    }

    private static String answer(JsonObject json) {
        ExerciseJson.Read read = ExerciseJson.read(json);
        if (read.ok()) {
            return "ok "
                    + Integer.toHexString(ExerciseJson.compact(ExerciseJson.write(read.content()))
                            .hashCode());
        }
        return read.problems().stream()
                .map(p -> p.field() + " " + p.key() + " " + Arrays.toString(p.args()))
                .collect(Collectors.joining("; "));
    }

    /** Captures the golden files from the mapper as it is now; run once, before a rewrite. */
    public static void main(String[] args) throws IOException {
        JsonMutations.writeGolden("library-written.txt", libraryWritten());
        JsonMutations.writeGolden("exercises-pretty.txt", pretty());
        JsonMutations.writeGolden("exercise-answers.txt", answers());
    }
}
