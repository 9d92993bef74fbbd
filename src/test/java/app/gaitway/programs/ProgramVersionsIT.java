package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite.HistoryEntry;
import app.gaitway.programs.ProgramSite.StoredItem;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a patient was given never changes: the first save is version 1, every change is a new version whose
 * history line says what changed and who saved it, a save without a change makes no version, an exercise edited
 * in the library later leaves the versions already given as they were, and an ended program takes no changes.
 */
@ExtendWith(SharedServer.class)
class ProgramVersionsIT {

    @Test
    void anArchivedPatientsProgramsAreNotChangedAndNoNewOneIsGiven(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "versions-archived");
        var client = therapist.client();
        long patientId = Patients.register(client, "Archibald", "Paused");
        long clamshell = ExerciseSite.builtInId(client, "Clamshell");
        long programId =
                ProgramSite.create(client, patientId, "Before the pause", List.of(ProgramSite.item(clamshell)));
        // builders opened before the patient was archived, still on screen in another tab
        Form nextVersion = ProgramSite.builderForm(ProgramSite.openEdit(client, programId));
        Form newProgram = ProgramSite.builderForm(ProgramSite.add(
                        client, ProgramSite.builderForm(ProgramSite.openBuilder(client, patientId)), clamshell))
                .set("title", "After the pause")
                .set("clinicPhone", ProgramSite.PHONE);

        String patientPage = "/patients/" + patientId;
        assertEquals(
                303,
                client.submit(patientPage, patientPage + "/archive", Map.of()).status());

