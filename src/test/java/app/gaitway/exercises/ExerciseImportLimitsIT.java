package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static app.gaitway.exercises.ExerciseTransferIT.entry;
import static app.gaitway.exercises.ExerciseTransferIT.exportFile;
import static app.gaitway.exercises.ExerciseTransferIT.importFile;
import static app.gaitway.exercises.ExerciseTransferIT.problems;
import static app.gaitway.exercises.ui.ExerciseSite.count;
import static app.gaitway.exercises.ui.ExerciseSite.library;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Import files and requests at and past the limits: each answered with the transfer page naming the problem of the
 * file (never a 500 or a "form expired"), and nothing imported.
 */
@ExtendWith(SharedServer.class)
class ExerciseImportLimitsIT {

    private static void assertRefusedWith(WebClient client, Page answer, String message, String what) {
        PageAssertions.assertRedirect("/exercises/transfer", answer, what);
        Page page = client.get("/exercises/transfer");
        assertEquals(List.of(message), problems(page), what);
        PageAssertions.assertNoInternals(page);
    }

    @Test
    void aBodyThatIsNotAFileUploadIsAFileError(GaitwayServer server) {
        WebClient therapist =
                Therapists.ofNewClinic(server, "import-urlencoded").client();
        String token = therapist.get("/exercises/transfer").csrfToken().orElseThrow();
        Page answer = therapist.post("/exercise-uploads/import", Map.of("_csrf", token, "file", "{\"format\":1}"));
        assertRefusedWith(
                therapist, answer, "Send the exercise file with the import form (as a file upload).", "url-encoded");
        assertEquals(0, count(library(therapist, "own", "true")));
    }

    @Test
    void aFileOverSixtyMegabytesIsAFileErrorThatStatesTheLimit(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "import-large").client();
        byte[] big = new byte[61 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        Page answer = importFile(therapist, "exercises.json", "application/json", big);
        assertRefusedWith(therapist, answer, "The file is larger than 60 MB; import at most 60 MB at a time.", "61 MB");
    }

    @Test
    void deepNestingTrailingContentAndOddVersionsAreFileErrors(GaitwayServer server) throws IOException {
        WebClient therapist = Therapists.ofNewClinic(server, "import-shape").client();
        String good = new String(
                exportFile(
                        entry(ExerciseSite.shippedLibrary().get("clamshell"), ExerciseSite.uniqueName("Shaped clam"))),
                StandardCharsets.UTF_8);
        String notExport = "it is not a Gaitway exercise export.";
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(
                "[".repeat(1_000_000) + "]".repeat(1_000_000),
                "The file nests lists and objects more than 32 levels deep: " + notExport);
        files.put(
                "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000),
                "The file nests lists and objects more than 32 levels deep: " + notExport);
        files.put(
                good + "trailing garbage",
                "The file goes on after its end: it is damaged or two files were joined. Export it again.");
        files.put(
                good + good,
                "The file goes on after its end: it is damaged or two files were joined. Export it again.");
        for (String version : List.of("1.5", "-1", "1e309")) {
            files.put(
                    good.replaceFirst("\"version\" : 1", "\"version\" : " + version),
                    "The file\u2019s version must be a whole number from 1 to 1: " + notExport);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            String what = f.getKey().length() > 60
                    ? f.getKey().substring(0, 30) + "…"
                            + f.getKey().substring(f.getKey().length() - 30)
                    : f.getKey();
            Page answer = importFile(
                    therapist, "exercises.json", "application/json", f.getKey().getBytes(StandardCharsets.UTF_8));
            assertRefusedWith(therapist, answer, f.getValue(), what);
        }
        assertEquals(0, count(library(therapist, "own", "true")), "nothing imported");

        PageAssertions.assertRedirect(
                "/exercises?own=true",
                importFile(therapist, "exercises.json", "application/json", good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, count(library(therapist, "own", "true")), "the same file without the problem imports");
    }
}
