package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.testing.WebClient.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser asks again for a picture it keeps, and the answer costs nothing when it still has it: every exercise
 * picture goes out with a strong {@code ETag} and a {@code Last-Modified}, and a conditional GET with either gets
 * 304 and no body. The access checks are unchanged by it: another clinic's picture is "not found" whatever the
 * request carries, and so is every picture of a revoked link, which the patient's browser must ask about each time.
 */
@ExtendWith(SharedServer.class)
class PictureRevalidationIT {

    @Test
    void aDrawnPictureIsAskedForAgainForNothing(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "revalidate-drawn").client();
        long id = ExerciseSite.builtInId(therapist, "Hip bridge");
        String still =
                ExerciseSite.pictures(ExerciseSite.exercise(therapist, id)).get(0);
        String moving =
                ExerciseSite.movingPicture(ExerciseSite.exercise(therapist, id)).get(0);

        for (String path : List.of(still, moving)) {
            Download first = therapist.download(path);
            assertEquals(200, first.status(), path);
            assertEquals("private, max-age=604800", header(first, "Cache-Control"), path + ": kept a week, privately");
            assertRevalidatesForNothing(therapist, path, first);
        }
    }

    @Test
    void anUploadedPictureIsAskedForAgainForNothing(GaitwayServer server) {
        WebClient therapist =
                Therapists.ofNewClinic(server, "revalidate-upload").client();
        long id = ExerciseSite.duplicate(
                therapist, ExerciseSite.builtInId(therapist, "Clamshell"), ExerciseSite.uniqueName("Revalidated clam"));
        ExerciseSite.uploadPictures(
                therapist,
                id,
                Part.file("startPicture", "start.png", "image/png", ExerciseSite.pngWithText(320, 240, "start")),
                Part.file("endPicture", "end.png", "image/png", ExerciseSite.pngWithText(320, 240, "end")));
        String uploaded =
                ExerciseSite.pictures(ExerciseSite.exercise(therapist, id)).get(0);
        assertTrue(uploaded.startsWith("/exercise-pictures/uploads/"), uploaded);

        Download first = therapist.download(uploaded);
        assertEquals(200, first.status());
        assertEquals("image/png", first.contentType());
        assertRevalidatesForNothing(therapist, uploaded, first);

        WebClient otherClinic =
                Therapists.ofNewClinic(server, "revalidate-upload-other").client();
        assertEquals(404, otherClinic.download(uploaded).status(), "another clinic's uploaded picture");
        assertEquals(
                404,
                otherClinic
                        .download(uploaded, Map.of("If-None-Match", header(first, "ETag")))
                        .status(),
                "not found, not 'not modified', with its tag");
    }

    @Test
    void anotherClinicsOwnPictureStaysNotFoundAfterItsOwnerFetchedIt(GaitwayServer server) {
        WebClient owner = Therapists.ofNewClinic(server, "revalidate-owner").client();
        long id = ExerciseSite.duplicate(
                owner, ExerciseSite.builtInId(owner, "Clamshell"), ExerciseSite.uniqueName("Private clam"));
        String start = "/exercise-pictures/" + id + "/1/start.svg";
        String motion = "/exercise-pictures/" + id + "/1/motion.svg";
        Download own = owner.download(start);
        assertEquals(200, own.status(), "the owner's picture, now kept by the server");
        assertEquals(200, owner.download(motion).status());

        WebClient otherClinic =
                Therapists.ofNewClinic(server, "revalidate-foreign").client();
        for (String path : List.of(start, motion)) {
            Download foreign = otherClinic.download(path);
            assertEquals(404, foreign.status(), path);
            assertFalse(foreign.text().contains("<svg"), path);
            assertTrue(foreign.headers().firstValue("ETag").isEmpty(), path + ": nothing about the picture");
        }
        Download withTag = otherClinic.download(start, Map.of("If-None-Match", header(own, "ETag")));
        assertEquals(404, withTag.status(), "the right tag does not make it 'not modified'");
        Download withDate = otherClinic.download(start, Map.of("If-Modified-Since", header(own, "Last-Modified")));
        assertEquals(404, withDate.status(), "nor does the right date");
        assertEquals(200, owner.download(start).status(), "still the owner's");
    }

    @Test
    void aPatientsPictureIsCheckedAgainstTheLinkEachTime(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "revalidate-link");
        Program program = LinkSite.patientWithProgram(therapist, "Rhoda", "Revalid", "Clamshell", "Hip bridge");
        Link link = LinkSite.createLink(therapist.client(), program);
        WebClient patient = new WebClient(server);
        String start = link.path() + "/pictures/0/start";
        String motion = link.path() + "/pictures/1/motion";

        Download first = patient.download(start);
        assertEquals(200, first.status());
        assertEquals("private, no-cache", header(first, "Cache-Control"), "kept, but asked about before each use");
        assertRevalidatesForNothing(patient, start, first);
        Download firstMotion = patient.download(motion);
        assertEquals(200, firstMotion.status());
        assertRevalidatesForNothing(patient, motion, firstMotion);
        assertNotEquals(header(first, "ETag"), header(firstMotion, "ETag"), "two pictures, two tags");

        LinkSite.revoke(therapist.client(), program);
        for (String path : List.of(start, motion)) {
            assertEquals(404, patient.download(path).status(), path + ": a revoked link shows nothing");
        }
        assertEquals(
                404,
                patient.download(start, Map.of("If-None-Match", header(first, "ETag")))
                        .status(),
                "not even 'not modified' for the copy the browser keeps");
        assertEquals(
                404,
                patient.download(start, Map.of("If-Modified-Since", header(first, "Last-Modified")))
                        .status());
    }

    @Test
    void aNewVersionShowingAnotherExerciseAtAPlaceIsSentAfresh(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "revalidate-version");
        Program program = LinkSite.patientWithProgram(therapist, "Vera", "Versions", "Clamshell", "Hip bridge");
        Link link = LinkSite.createLink(therapist.client(), program);
        WebClient patient = new WebClient(server);
        String place = link.path() + "/pictures/0/start";
        Download clamshell = patient.download(place);
        assertEquals(200, clamshell.status());

        // the first exercise goes: the hip bridge now shows at the first place
        WebClient staff = therapist.client();
        String builder = program.path() + "/edit";
        Page removed =
                staff.submit(staff.get(builder).form(builder).remove("action").add("action", "remove-0"));
        assertEquals(200, removed.status(), removed.body());
        Page saved = staff.submit(removed.form(builder).remove("action").add("action", "save"));
        assertEquals(303, saved.status(), saved.body());
        Download afterwards = patient.download(
                place,
                Map.of(
                        "If-None-Match", header(clamshell, "ETag"),
                        "If-Modified-Since", header(clamshell, "Last-Modified")));

        assertEquals(200, afterwards.status(), "the browser's copy is no longer what the place shows");
        assertNotEquals(header(clamshell, "ETag"), header(afterwards, "ETag"));
        assertFalse(java.util.Arrays.equals(clamshell.body(), afterwards.body()));
    }

    /**
     * The tag and the date each give 304 with no body and the same tag; a tag of something else, or a date before
     * the picture's, gives the picture again.
     */
    private static void assertRevalidatesForNothing(WebClient client, String path, Download first) {
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), path + ": a strong tag, " + etag);
        assertFalse(lastModified.isEmpty(), path + ": dated");

        Download byTag = client.download(path, Map.of("If-None-Match", etag));
        assertEquals(304, byTag.status(), path + ": by tag");
        assertEquals(0, byTag.body().length, path + ": no body");
        assertEquals(etag, header(byTag, "ETag"));
        assertEquals(header(first, "Cache-Control"), header(byTag, "Cache-Control"));

        Download byDate = client.download(path, Map.of("If-Modified-Since", lastModified));
        assertEquals(304, byDate.status(), path + ": by date");
        assertEquals(0, byDate.body().length);

        Download otherTag = client.download(path, Map.of("If-None-Match", "\"something-else\""));
        assertEquals(200, otherTag.status(), path + ": another tag");
        assertArrayEquals(first.body(), otherTag.body(), path + ": the same picture again");
        assertEquals(etag, header(otherTag, "ETag"), path + ": the same bytes, the same tag");

        Download olderDate = client.download(path, Map.of("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT"));
        assertEquals(200, olderDate.status(), path + ": a copy from before the picture was made");
    }

    private static String header(Download d, String name) {
        return d.headers().firstValue(name).orElse("");
    }
}