        Page changed = ProgramSite.press(client, nextVersion, Map.of(ProgramSite.field(0, "sets"), "1"), "save");
        assertEquals(303, changed.status(), changed.body());
        assertEquals(patientPage, changed.location());
        assertEquals(1, ProgramSite.versions(server, programId), "no version 2");
        Page created = ProgramSite.press(client, newProgram, "save");
        assertEquals(303, created.status(), created.body());
        assertEquals(patientPage, created.location());
        Page shown = client.get(patientPage);
        assertTrue(
                shown.contains("This patient is archived. Restore the patient to change their programs."),
                shown.body());
        assertEquals(
                List.of("Before the pause"),
                ProgramSite.onPatientPage(shown).stream()
                        .map(line -> line.substring(0, line.indexOf(" Active")))
                        .toList(),
                "no second program");
        assertFalse(shown.contains("New program"), "the page offers no new program");
    }

    @Test
    void eachSavedChangeIsANewVersionThatSaysWhatChangedAndWhoSavedIt(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "versions");
        Therapist colleague = Therapists.colleagueOf(server, therapist, "versions-colleague");
        long patientId = Patients.register(therapist.client(), "Vera", "Versioned");
        long clamshell = ExerciseSite.builtInId(therapist.client(), "Clamshell");
        long bridge = ExerciseSite.builtInId(therapist.client(), "Hip bridge");

        Form builder = ProgramSite.builderForm(ProgramSite.openBuilder(therapist.client(), patientId));
        builder = ProgramSite.builderForm(ProgramSite.add(therapist.client(), builder, clamshell));
        builder = ProgramSite.builderForm(ProgramSite.add(therapist.client(), builder, bridge));
        assertEquals("3", builder.get(ProgramSite.field(0, "sets")), "the library's default dosage: 3 sets");
        Page created = ProgramSite.press(
                therapist.client(),
                builder,
                Map.of("title", "Knee pain: hip strength", "clinicPhone", ProgramSite.PHONE),
                "save");
        long id = ProgramSite.idOf(created);
        assertEquals("Program saved as version 1.", ProgramSite.flashAfter(therapist.client(), created));
        assertEquals(1, ProgramSite.versions(server, id));

        Page first = ProgramSite.page(therapist.client(), id);
        assertEquals("Knee pain: hip strength", first.heading());
        assertEquals(List.of("Clamshell", "Hip bridge"), ProgramSite.itemNames(first));
        List<HistoryEntry> history = ProgramSite.history(first);
        assertEquals(1, history.size(), history.toString());
        assertEquals(1, history.get(0).number());
        assertEquals("First version: 2 exercises.", history.get(0).summary());
        assertTrue(
                history.get(0).saved().endsWith("by " + therapist.fullName()),
                history.get(0).saved());
        String clamshellGiven = ProgramSite.items(first).get(0).amount();
        assertTrue(clamshellGiven.startsWith("3 sets"), clamshellGiven);

        // a dosage changed: version 2, the change named in its summary
        Page changed = ProgramSite.saveNextVersion(therapist.client(), id, Map.of(ProgramSite.field(0, "sets"), "4"));
        assertEquals(ProgramSite.path(id), changed.location());
        assertEquals("Saved as a new version.", ProgramSite.flashAfter(therapist.client(), changed));
        assertEquals(2, ProgramSite.versions(server, id));
        Page second = ProgramSite.page(therapist.client(), id);
        assertTrue(
                ProgramSite.items(second).get(0).amount().startsWith("4 sets"),
                ProgramSite.items(second).toString());
        history = ProgramSite.history(second);
        assertEquals(List.of(2, 1), history.stream().map(HistoryEntry::number).toList(), "newest first");
        assertEquals("Clamshell: 3 \u2192 4 sets.", history.get(0).summary());
        assertEquals("First version: 2 exercises.", history.get(1).summary());

        // version 1 still shows what was given then
        Page older = ProgramSite.version(therapist.client(), id, 1);
        assertEquals(clamshellGiven, ProgramSite.items(older).get(0).amount());
        assertTrue(
                ProgramSite.notices(older)
                        .contains("You are looking at version 1; the latest is version 2. See the latest version"),
                ProgramSite.notices(older).toString());
        assertFalse(
                older.contains("href=\"" + ProgramSite.editPath(id) + "\""),
                "an older version offers no change button");

        // saved without a change: no version 3
        Page unchanged = ProgramSite.saveNextVersion(therapist.client(), id, Map.of());
        assertEquals(ProgramSite.path(id), unchanged.location());
        assertEquals(
                "Nothing changed, so no new version was made.", ProgramSite.flashAfter(therapist.client(), unchanged));
        assertEquals(2, ProgramSite.versions(server, id));
        assertEquals(2, ProgramSite.stored(server, id).latestVersion());
        assertEquals(404, therapist.client().get(ProgramSite.versionPath(id, 3)).status());

        // a colleague's change: the history names who saved each version
        Page byColleague =
                ProgramSite.saveNextVersion(colleague.client(), id, Map.of(ProgramSite.field(1, "reps"), "8-12"));
        assertEquals(303, byColleague.status(), byColleague.body());
        history = ProgramSite.history(ProgramSite.page(therapist.client(), id));
        assertEquals(
                List.of(3, 2, 1), history.stream().map(HistoryEntry::number).toList());
        assertTrue(
                history.get(0).saved().endsWith("by " + colleague.fullName()),
                history.get(0).saved());
        assertTrue(
                history.get(1).saved().endsWith("by " + therapist.fullName()),
                history.get(1).saved());
        assertTrue(
                history.get(2).saved().endsWith("by " + therapist.fullName()),
                history.get(2).saved());
        assertTrue(
                history.get(0).summary().startsWith("Hip bridge: reps "),
                history.get(0).summary());
        assertEquals(3, ProgramSite.versions(server, id));
    }

    @Test
    void aCustomExerciseEditedAfterItWasGivenLeavesTheGivenVersionUnchanged(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "revision");
        long patientId = Patients.register(therapist.client(), "Rita", "Revision");
        String givenName = ExerciseSite.uniqueName("Clam given");
        long own = ExerciseSite.duplicate(
                therapist.client(), ExerciseSite.builtInId(therapist.client(), "Clamshell"), givenName);
        long id = ProgramSite.create(
                therapist.client(), patientId, "Own clam", List.of(ProgramSite.item(own, "note", "Slowly.")));
        List<StoredItem> given = ProgramSite.storedItems(server, id, 1);
        assertEquals(1, given.size());
        assertEquals(givenName, given.get(0).exerciseName());
        int givenRevision = given.get(0).exerciseRevision();

        // the clinic edits its exercise in the library
        String renamed = ExerciseSite.uniqueName("Clam renamed");
        Form edit = ExerciseSite.editForm(ExerciseSite.editPage(therapist.client(), own), own)
                .set("name", renamed);
        assertEquals(303, therapist.client().submit(edit.add("action", "save")).status());
        assertEquals(renamed, ExerciseSite.exercise(therapist.client(), own).heading());
        assertEquals(
                givenRevision + 1,
                AssessmentSite.count(server, "SELECT MAX(revision) FROM exercise_revision WHERE exercise_id = ?", own),
                "the edit made a new revision");

        Page version1 = ProgramSite.version(therapist.client(), id, 1);
        assertEquals(List.of(givenName), ProgramSite.itemNames(version1), "the version shows the exercise as given");
        assertFalse(version1.contains(renamed));
        Page latest = ProgramSite.page(therapist.client(), id);
        assertEquals(List.of(givenName), ProgramSite.itemNames(latest));
        assertEquals(
                given, ProgramSite.storedItems(server, id, 1), "the stored item keeps the revision it was given at");

        // the builder for the next version keeps the item at its given revision too
        Page builder = ProgramSite.openEdit(therapist.client(), id);
        assertEquals(List.of(givenName), ProgramSite.builderItemNames(builder));
        assertEquals(
                String.valueOf(givenRevision), ProgramSite.builderForm(builder).get(ProgramSite.field(0, "revision")));
        Page unchanged = ProgramSite.press(therapist.client(), ProgramSite.builderForm(builder), "save");
        assertEquals(
                "Nothing changed, so no new version was made.", ProgramSite.flashAfter(therapist.client(), unchanged));
        assertEquals(1, ProgramSite.versions(server, id));
    }

    @Test
    void anEndedProgramShowsAsEndedOnThePatientPageAndTakesNoChanges(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "ending");
        long patientId = Patients.register(therapist.client(), "Edda", "Ending");
        long clamshell = ExerciseSite.builtInId(therapist.client(), "Clamshell");
        long id = ProgramSite.create(therapist.client(), patientId, "Phase 1", List.of(ProgramSite.item(clamshell)));
        Form openedBeforeTheEnd = ProgramSite.builderForm(ProgramSite.openEdit(therapist.client(), id));
        assertEquals(
                List.of("Phase 1 Active"),
                ProgramSite.onPatientPage(therapist.client().get("/patients/" + patientId)).stream()
                        .map(line -> line.replaceFirst(" 1 exercise.*", ""))
                        .toList());

        String today = AssessmentSite.today().toString();
        Form end = ProgramSite.page(therapist.client(), id).form(ProgramSite.path(id) + "/end");
        assertEquals(today, end.get("endedOn"), "ending is dated today unless changed");
        Page ended = therapist.client().submit(end.set("reason", "Goals met"));
        assertEquals(ProgramSite.path(id), ended.location());
        assertEquals("Program ended.", ProgramSite.flashAfter(therapist.client(), ended));
        assertEquals("ENDED", ProgramSite.stored(server, id).status());

        List<String> onPatientPage =
                ProgramSite.onPatientPage(therapist.client().get("/patients/" + patientId));
        assertEquals(1, onPatientPage.size(), onPatientPage.toString());
        assertTrue(onPatientPage.get(0).startsWith("Phase 1 Ended"), onPatientPage.get(0));
        assertTrue(
                onPatientPage
                        .get(0)
                        .endsWith("Ended " + AssessmentSite.displayDate(AssessmentSite.today()) + ": Goals met"),
                onPatientPage.get(0));

        Page page = ProgramSite.page(therapist.client(), id);
        assertEquals("Ended", ProgramSite.status(page));
        assertTrue(
                ProgramSite.notices(page).stream()
                        .anyMatch(n -> n.startsWith("Ended on " + AssessmentSite.displayDate(AssessmentSite.today())
                                + ": Goals met (" + therapist.fullName() + ")")),
                ProgramSite.notices(page).toString());
        assertFalse(page.contains("href=\"" + ProgramSite.editPath(id) + "\""), "no button to change an ended program");
        assertFalse(page.contains("action=\"" + ProgramSite.path(id) + "/end\""), "no form to end it again");

        // the builder of an ended program is not opened: the therapist is sent back with the reason
        String endedNoChanges = "This program has ended, so it cannot be changed. Start a new program instead.";
        Page refused = therapist.client().get(ProgramSite.editPath(id));
        assertEquals(303, refused.status());
        assertEquals(ProgramSite.path(id), refused.location());
        assertEquals(endedNoChanges, ProgramSite.flashAfter(therapist.client(), refused));
        // and a builder opened before the program ended is told it ended, not that someone else saved
        Page stale = ProgramSite.press(
                therapist.client(), openedBeforeTheEnd, Map.of(ProgramSite.field(0, "sets"), "5"), "save");
        assertEquals(303, stale.status(), stale.body());
        assertEquals(endedNoChanges, ProgramSite.flashAfter(therapist.client(), stale));
        assertEquals(1, ProgramSite.versions(server, id));
        assertEquals("ENDED", ProgramSite.stored(server, id).status());
        assertTrue(ProgramSite.items(ProgramSite.page(therapist.client(), id))
                .get(0)
                .amount()
                .startsWith("3 sets"));
    }
}
