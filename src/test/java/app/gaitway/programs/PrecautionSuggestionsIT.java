package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A precaution recorded in the assessment's safety screen shapes the builder: an exercise it rules out is not
 * suggested, and the builder says why; added by hand anyway, it is warned about beside the item, and the warning
 * is kept with the saved version. A red flag without a decision puts a banner on the patient page and the builder
 * until the therapist records one.
 */
@ExtendWith(SharedServer.class)
class PrecautionSuggestionsIT {

    private static final String WITHHELD =
            "Not suggested: hip replacement (posterior approach, right, 6 weeks): bends the hip past 90\u00b0";
    private static final String BANNER = "Refer or get a medical review before exercise";

    @Test
    void aPosteriorHipReplacementWithholdsDeepFlexionAndAManualAddIsWarnedAndRecorded(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "precautions");
        long patientId = Patients.register(therapist.client(), "Hilda", "Hipson");
        long assessmentId = AssessmentSite.start(therapist.client(), patientId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("screen.hip_replacement.approach", "posterior");
        values.put("screen.hip_replacement.side", "right");
        values.put(
                "screen.hip_replacement.date",
                AssessmentSite.today().minusWeeks(6).toString());
        values.put("rom.hip_flexion.right.active", "80");
        values.put("rom.hip_flexion.left.active", "120");
        values.put("strength.hip_abductors.right.grade", "3");
        values.put("strength.hip_abductors.left.grade", "4");
        Page saved = AssessmentSite.save(therapist.client(), assessmentId, values, "save");
        assertEquals(303, saved.status(), saved.body());

        long kneeToChest = ExerciseSite.builtInId(therapist.client(), "Knee to chest stretch");
        Page builder = ProgramSite.openBuilder(therapist.client(), patientId);
        assertTrue(builder.body().contains(WITHHELD), "the builder says why the stretch is left out");
        assertFalse(
                builder.body().contains("value=\"pick-" + kneeToChest + "\""), "the stretch has no suggestion button");
        assertTrue(builder.body().contains("Add the top picks"));
        long clamshell = ExerciseSite.builtInId(therapist.client(), "Clamshell");
        assertTrue(builder.body().contains("value=\"pick-" + clamshell + "\""), "abductor work is still suggested");
        assertFalse(builder.body().contains(BANNER), "no red flag, no banner");

        Page added = ProgramSite.add(therapist.client(), ProgramSite.builderForm(builder), kneeToChest);
        assertTrue(
                ProgramSite.notice(added)
                        .contains(
                                "Caution: hip replacement (posterior approach, right, 6 weeks): bends the hip past 90\u00b0"),
                ProgramSite.notice(added));
        assertTrue(
                added.body().contains("Caution: conflicts with a recorded precaution"), "the item carries the warning");

        Form form =
                ProgramSite.builderForm(added).set("title", "Hip: first weeks").set("clinicPhone", ProgramSite.PHONE);
        Page created = ProgramSite.press(therapist.client(), form, "save");
        assertEquals(303, created.status(), "the therapist may keep it:\n" + created.body());
        long programId = ProgramSite.idOf(created);
        String recorded = precautionWarnings(server, programId, 1);
        assertEquals(
                "Knee to chest stretch: hip replacement (posterior approach, right, 6 weeks): bends the hip past 90\u00b0",
                recorded);
        assertTrue(
                ProgramSite.page(therapist.client(), programId).body().contains("Kept despite a recorded precaution"));
    }

    @Test
    void addTheTopPicksAddsOneSafeExercisePerGroup(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "top-picks");
        long patientId = Patients.register(therapist.client(), "Tom", "Picks");
        long assessmentId = AssessmentSite.start(therapist.client(), patientId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("strength.hip_abductors.right.grade", "2");
        values.put("strength.hip_abductors.left.grade", "4");
        values.put("subjective.pain_now", "8");
        assertEquals(
                303,
                AssessmentSite.save(therapist.client(), assessmentId, values, "save")
                        .status());

        Page builder = ProgramSite.openBuilder(therapist.client(), patientId);
        assertTrue(builder.body().contains("Pain 8/10 now: start low."), "the lower dose is said");
        Page picked = ProgramSite.press(therapist.client(), ProgramSite.builderForm(builder), "picks");
        assertEquals(200, picked.status());
        assertEquals(
                "Lying hip slide out",
                ProgramSite.builderItemNames(picked).get(0),
                "gravity-eliminated work for grade 2");
        Form form = ProgramSite.builderForm(picked);
        assertEquals("Started low for pain", form.get(ProgramSite.field(0, "note")));
        assertEquals("1", form.get(ProgramSite.field(0, "sets")), "one set fewer than the library's 2");
    }

    @Test
    void aRedFlagPutsABannerOnThePatientAndTheBuilderUntilADecisionIsRecorded(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "red-flags");
        long patientId = Patients.register(therapist.client(), "Rita", "Redflag");
        long assessmentId = AssessmentSite.start(therapist.client(), patientId);
        assertEquals(
                303,
                AssessmentSite.save(therapist.client(), assessmentId, Map.of("screen.red.dvt", "true"), "save")
                        .status());

        assertTrue(therapist.client().get("/patients/" + patientId).body().contains(BANNER));
        assertTrue(ProgramSite.openBuilder(therapist.client(), patientId).body().contains(BANNER));

        Page refused =
                AssessmentSite.save(therapist.client(), assessmentId, Map.of("screen.red.decision", "cleared"), "save");
        assertEquals(400, refused.status(), "safe to exercise needs its reason");
        assertEquals(
                "Say why exercise is safe, or who reviewed the patient.",
                AssessmentSite.errorBeside(refused, "screen.red.decision_note"));

        Map<String, String> decided = Map.of("screen.red.decision", "referred", "screen.red.decision_note", "GP today");
        assertEquals(
                303,
                AssessmentSite.save(therapist.client(), assessmentId, decided, "save")
                        .status());
        assertFalse(therapist.client().get("/patients/" + patientId).body().contains(BANNER));
        assertFalse(
                ProgramSite.openBuilder(therapist.client(), patientId).body().contains(BANNER));
    }

    private static String precautionWarnings(GaitwayServer server, long programId, int number) {
        try (Connection db = server.openDatabase();
                PreparedStatement q = db.prepareStatement(
                        "SELECT precaution_warnings FROM program_version WHERE program_id = ? AND number = ?")) {
            q.setLong(1, programId);
            q.setInt(2, number);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
