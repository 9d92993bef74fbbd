package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.exercises.ui.ExerciseSite.Card;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.exercises.ui.ExerciseSite.cards;
import static app.gaitway.exercises.ui.ExerciseSite.count;
import static app.gaitway.exercises.ui.ExerciseSite.errorBeside;
import static app.gaitway.exercises.ui.ExerciseSite.library;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clinic's own exercises through the real form: a copy of a built-in exercise, posted with exactly the fields
 * the rendered form holds (as a browser would send them); refused input that keeps every typed value; edits that
 * make a new revision while the old one's pictures stay; a stale edit; removing; the CSRF token.
 */
@ExtendWith(SharedServer.class)
class CustomExerciseIT {

    private static final String NEW_FORM = "/exercises/custom/new";

    @Test
    void duplicatingABuiltInExerciseMakesAClinicExerciseWhileTheBuiltInOneStaysReadOnly(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "duplicate").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        Page original = ExerciseSite.exercise(therapist, clamshellId);

        Page formPage = therapist.get("/exercises/custom/new?copy=" + clamshellId);
        assertEquals(200, formPage.status());
        assertEquals("New exercise from a copy", formPage.heading());
        Form form = formPage.form(NEW_FORM);
        assertEquals("/exercises/custom/new?copy=" + clamshellId, form.action());
        assertEquals("Clamshell (our version)", form.get("name"), "the copy starts with a name of its own");
        assertEquals(String.join("\n", ExerciseSite.steps(original)), form.get("steps"), "the steps come along");
        assertEquals(List.of("gluteus_medius_minimus", "external_rotators"), form.getAll("targets"));

        String name = ExerciseSite.uniqueName("Clamshell for Mrs Jones");
        long id = ExerciseSite.savedId(therapist.submit(form.set("name", name).add("action", "save")));
        assertNotEquals(clamshellId, id);

        Page copy = ExerciseSite.exercise(therapist, id);
        PageAssertions.assertInLayout(copy);
        assertEquals(name, copy.heading());
        assertTrue(copy.contains("“" + name + "” was saved."), "flash after saving");
        assertTrue(copy.contains("Your clinic’s exercise, revision 1."), copy.body());
        assertEquals(ExerciseSite.steps(original), ExerciseSite.steps(copy));
        assertEquals(ExerciseSite.cues(original), ExerciseSite.cues(copy));
        assertEquals(ExerciseSite.dosage(original), ExerciseSite.dosage(copy));
        assertEquals(ExerciseSite.variationLinks(original), ExerciseSite.variationLinks(copy));
        assertTrue(
                copy.contains("href=\"/exercises/custom/" + id + "/edit\""),
                "an edit link for the clinic's own exercise");
        assertEquals(
                List.of("/exercise-pictures/" + id + "/1/start.svg", "/exercise-pictures/" + id + "/1/end.svg"),
                ExerciseSite.pictures(copy));

        Page own = library(therapist, "own", "true");
        assertEquals(1, count(own));
        Card card = cards(own).get(0);
        assertEquals(name, card.name());
        assertEquals(id, card.id());
        assertTrue(card.ours(), "badge 'Our clinic'");
        assertTrue(
                own.contains("<input id=\"own\" name=\"own\" type=\"checkbox\" value=\"true\" checked=\"checked\">"),
                "the box stays checked");
        assertEquals(
                ExerciseSite.BUILT_IN_COUNT + 1, count(library(therapist)), "the built-in ones and the clinic's one");
        Page search = library(therapist, "q", "clamshell");
        assertTrue(
                ExerciseSite.names(search).containsAll(List.of("Clamshell", name)),
                ExerciseSite.names(search).toString());

