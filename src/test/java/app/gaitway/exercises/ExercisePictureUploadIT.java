package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.testing.WebClient.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static app.gaitway.exercises.ui.ExerciseSite.errorBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clinic's own pictures for its exercise, sent as a browser sends a file form: PNG and JPEG are checked,
 * re-encoded without their hidden details and served from their own addresses; anything else is refused with
 * the reason beside its field, and the exercise keeps its drawn pose.
 */
@ExtendWith(SharedServer.class)
class ExercisePictureUploadIT {

    private static final Pattern UPLOADED = Pattern.compile("^/exercise-pictures/uploads/(\\d+)$");
    private static final String MARKER = "GAITWAY-SECRET-52.3676N-4.9041E";

    @Test
    void aPngStartAndAJpegEndAreStoredCleanAndShownOnTheExercise(GaitwayServer server) throws SQLException {
        WebClient therapist = Therapists.ofNewClinic(server, "upload").client();
        long id = ExerciseSite.duplicate(
                therapist, ExerciseSite.builtInId(therapist, "Clamshell"), ExerciseSite.uniqueName("Photo clam"));
        byte[] png = ExerciseSite.pngWithText(640, 480, MARKER);
        byte[] jpeg = ExerciseSite.jpegWithExif(800, 600, MARKER);
        assertTrue(
                ExerciseSite.containsText(png, MARKER) && ExerciseSite.containsText(jpeg, MARKER),
                "the files carry the marker");
        assertEquals(640, ExerciseSite.read(png).getWidth(), "the test PNG is a real picture");
        assertEquals(800, ExerciseSite.read(jpeg).getWidth(), "the test JPEG is a real picture");

        Page uploaded = ExerciseSite.uploadPictures(
                therapist,
                id,
                Part.file("startPicture", "start.png", "image/png", png),
                Part.file("endPicture", "end.jpg", "image/jpeg", jpeg));
        assertEquals(303, uploaded.status(), uploaded.body());
        assertEquals("/exercises/" + id, uploaded.location());

        Page page = ExerciseSite.exercise(therapist, id);
        assertTrue(page.contains("The pictures were saved."), "flash");
        assertTrue(page.contains("revision 2."), "pictures make a new revision");
        List<String> pictures = ExerciseSite.pictures(page);
        assertEquals(2, pictures.size());
        for (String src : pictures) {
            assertTrue(UPLOADED.matcher(src).matches(), "the page shows the uploaded pictures: " + pictures);
        }

        Download start = therapist.download(pictures.get(0));
        assertEquals(200, start.status());
        assertEquals("image/png", start.contentType());
        BufferedImage startImage = ExerciseSite.read(start.body());
        assertEquals(640, startImage.getWidth());
        assertEquals(480, startImage.getHeight());
        assertFalse(ExerciseSite.containsText(start.body(), MARKER), "the PNG text chunk is gone");

        Download end = therapist.download(pictures.get(1));
        assertEquals(200, end.status());
        assertEquals("image/jpeg", end.contentType());
        BufferedImage endImage = ExerciseSite.read(end.body());
        assertEquals(800, endImage.getWidth());
        assertEquals(600, endImage.getHeight());
        assertFalse(ExerciseSite.containsText(end.body(), MARKER), "EXIF and comment are gone");
        assertFalse(ExerciseSite.containsText(end.body(), "Exif"), "no EXIF segment at all");
        assertTrue(
                end.headers().firstValue("Cache-Control").orElse("").contains("private"),
                "kept only by the user's browser");

        ExerciseSite.Card card = ExerciseSite.cards(ExerciseSite.library(therapist, "own", "true"))
                .get(0);
        assertEquals(pictures, List.of(card.startPicture(), card.endPicture()), "the library card shows them too");
        Page editPage = ExerciseSite.editPage(therapist, id);
        assertEquals(
                "uploaded",
                ExerciseSite.editForm(editPage, id).get("pictureSource"),
                "the form now says the exercise uses the uploaded pictures");
        assertTrue(editPage.contains("src=\"" + pictures.get(0) + "\""));

        Download drawnAsGiven = therapist.download("/exercise-pictures/" + id + "/1/start.svg");
        assertEquals(200, drawnAsGiven.status(), "revision 1 keeps its drawn picture for programs that have it");
        assertEquals(2, picturesStored(server, id));
    }

