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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moving pictures over HTTP: the exercise page, the patient's program page and "do it now" each show the
 * exercise moving, with the "Pause movement" switch and the still pictures to fall back on; the moving picture is
 * an animated SVG (no script, no style) served with the same access checks and caching as the stills: another
 * clinic's exercise, an unknown or revoked link are "not found", exactly like the stills.
 */
@ExtendWith(SharedServer.class)
class MovingPictureIT {

    private static final long NO_SUCH_ID = 987_654_321L;
    private static final Pattern PAUSE = Pattern.compile(
            "<input type=\"checkbox\" class=\"motion__pause\" id=\"([^\"]+)\">\\s*<label class=\"motion__pause-label\" for=\"([^\"]+)\">Pause movement</label>");
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\" alt=\"([^\"]*)\"");

    @Test
    void theExercisePageShowsTheMovementWithAPauseSwitchAndTheStills(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "moving-staff").client();
        long id = ExerciseSite.builtInId(therapist, "Hip bridge");
        Page page = ExerciseSite.exercise(therapist, id);

        List<String> moving = ExerciseSite.movingPicture(page);
        assertEquals(1, moving.size(), "one moving picture");
        assertTrue(moving.get(0).matches("/exercise-pictures/" + id + "/\\d+/motion\\.svg"), moving.get(0));
        assertPauseSwitches(page.body(), 1, "exercise page");
        List<String> stills = ExerciseSite.pictures(page);
        assertEquals(2, stills.size(), "the still start and end pictures stay on the page: " + stills);
        assertTrue(
                page.body()
                        .matches("(?s).*<img src=\"[^\"]+motion\\.svg\" alt=\"A moving picture of the exercise[^\"]*"
                                + "It starts: Lying on your back[^\"]*It moves to: Hips lifted[^\"]*\".*"),
                "the moving picture says in words how it moves");

        assertServedLikeItsStill(therapist.download(moving.get(0)), therapist.download(stills.get(0)), "staff");
        assertEquals(200, therapist.download(stills.get(1)).status());
    }

    @Test
    void anotherClinicsExerciseMovesForNobodyElse(GaitwayServer server) {
        WebClient owner = Therapists.ofNewClinic(server, "moving-owner").client();
        long id = ExerciseSite.duplicate(
                owner, ExerciseSite.builtInId(owner, "Clamshell"), ExerciseSite.uniqueName("Clinic A moving clam"));
        String own = "/exercise-pictures/" + id + "/1/motion.svg";
        assertEquals(List.of(own), ExerciseSite.movingPicture(ExerciseSite.exercise(owner, id)));
        assertEquals(200, owner.download(own).status(), "the clinic's own drawn exercise moves");

        WebClient clinicB = Therapists.ofNewClinic(server, "moving-other").client();
        Page foreign = clinicB.get(own);
        Page missing = clinicB.get("/exercise-pictures/" + NO_SUCH_ID + "/1/motion.svg");
        Page foreignStill = clinicB.get("/exercise-pictures/" + id + "/1/start.svg");
        for (Page p : List.of(foreign, missing, foreignStill)) {
            assertEquals(404, p.status());
        }
        assertEquals(missing.heading(), foreign.heading(), "looks exactly like a missing id");
        assertEquals(foreignStill.header("Content-Type"), foreign.header("Content-Type"));
        assertFalse(foreign.contains("<svg"));
        assertEquals(
                404,
                owner.download("/exercise-pictures/" + id + "/9/motion.svg").status(),
                "a revision never made");
        WebClient signedOut = new WebClient(server);
        Download anonymous = signedOut.download(own);
        assertFalse(anonymous.status() == 200 || anonymous.text().contains("<svg"), "not without signing in");
        assertEquals(
                signedOut.download("/exercise-pictures/" + id + "/1/start.svg").status(),
                anonymous.status(),
                "answered like the stills");
    }

    @Test
    void thePatientsPagesMoveThroughTheLinkOnly(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "moving-link");
        Program program = LinkSite.patientWithProgram(therapist, "Greta", "Gangway", "Clamshell", "Hip bridge");
        Link link = LinkSite.createLink(therapist.client(), program);
        WebClient patient = new WebClient(server);

        Page page = patient.get(link.path());
        assertPauseSwitches(page.body(), 2, "program page");
        List<String> moving = new ArrayList<>();
        List<String> stills = new ArrayList<>();
        Matcher img = IMG.matcher(page.body());
        while (img.find()) {
            String src = WebClient.unescape(img.group(1));
            assertTrue(src.startsWith(link.path() + "/pictures/"), "fetched through the link: " + src);
            assertFalse(img.group(2).isBlank(), "described: " + src);
            (src.endsWith("/motion") ? moving : stills).add(src);
        }
        assertEquals(List.of(link.path() + "/pictures/0/motion", link.path() + "/pictures/1/motion"), moving);
        assertEquals(4, stills.size(), "the still start and end pictures of both exercises stay: " + stills);

        Page now = patient.get(link.path() + "/now?step=1");
        assertPauseSwitches(now.body(), 1, "do it now");
        assertTrue(now.contains("src=\"" + link.path() + "/pictures/0/motion\""), "do it now moves too");
        assertTrue(now.contains("src=\"" + link.path() + "/pictures/0/start\""), "with the stills to fall back on");

        Download motion = patient.download(moving.get(1));
        assertServedLikeItsStill(motion, patient.download(stills.get(0)), "patient");
        assertEquals(
                "private, no-cache",
                motion.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(motion.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));

        assertEquals(
                404,
                patient.download("/p/" + LinkSite.unknownSecret() + "/pictures/0/motion")
                        .status(),
                "an unknown secret");
        assertEquals(
                404, patient.download(link.path() + "/pictures/7/motion").status(), "a position not in the program");
        LinkSite.revoke(therapist.client(), program);
        assertEquals(404, patient.download(moving.get(0)).status(), "a revoked link");
        assertEquals(404, patient.download(stills.get(0)).status(), "like its stills");
    }

    /** Each switch is a checkbox with its own id and a label for it, followed by the stills to show instead. */
    private static void assertPauseSwitches(String html, int expected, String where) {
        Matcher m = PAUSE.matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            assertEquals(m.group(1), m.group(2), where + ": the label belongs to its checkbox");
            ids.add(m.group(1));
        }
        assertEquals(expected, ids.size(), where + ": a Pause movement switch per moving picture");
        assertEquals(ids.size(), ids.stream().distinct().count(), where + ": ids unique on the page");
        assertEquals(expected, html.split("class=\"motion__stills\"", -1).length - 1, where + ": stills beside each");
        assertTrue(html.contains("/static/css/"), where + ": styled by the stylesheet");
    }

    /** An animated SVG, kept (or not) by the browser exactly like the still picture beside it. */
    private static void assertServedLikeItsStill(Download motion, Download still, String where) {
        assertEquals(200, motion.status(), where);
        assertEquals("image/svg+xml", motion.contentType().replaceFirst(";.*$", ""), where);
        assertAnimated(motion.text(), where);
        assertEquals(
                still.headers().firstValue("Cache-Control"),
                motion.headers().firstValue("Cache-Control"),
                where + ": cached like the stills");
    }

    private static void assertAnimated(String svg, String where) {
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), where);
        assertTrue(
                svg.contains("<animate ") && svg.contains("repeatCount=\"indefinite\""),
                where + ": it moves, for ever");
        assertTrue(svg.contains("<title") && svg.contains("<desc"), where + ": described");
        assertFalse(
                svg.contains("<script") || svg.contains("<style") || svg.contains("style=") || svg.contains("href"),
                where + ": nothing the Content-Security-Policy would block in an <img>");
    }
}