        // the built-in exercise itself cannot be edited or removed: its edit address is "not found"
        Page missing = therapist.get("/exercises/custom/987654321/edit");
        Page builtInEdit = therapist.get("/exercises/custom/" + clamshellId + "/edit");
        assertEquals(404, builtInEdit.status());
        assertEquals(missing.heading(), builtInEdit.heading());
        PageAssertions.assertNoInternals(builtInEdit);
        Form renamed = therapist
                .get("/exercises/custom/" + id + "/edit")
                .form("/exercises/custom/" + id + "/edit")
                .set("name", "Hijacked clamshell")
                .add("action", "save");
        Page postToBuiltIn = therapist.post("/exercises/custom/" + clamshellId + "/edit", renamed.fields());
        assertEquals(404, postToBuiltIn.status());
        Page archiveBuiltIn =
                therapist.submit("/exercises", "/exercises/custom/" + clamshellId + "/archive", Map.of("version", "0"));
        assertEquals(404, archiveBuiltIn.status());
        assertEquals("Clamshell", ExerciseSite.exercise(therapist, clamshellId).heading());
        assertEquals(ExerciseSite.BUILT_IN_COUNT + 1, count(library(therapist)), "nothing removed");
    }

    @Test
    void refusedInputShowsAMessageBesideEachFieldKeepsEverythingTypedAndSavesNothing(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "refused").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        Form form = therapist.get("/exercises/custom/new?copy=" + clamshellId).form(NEW_FORM);

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", ExerciseSite.uniqueName("Wobbly clam"));
        typed.put("aliases", "Shaky clam\nClam on a cushion");
        typed.put("summary", "Works the side of the hip on a soft surface.");
        typed.put("steps", "Lie on your side on a cushion.\nLift the top knee.\nLower it slowly.");
        typed.put("cues", "One.\nTwo.\nThree.\nFour.\nFive.\nSix.");
        typed.put("mistakes", "Rolling back.");
        typed.put("feel", "The side of your hip.");
        typed.put("sets", "0");
        typed.put("repsMin", "abc");
        typed.put("repsMax", "14");
        typed.put("holdSeconds", "");
        typed.put("restSeconds", "45");
        typed.put("angle.end.left.hipAbduction", "31");
        typed.forEach(form::set);
        form.setAll("targets", List.of()).add("action", "save");

        Page refused = therapist.submit(form);
        assertEquals(400, refused.status(), refused.body());
        PageAssertions.assertNoInternals(refused);
        Form shown = refused.form(NEW_FORM);
        assertAll(
                "every typed value kept", typed.entrySet().stream().map(e -> (org.junit.jupiter.api.function.Executable)
                        () -> assertEquals(e.getValue(), normalise(shown.get(e.getKey())), e.getKey())));
        assertEquals(List.of(), shown.getAll("targets"), "no target, as typed");
        assertEquals("strength", shown.get("category"));
        assertEquals("side_lying", shown.get("position"));
        assertEquals(List.of("mat"), shown.getAll("equipment"));
        assertEquals(form.getAll("harderLink"), shown.getAll("harderLink"));
        assertEquals(form.get("poseJson"), shown.get("poseJson"), "the pose comes back unchanged");
        assertEquals(0, count(library(therapist, "own", "true")), "nothing saved");
        assertEquals(ExerciseSite.BUILT_IN_COUNT, count(library(therapist)));

        assertAll(
                "a message beside each wrong field",
                () -> assertTextContains("between 3 and 5 (now 6)", errorBeside(refused, "cues"), "cues"),
                () -> assertTextContains("from 1 to 5 (now 0)", errorBeside(refused, "sets"), "sets"),
                () -> assertTextContains("whole number", errorBeside(refused, "repsMin"), "repsMin"),
                () -> assertTextContains("between 1 and 4 (now 0)", errorBeside(refused, "targets"), "targets"));
        assertNull(errorBeside(refused, "name"), "no error beside a right field");
        assertNull(errorBeside(refused, "steps"));
    }

    @Test
    void ruleProblemsWithoutATypingErrorAreEachShownBesideTheirField(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "rules").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        Form form = therapist
                .get("/exercises/custom/new?copy=" + clamshellId)
                .form(NEW_FORM)
                .set("name", ExerciseSite.uniqueName("Rule clam"))
                .set("cues", "One.\nTwo.\nThree.\nFour.\nFive.\nSix.")
                .set("sets", "0")
                .setAll("targets", List.of())
                .add("action", "save");
        Page refused = therapist.submit(form);
        assertEquals(400, refused.status());
        assertTextContains("between 3 and 5 (now 6)", errorBeside(refused, "cues"), "cues");
        assertTextContains("from 1 to 5 (now 0)", errorBeside(refused, "sets"), "sets");
        assertTextContains("between 1 and 4 (now 0)", errorBeside(refused, "targets"), "targets");
        assertTrue(refused.contains("There are 3 problems"), "the summary counts them");
        assertEquals(0, count(library(therapist, "own", "true")), "nothing saved");
    }

    @Test
    void editingMakesANewRevisionAndTheOldRevisionsPicturesStillAnswer(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "revision").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        String firstName = ExerciseSite.uniqueName("Clam first");
        long id = ExerciseSite.duplicate(therapist, clamshellId, firstName);
        String oldStart = "/exercise-pictures/" + id + "/1/start.svg";
        String oldEnd = "/exercise-pictures/" + id + "/1/end.svg";
        String endAsGiven = svg(therapist, oldEnd);
        String startAsGiven = svg(therapist, oldStart);

        Page editPage = ExerciseSite.editPage(therapist, id);
        assertEquals("Edit “" + firstName + "”", editPage.heading());
        Form form = ExerciseSite.editForm(editPage, id);
        assertEquals("22", form.get("angle.end.left.hipAbduction"), "the pose's angle as the form shows it");
        List<String> steps = new ArrayList<>(List.of(form.get("steps").split("\n")));
        steps.set(steps.size() - 1, "Do 10, then rest for a minute and turn over.");
        String secondName = ExerciseSite.uniqueName("Clam second");
        form.set("name", secondName)
                .set("steps", String.join("\n", steps))
                .set("angle.end.left.hipAbduction", "35")
                .add("action", "save");
        assertEquals("/exercises/" + id, therapist.submit(form).location());

        Page edited = ExerciseSite.exercise(therapist, id);
        assertEquals(secondName, edited.heading());
        assertTrue(edited.contains("revision 2."), "a new revision");
        assertEquals(steps, ExerciseSite.steps(edited));
        assertEquals(
                List.of("/exercise-pictures/" + id + "/2/start.svg", "/exercise-pictures/" + id + "/2/end.svg"),
                ExerciseSite.pictures(edited));
        assertNotEquals(
                endAsGiven, svg(therapist, "/exercise-pictures/" + id + "/2/end.svg"), "the new end pose is drawn");
        assertTrue(svg(therapist, "/exercise-pictures/" + id + "/2/end.svg").contains(secondName));

        assertEquals(endAsGiven, svg(therapist, oldEnd), "revision 1 is still drawn as it was given");
        assertEquals(startAsGiven, svg(therapist, oldStart));
        assertTrue(svg(therapist, oldEnd).contains(firstName), "with the name it had then");
        assertEquals(
                404,
                therapist.download("/exercise-pictures/" + id + "/3/end.svg").status(),
                "no revision 3 yet");

        Card card = cards(library(therapist, "own", "true")).get(0);
        assertEquals(secondName, card.name());
        assertEquals("/exercise-pictures/" + id + "/2/start.svg", card.startPicture());

        Page unchanged = therapist.submit(
                ExerciseSite.editForm(ExerciseSite.editPage(therapist, id), id).add("action", "save"));
        assertEquals(303, unchanged.status());
        assertTrue(
                ExerciseSite.exercise(therapist, id).contains("revision 2."),
                "saving without a change makes no revision");
    }

    @Test
    void aStaleEditIsRefusedWithTheTypingKeptAndSavesWhenSentAgain(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "stale");
        WebClient me = Staff.signedIn(server, account.email(), account.password());
        WebClient colleague = Staff.signedIn(server, account.email(), account.password());
        long id = ExerciseSite.duplicate(
                me, ExerciseSite.builtInId(me, "Clamshell"), ExerciseSite.uniqueName("Shared clam"));

        Form mine = ExerciseSite.editForm(ExerciseSite.editPage(me, id), id);
        String versionISaw = mine.get("version");
        String colleaguesName = ExerciseSite.uniqueName("Colleague clam");
        Form theirs = ExerciseSite.editForm(ExerciseSite.editPage(colleague, id), id)
                .set("name", colleaguesName)
                .add("action", "save");
        assertEquals(303, colleague.submit(theirs).status());

        String myName = ExerciseSite.uniqueName("My clam");
        String mySteps = "Lie on your side.\nLift the top knee slowly.\nLower it slowly.";
        mine.set("name", myName).set("steps", mySteps).set("sets", "4").add("action", "save");
        Page conflict = me.submit(mine);
        assertEquals(409, conflict.status(), conflict.body());
        PageAssertions.assertNoInternals(conflict);
        assertTrue(
                conflict.contains("Someone else saved this exercise while you were editing it (now revision 2)"),
                conflict.body());
        assertTrue(conflict.contains("Saved meanwhile: “" + colleaguesName + "”"), "what the colleague saved is named");
        Form kept = ExerciseSite.editForm(conflict, id);
        assertEquals(myName, kept.get("name"));
        assertEquals(mySteps, normalise(kept.get("steps")));
        assertEquals("4", kept.get("sets"));
        assertNotEquals(versionISaw, kept.get("version"), "the form now carries the saved version");

        assertEquals(
                colleaguesName, ExerciseSite.exercise(me, id).heading(), "the colleague's save was not overwritten");

        assertEquals(303, me.submit(kept.add("action", "save")).status(), "sent again on purpose, it saves");
        Page mineSaved = ExerciseSite.exercise(me, id);
        assertEquals(myName, mineSaved.heading());
        assertTrue(mineSaved.contains("revision 3."));
    }

    @Test
    void removingAnExerciseTakesItOutOfTheLibrary(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "archive").client();
        String name = ExerciseSite.uniqueName("Clam to remove");
        long id = ExerciseSite.duplicate(therapist, ExerciseSite.builtInId(therapist, "Clamshell"), name);
        assertEquals(1, count(library(therapist, "own", "true")));

        Page editPage = ExerciseSite.editPage(therapist, id);
        Form staleArchive = editPage.form("/exercises/custom/" + id + "/archive");
        assertEquals(
                303,
                therapist
                        .submit(ExerciseSite.editForm(editPage, id)
                                .set("feel", "The side of your hip, now.")
                                .add("action", "save"))
                        .status(),
                "saved meanwhile");
        Page refused = therapist.submit(staleArchive);
        PageAssertions.assertRedirect(
                "/exercises/custom/" + id + "/edit", refused, "a remove from an older form is not done");
        assertTrue(therapist.get(refused.location()).contains("changed by someone else meanwhile; it was not removed"));
        assertEquals(1, count(library(therapist, "own", "true")), "still there");

        editPage = ExerciseSite.editPage(therapist, id);
        Page removed = therapist.submit(editPage.form("/exercises/custom/" + id + "/archive"));
        PageAssertions.assertRedirect("/exercises", removed);
        Page after = library(therapist);
        assertTrue(after.contains("“" + name + "” was removed from your library."), "flash");
        assertEquals(ExerciseSite.BUILT_IN_COUNT, count(after));
        assertFalse(ExerciseSite.allCards(therapist).stream().anyMatch(c -> c.id() == id));
        assertEquals(0, count(library(therapist, "own", "true")));
        assertFalse(ExerciseSite.names(library(therapist, "q", name)).contains(name), "search does not find it");
        assertEquals(404, therapist.get("/exercises/custom/" + id + "/edit").status(), "no longer editable");
    }

    @Test
    void postsWithoutTheSessionsCsrfTokenAreRefused(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "csrf").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        String name = ExerciseSite.uniqueName("Token clam");
        long id = ExerciseSite.duplicate(therapist, clamshellId, name);

        Form create = therapist
                .get("/exercises/custom/new?copy=" + clamshellId)
                .form(NEW_FORM)
                .set("name", ExerciseSite.uniqueName("Forged clam"))
                .add("action", "save");
        assertEquals(403, therapist.post(create.action(), withoutToken(create)).status(), "new, no token");
        assertEquals(
                403,
                therapist
                        .post(create.action(), withToken(create, "forged-token"))
                        .status(),
                "new, wrong token");

        Form edit = ExerciseSite.editForm(ExerciseSite.editPage(therapist, id), id)
                .set("name", "Forged name")
                .add("action", "save");
        assertEquals(403, therapist.post(edit.action(), withoutToken(edit)).status(), "edit, no token");
        assertEquals(
                403,
                therapist.post(edit.action(), withToken(edit, "forged-token")).status(),
                "edit, wrong token");

        Form archive = ExerciseSite.editPage(therapist, id).form("/exercises/custom/" + id + "/archive");
        assertEquals(
                403, therapist.post(archive.action(), withoutToken(archive)).status(), "archive, no token");
        WebClient other = Therapists.ofNewClinic(server, "csrf-other").client();
        String othersToken = library(other).csrfToken().orElseThrow();
        assertEquals(
                403,
                therapist
                        .post(archive.action(), withToken(archive, othersToken))
                        .status(),
                "archive with another session's token");

        assertEquals(name, ExerciseSite.exercise(therapist, id).heading(), "not renamed");
        Page own = library(therapist, "own", "true");
        assertEquals(1, count(own), "nothing created, nothing removed");
        assertEquals(name, cards(own).get(0).name());
    }

    private static List<Map.Entry<String, String>> withoutToken(Form form) {
        return form.fields().stream().filter(e -> !e.getKey().equals("_csrf")).toList();
    }

    private static List<Map.Entry<String, String>> withToken(Form form, String token) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(withoutToken(form));
        fields.add(0, Map.entry("_csrf", token));
        return fields;
    }

    private static String svg(WebClient client, String path) {
        Download d = client.download(path);
        assertEquals(200, d.status(), path);
        assertTrue(d.contentType().startsWith("image/svg+xml"), path + ": " + d.contentType());
        return d.text();
    }

    /** Text as a browser sends a textarea back: line ends as typed here ("\n"). */
    private static String normalise(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    private static void assertTextContains(String expected, String actual, String field) {
        assertNotNull(actual, "no message beside " + field);
        assertTrue(actual.contains(expected), field + ": " + actual);
    }
}
