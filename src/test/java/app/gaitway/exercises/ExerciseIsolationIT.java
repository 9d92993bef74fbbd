package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.testing.WebClient.Part;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clinics are walled off in the library too: another clinic's own exercise, its pictures and its uploaded
 * pictures answer exactly like an id that does not exist, and it is in neither the other clinic's library, its
 * count nor its export.
 */
@ExtendWith(SharedServer.class)
class ExerciseIsolationIT {

    private static final long NO_SUCH_ID = 987_654_321L;

    @Test
    void anotherClinicGetsNotFoundForEveryAddressOfClinicAsExercise(GaitwayServer server)
            throws IOException, SQLException {
        WebClient owner = Staff.owner(server);
        String name = ExerciseSite.uniqueName("Clinic A private clam");
        long id = ExerciseSite.duplicate(owner, ExerciseSite.builtInId(owner, "Clamshell"), name);
        assertEquals(
                303,
                ExerciseSite.uploadPictures(
                                owner,
                                id,
                                Part.file(
                                        "startPicture",
                                        "start.png",
                                        "image/png",
                                        ExerciseSite.encode(ExerciseSite.drawing(300, 200), "png")),
                                Part.file(
                                        "endPicture",
                                        "end.jpg",
                                        "image/jpeg",
                                        ExerciseSite.encode(ExerciseSite.drawing(300, 200), "jpeg")))
                        .status());
        List<String> pictures = ExerciseSite.pictures(ExerciseSite.exercise(owner, id));
        long startPictureId = ExercisePictureUploadIT.pictureId(pictures.get(0));
        long endPictureId = ExercisePictureUploadIT.pictureId(pictures.get(1));
        assertEquals(200, owner.download(pictures.get(0)).status(), "clinic A sees its picture");

        WebClient clinicB = Staff.adminOfNewClinic(server, owner);

        List<String[]> pairs = new ArrayList<>();
        for (String pattern : List.of(
                "/exercises/%d",
                "/exercises/custom/%d/edit",
                "/exercises/custom/new?copy=%d",
                "/exercise-pictures/%d/1/start.svg",
                "/exercise-pictures/%d/1/end.svg",
                "/exercise-pictures/%d/2/start.svg",
                "/exercise-pictures/%d/1/motion.svg")) {
            pairs.add(new String[] {pattern.formatted(id), pattern.formatted(NO_SUCH_ID)});
        }
        pairs.add(
                new String[] {"/exercise-pictures/uploads/" + startPictureId, "/exercise-pictures/uploads/" + NO_SUCH_ID
                });
        pairs.add(new String[] {"/exercise-pictures/uploads/" + endPictureId, "/exercise-pictures/uploads/" + NO_SUCH_ID
        });
        for (String[] pair : pairs) {
            Page foreign = clinicB.get(pair[0]);
            Page missing = clinicB.get(pair[1]);
            assertEquals(404, missing.status(), pair[1]);
            assertEquals(404, foreign.status(), pair[0]);
            assertEquals(missing.heading(), foreign.heading(), pair[0] + " looks exactly like a missing id");
            assertEquals(
                    withoutToken(missing.body()),
                    withoutToken(foreign.body()),
                    pair[0] + ": same page as a missing id");
            assertFalse(foreign.contains(name));
            PageAssertions.assertNoInternals(foreign);
            assertEquals(missing.header("Content-Type"), foreign.header("Content-Type"), pair[0]);
        }

        int picturesBefore = allPictures(server);
        Map<String, String> fields =
                Map.of("name", "Taken over", "version", "1", "action", "save", "category", "strength");
        for (String action : List.of("/exercises/custom/%d/archive", "/exercises/custom/%d/edit")) {
            Page foreign = clinicB.submit("/exercises", action.formatted(id), fields);
            Page missing = clinicB.submit("/exercises", action.formatted(NO_SUCH_ID), fields);
            assertEquals(404, missing.status(), "POST " + action + " of a missing id");
            assertEquals(404, foreign.status(), "POST " + action.formatted(id));
            assertEquals(missing.heading(), foreign.heading());
        }
        // a complete, valid exercise form posted as a "copy" of clinic A's exercise
        WebClient.Form valid = clinicB.get("/exercises/custom/new?copy=" + ExerciseSite.builtInId(clinicB, "Clamshell"))
                .form("/exercises/custom/new")
                .set("name", ExerciseSite.uniqueName("Copy of A"))
                .add("action", "save");
        Page copyForeign = clinicB.post("/exercises/custom/new?copy=" + id, valid.fields());
        Page copyMissing = clinicB.post("/exercises/custom/new?copy=" + NO_SUCH_ID, valid.fields());
        assertEquals(404, copyMissing.status(), "copy of a missing id");
        assertEquals(404, copyForeign.status(), "copy of clinic A's exercise");
        assertEquals(copyMissing.heading(), copyForeign.heading());
        assertEquals(0, ExerciseSite.count(ExerciseSite.library(clinicB, "own", "true")), "nothing created");
        String token = ExerciseSite.library(clinicB).csrfToken().orElseThrow();
        List<Page> uploads = new ArrayList<>();
        for (long target : new long[] {id, NO_SUCH_ID}) {
            uploads.add(clinicB.postMultipart(
                    "/exercise-uploads/" + target + "/pictures",
                    List.of(
                            Part.field("_csrf", token),
                            Part.field("version", "2"),
                            Part.file(
                                    "startPicture",
                                    "s.png",
                                    "image/png",
                                    ExerciseSite.encode(ExerciseSite.drawing(100, 80), "png")),
                            Part.file(
                                    "endPicture",
                                    "e.png",
                                    "image/png",
                                    ExerciseSite.encode(ExerciseSite.drawing(100, 80), "png")))));
        }
        assertEquals(
                uploads.get(1).status(),
                uploads.get(0).status(),
                "an upload to clinic A's exercise answers like one to a missing id");
        assertEquals(uploads.get(1).heading(), uploads.get(0).heading());
        assertEquals(picturesBefore, allPictures(server), "no picture stored by clinic B's attempts");

        Page ownerView = ExerciseSite.exercise(owner, id);
        assertEquals(name, ownerView.heading(), "not renamed");
        assertTrue(ownerView.contains("revision 2."), "not changed");
        assertEquals(pictures, ExerciseSite.pictures(ownerView));
        assertTrue(ExerciseSite.names(ExerciseSite.library(owner, "q", name)).contains(name), "not removed");

        assertEquals(
                ExerciseSite.BUILT_IN_COUNT,
                ExerciseSite.count(ExerciseSite.library(clinicB)),
                "clinic B's library: the built-in exercises only");
        assertEquals(0, ExerciseSite.count(ExerciseSite.library(clinicB, "own", "true")));
        assertFalse(
                ExerciseSite.names(ExerciseSite.library(clinicB, "q", name)).contains(name), "search does not find it");
        assertFalse(ExerciseSite.allCards(clinicB).stream().anyMatch(c -> c.id() == id));

        JsonNode exportB = export(clinicB);
        assertEquals("gaitway-exercises", exportB.get("format").asText());
        assertEquals(0, exportB.get("exercises").size(), "clinic B exports nothing of clinic A");
        JsonNode exportA = export(owner);
        assertTrue(names(exportA).contains(name), "clinic A's own export has it: " + names(exportA));

        // last, as it fails today: the servlet's 404 is forwarded to POST /error/404, where Krazo looks for a
        // CSRF token in the multipart body, finds none and answers its 403 "Not allowed" page instead
        assertEquals(
                404,
                uploads.get(0).status(),
                "upload to clinic A's exercise: " + uploads.get(0).heading());
        assertEquals(
                404,
                uploads.get(1).status(),
                "upload to a missing exercise: " + uploads.get(1).heading());
    }

    private static JsonNode export(WebClient client) throws IOException {
        WebClient.Download file = client.download("/exercises/transfer/export.json");
        assertEquals(200, file.status());
        return new ObjectMapper().readTree(file.body());
    }

    private static List<String> names(JsonNode export) {
        List<String> names = new ArrayList<>();
        export.get("exercises").forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"");
    }

    private static int allPictures(GaitwayServer server) throws SQLException {
        try (Connection db = server.openDatabase();
                ResultSet row = db.createStatement().executeQuery("SELECT COUNT(*) FROM exercise_picture")) {
            row.next();
            return row.getInt(1);
        }
    }
}