    static Stream<Arguments> refusedUploads() {
        byte[] png = ExerciseSite.encode(ExerciseSite.drawing(320, 240), "png");
        byte[] jpeg = ExerciseSite.encode(ExerciseSite.drawing(320, 240), "jpeg");
        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script>
                <rect width="100" height="100" fill="red"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] gif = ExerciseSite.encode(ExerciseSite.drawing(320, 240), "gif");
        return Stream.of(
                Arguments.of(
                        "an SVG named .png",
                        Part.file("startPicture", "start.png", "image/png", svg),
                        Part.file("endPicture", "end.jpg", "image/jpeg", jpeg),
                        "startPicture",
                        "Only PNG or JPEG pictures can be used"),
                Arguments.of(
                        "a GIF",
                        Part.file("startPicture", "start.png", "image/png", png),
                        Part.file("endPicture", "end.gif", "image/gif", gif),
                        "endPicture",
                        "Only PNG or JPEG pictures can be used"),
                Arguments.of(
                        "a file over 5 MB",
                        Part.file("startPicture", "big.png", "image/png", noisePng()),
                        Part.file("endPicture", "end.jpg", "image/jpeg", jpeg),
                        "startPicture",
                        "The file is larger than 5 MB."),
                Arguments.of(
                        "no end picture",
                        Part.file("startPicture", "start.png", "image/png", png),
                        Part.noFile("endPicture"),
                        "endPicture",
                        "Choose both a start and an end picture."));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusedUploads")
    void aRefusedPictureIsNamedBesideItsFieldAndTheExerciseKeepsItsDrawnPose(
            String what, Part start, Part end, String field, String reason, GaitwayServer server) throws SQLException {
        WebClient therapist = Therapists.ofNewClinic(server, "refused-upload").client();
        long id = ExerciseSite.duplicate(
                therapist, ExerciseSite.builtInId(therapist, "Clamshell"), ExerciseSite.uniqueName("Refused clam"));

        Page answer = ExerciseSite.uploadPictures(therapist, id, start, end);
        assertEquals(303, answer.status(), what + ": " + answer.body());
        assertEquals("/exercises/custom/" + id + "/edit#upload-heading", answer.location(), what);

        Page editPage = ExerciseSite.editPage(therapist, id);
        String error = errorBeside(editPage, field);
        assertNotNull(error, what + ": no error beside " + field + "\n" + editPage.body());
        assertTrue(error.contains(reason), what + ": " + error);
        String other = field.equals("startPicture") ? "endPicture" : "startPicture";
        assertNull(errorBeside(editPage, other), what + ": the other picture was fine");
        assertTrue(
                editPage.contains("id=\"" + field + "\" name=\"" + field
                        + "\" accept=\"image/png,image/jpeg\" aria-invalid=\"true\""),
                what + ": the file input is marked invalid");

        Page exercise = ExerciseSite.exercise(therapist, id);
        assertEquals(
                List.of("/exercise-pictures/" + id + "/1/start.svg", "/exercise-pictures/" + id + "/1/end.svg"),
                ExerciseSite.pictures(exercise),
                what + ": the drawn pose stays");
        assertTrue(exercise.contains("revision 1."));
        assertEquals(0, picturesStored(server, id), what + ": nothing stored");
        assertNull(errorBeside(ExerciseSite.editPage(therapist, id), field), "the message is shown once");
    }

