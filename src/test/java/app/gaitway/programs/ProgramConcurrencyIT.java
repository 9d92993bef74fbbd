package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite.HistoryEntry;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.Race;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two therapists of a clinic change the same program at once: the first save becomes the next version, the second
 * is told that someone else saved meanwhile, with everything they typed still in the builder, and never silently
 * replaces the first or makes a second version from the same one.
 */
@ExtendWith(SharedServer.class)
class ProgramConcurrencyIT {

    @Test
    void theSecondSaveFromTheSameVersionIsAConflictThatKeepsWhatWasTyped(GaitwayServer server) {
        Therapist a = Therapists.ofNewClinic(server, "program-conflict-a");
        Therapist b = Therapists.colleagueOf(server, a, "program-conflict-b");
        long patientId = Patients.register(a.client(), "Cora", "Concurrent");
        long clamshell = ExerciseSite.builtInId(a.client(), "Clamshell");
        long bridge = ExerciseSite.builtInId(a.client(), "Hip bridge");
        long id = ProgramSite.create(
                a.client(), patientId, "Hip strength", List.of(ProgramSite.item(clamshell), ProgramSite.item(bridge)));

        Form formOfA = ProgramSite.builderForm(ProgramSite.openEdit(a.client(), id));
        Form formOfB = ProgramSite.builderForm(ProgramSite.openEdit(b.client(), id));
        assertEquals(formOfA.get("baseVersion"), formOfB.get("baseVersion"), "both opened the same version");

        Page savedByA = ProgramSite.press(a.client(), formOfA, Map.of(ProgramSite.field(0, "sets"), "4"), "save");
        assertEquals(ProgramSite.path(id), savedByA.location(), savedByA.body());
        assertEquals(2, ProgramSite.versions(server, id));

        Map<String, String> typedByB = new LinkedHashMap<>();
        typedByB.put("title", "Hip strength, B's title");
        typedByB.put(ProgramSite.field(0, "reps"), "12");
        typedByB.put(ProgramSite.field(1, "reps"), "8-12");
        typedByB.put(ProgramSite.field(1, "note"), "B: squeeze your buttocks at the top.");
        Page conflict = ProgramSite.press(b.client(), formOfB, typedByB, "save");

        assertEquals(409, conflict.status(), conflict.body());
        PageAssertions.assertNoInternals(conflict);
        PageAssertions.assertInLayout(conflict);
        assertTrue(conflict.contains("Someone else saved this program meanwhile"), conflict.body());
        assertTrue(
                AssessmentSite.text(conflict.body())
                        .contains("Version 2 was saved while you were working. Your changes are"
                                + " still here, not saved."),
                conflict.body());
        Form shownToB = ProgramSite.builderForm(conflict);
        typedByB.forEach((k, v) -> assertEquals(v, shownToB.get(k), "B's typed value of " + k + " is kept"));
        assertEquals("3", shownToB.get(ProgramSite.field(0, "sets")), "B's builder shows B's values, not A's");
        assertEquals(List.of(clamshell, bridge), ProgramSite.exerciseIds(shownToB));
        assertEquals(
                String.valueOf(ProgramSite.stored(server, id).rowVersion()),
                shownToB.get("baseVersion"),
                "the builder now carries the version A saved");

        assertEquals(2, ProgramSite.versions(server, id), "exactly one new version");
        Page latest = ProgramSite.page(a.client(), id);
        assertEquals("Hip strength", latest.heading(), "A's version is the latest, untouched");
        assertTrue(
                ProgramSite.items(latest).get(0).amount().startsWith("4 sets"),
                ProgramSite.items(latest).toString());
        assertFalse(latest.contains("B: squeeze"));

        // B read what A changed and saves again, deliberately, from the 409 page
        Page savedByB = ProgramSite.press(b.client(), shownToB, "save");
        assertEquals(ProgramSite.path(id), savedByB.location(), savedByB.body());
        assertEquals(3, ProgramSite.versions(server, id));
        List<HistoryEntry> history = ProgramSite.history(ProgramSite.page(a.client(), id));
        assertEquals(
                List.of(3, 2, 1), history.stream().map(HistoryEntry::number).toList());
        assertTrue(
                history.get(0).saved().endsWith("by " + b.fullName()),
                history.get(0).saved());
        assertTrue(
                history.get(0).summary().contains("Clamshell: 4 \u2192 3 sets"),
                "B's version says it undoes A's change: " + history.get(0).summary());
    }

    @Test
    void savesArrivingAtTheSameMomentGiveOneNewVersionAndOneConflictNeverAnError(GaitwayServer server) {
        Therapist a = Therapists.ofNewClinic(server, "program-race-a");
        Therapist b = Therapists.colleagueOf(server, a, "program-race-b");
        long patientId = Patients.register(a.client(), "Rhea", "Race");
        long clamshell = ExerciseSite.builtInId(a.client(), "Clamshell");
        long id = ProgramSite.create(a.client(), patientId, "Race", List.of(ProgramSite.item(clamshell)));
        List<String> rounds = new ArrayList<>();
        try {
            for (int round = 1; round <= 6; round++) {
                Form formOfA = ProgramSite.builderForm(ProgramSite.openEdit(a.client(), id));
                Form formOfB = ProgramSite.builderForm(ProgramSite.openEdit(b.client(), id));
                long versionsBefore = ProgramSite.versions(server, id);
                formOfA.set(ProgramSite.field(0, "note"), "A round " + round)
                        .remove("action")
                        .add("action", "save");
                formOfB.set(ProgramSite.field(0, "note"), "B round " + round)
                        .remove("action")
                        .add("action", "save");
                List<Page> answers = Race.together(
                        () -> a.client().submit(formOfA), () -> b.client().submit(formOfB));
                Page pa = answers.get(0);
                Page pb = answers.get(1);
                rounds.add(pa.status() + "/" + pb.status());
                Page odd = pa.status() >= 500 ? pa : pb;
                int r = round;
                // built only on failure: regular expressions over a whole page cost seconds of processor time
                assertFalse(
                        pa.status() >= 500 || pb.status() >= 500,
                        () -> "round " + r + ": A " + pa.status() + ", B "
                                + pb.status() + "; an error page for a simultaneous save: " + odd.heading() + " "
                                + AssessmentSite.text(odd.body()
                                        .replaceAll("(?s).*<main", "<main")
                                        .replaceAll("(?s)</main>.*", "")));
                List<Integer> statuses = new ArrayList<>(List.of(pa.status(), pb.status()));
                statuses.sort(null);
                assertEquals(List.of(303, 409), statuses, "round " + round + ": one saves, the other is told");
                assertEquals(versionsBefore + 1, ProgramSite.versions(server, id), "exactly one save went through");
                String winner = pa.status() == 303 ? "A" : "B";
                assertEquals(
                        winner + " round " + round,
                        ProgramSite.items(ProgramSite.page(a.client(), id))
                                .get(0)
                                .note(),
                        "the winner's version is the latest, whole");
            }
        } finally {
            System.out.println("Simultaneous program saves (A/B): " + rounds);
        }
    }
}