    @Test
    void anUploadWithoutTheSessionsTokenIsForbiddenAndStoresNothing(GaitwayServer server) throws SQLException {
        WebClient therapist = Therapists.ofNewClinic(server, "upload-csrf").client();
        long id = ExerciseSite.duplicate(
                therapist, ExerciseSite.builtInId(therapist, "Clamshell"), ExerciseSite.uniqueName("Token photo clam"));
        String version =
                ExerciseSite.editForm(ExerciseSite.editPage(therapist, id), id).get("version");
        Part start = Part.file(
                "startPicture", "start.png", "image/png", ExerciseSite.encode(ExerciseSite.drawing(200, 150), "png"));
        Part end = Part.file(
                "endPicture", "end.jpg", "image/jpeg", ExerciseSite.encode(ExerciseSite.drawing(200, 150), "jpeg"));
        String path = "/exercise-uploads/" + id + "/pictures";

        Page noToken = therapist.postMultipart(path, List.of(Part.field("version", version), start, end));
        assertEquals(403, noToken.status(), "no token");
        Page wrongToken = therapist.postMultipart(
                path, List.of(Part.field("_csrf", "0ddba11-forged"), Part.field("version", version), start, end));
        assertEquals(403, wrongToken.status(), "wrong token");
        WebClient other = Therapists.ofNewClinic(server, "upload-csrf-other").client();
        String othersToken = ExerciseSite.library(other).csrfToken().orElseThrow();
        Page othersSessionToken = therapist.postMultipart(
                path, List.of(Part.field("_csrf", othersToken), Part.field("version", version), start, end));
        assertEquals(403, othersSessionToken.status(), "another session's token");

        assertEquals(0, picturesStored(server, id), "nothing stored");
        Page exercise = ExerciseSite.exercise(therapist, id);
        assertTrue(exercise.contains("revision 1."));
        assertTrue(ExerciseSite.pictures(exercise).get(0).endsWith("/1/start.svg"));
    }

    @Test
    void anUploadFromAFormOlderThanTheLastSaveIsRefusedAndSaysWhy(GaitwayServer server) throws SQLException {
        WebClient therapist = Therapists.ofNewClinic(server, "stale-upload").client();
        long id = ExerciseSite.duplicate(
                therapist, ExerciseSite.builtInId(therapist, "Clamshell"), ExerciseSite.uniqueName("Stale photo clam"));
        WebClient.Form uploadForm = ExerciseSite.editPage(therapist, id).form("/exercise-uploads/" + id + "/pictures");
        WebClient.Form edit = ExerciseSite.editForm(ExerciseSite.editPage(therapist, id), id)
                .set("name", ExerciseSite.uniqueName("Renamed meanwhile"))
                .add("action", "save");
        assertEquals(303, therapist.submit(edit).status(), "someone saves the exercise meanwhile");

        List<Part> parts = new ArrayList<>();
        uploadForm.fields().forEach(f -> parts.add(Part.field(f.getKey(), f.getValue())));
        parts.add(Part.file(
                "startPicture", "start.png", "image/png", ExerciseSite.encode(ExerciseSite.drawing(200, 150), "png")));
        parts.add(Part.file(
                "endPicture", "end.jpg", "image/jpeg", ExerciseSite.encode(ExerciseSite.drawing(200, 150), "jpeg")));
        Page answer = therapist.postMultipart(uploadForm.action(), parts);
        assertEquals(303, answer.status());
        assertEquals("/exercises/custom/" + id + "/edit#upload-heading", answer.location());
        assertEquals(0, picturesStored(server, id), "nothing stored");
        assertTrue(ExerciseSite.exercise(therapist, id).contains("revision 2."), "only the other save");

        String error = errorBeside(ExerciseSite.editPage(therapist, id), "startPicture");
        assertNotNull(error, "the edit page says why the pictures were not saved");
        assertTrue(error.contains("changed by someone else"), error);
        assertFalse(
                error.contains("removed"),
                "the message must be about the upload, not about removing the exercise: " + error);
    }

    /** A real PNG of random noise, which does not compress: well over 5 MB. */
    private static byte[] noisePng() {
        BufferedImage image = new BufferedImage(1400, 1400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] png = ExerciseSite.encode(image, "png");
        assertTrue(png.length > 5 * 1024 * 1024, "noise PNG is " + png.length + " bytes");
        return png;
    }

    /** Uploaded pictures of the exercise's clinic, straight from the database. */
    static int picturesStored(GaitwayServer server, long exerciseId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM exercise_picture WHERE clinic_id ="
                        + " (SELECT clinic_id FROM exercise WHERE id = ?)")) {
            query.setLong(1, exerciseId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static long pictureId(String src) {
        Matcher m = UPLOADED.matcher(src);
        assertTrue(m.matches(), src);
        return Long.parseLong(m.group(1));
    }

    static List<String> uploadedPictures(WebClient client, long id) {
        return new ArrayList<>(ExerciseSite.pictures(ExerciseSite.exercise(client, id)));
    }
}
