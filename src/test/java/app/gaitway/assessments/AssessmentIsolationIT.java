package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSite.Stored;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.assessments.AssessmentSite.NO_SUCH_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clinics are walled off: for a therapist of another clinic, every address of a clinic's assessment (the draft
 * form, the signed record, saving, addenda, the report), starting an assessment for its patient and the
 * patient's comparison answer 404 exactly like an id that does not exist, change nothing and reveal nothing.
 */
@ExtendWith(SharedServer.class)
class AssessmentIsolationIT {

    @Test
    void anotherClinicGetsNotFoundExactlyLikeAMissingIdAndChangesNothing(GaitwayServer server) throws SQLException {
        Therapist clinicA = Therapists.ofNewClinic(server, "isolation-a");
        long patientId = Patients.register(clinicA.client(), "Isolde", "Walledoff");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("subjective.complaint", "Secret complaint of clinic A");
        values.put("subjective.pain_now", "6");
        values.put("strength.hip_abductors.right.grade", "3+");
        long finalId = AssessmentSite.finalized(clinicA.client(), patientId, values);
        assertEquals(
                303,
                AssessmentSite.addAddendum(clinicA.client(), finalId, "Clinic A's addendum")
                        .status());
        long draftId = AssessmentSite.start(clinicA.client(), patientId);
        assertEquals(
                303,
                AssessmentSite.save(clinicA.client(), draftId, values, "save").status());
        Stored finalBefore = AssessmentSite.stored(server, finalId);
        Stored draftBefore = AssessmentSite.stored(server, draftId);
        long assessmentsBefore = AssessmentSite.assessmentsOf(server, patientId);

        Therapist clinicB = Therapists.ofNewClinic(server, "isolation-b");
        WebClient b = clinicB.client();
        long userB = TestAccounts.idOf(server, clinicB.email());
        long ownPatientOfB = Patients.register(b, "Bert", "Otherclinic");

        // GET
        List<String> reads = List.of("/assessments/%d", "/assessments/%d/report");
        for (long target : List.of(finalId, draftId)) {
            for (String pattern : reads) {
                sameAsMissing(
                        b.get(pattern.formatted(target)),
                        b.get(pattern.formatted(NO_SUCH_ID)),
                        "GET " + pattern.formatted(target));
            }
        }
        sameAsMissing(
                b.get("/patients/" + patientId + "/assessments/comparison"),
                b.get("/patients/" + NO_SUCH_ID + "/assessments/comparison"),
                "GET the comparison of clinic A's patient");

        // POST, each with a valid token of B's own session and a complete, valid form
        Map<String, String> form = new LinkedHashMap<>(
                AssessmentSite.draftForm(b, AssessmentSite.start(b, ownPatientOfB)).fields().stream()
                        .collect(LinkedHashMap::new, (m, e) -> m.putIfAbsent(e.getKey(), e.getValue()), Map::putAll));
        form.put("subjective.complaint", "Overwritten by clinic B");
        for (long target : List.of(draftId, finalId)) {
            for (String action : List.of("save", "finalize")) {
                form.put(
                        "version",
                        String.valueOf(AssessmentSite.stored(server, target).version()));
                form.put("action", action);
                sameAsMissing(
                        b.post("/assessments/" + target, form),
                        b.post("/assessments/" + NO_SUCH_ID, form),
                        "POST " + action + " to /assessments/" + target);
            }
            Map<String, String> addendum = Map.of("_csrf", form.get("_csrf"), "addendum", "Clinic B was here");
            sameAsMissing(
                    b.post("/assessments/" + target + "/addenda", addendum),
                    b.post("/assessments/" + NO_SUCH_ID + "/addenda", addendum),
                    "POST an addendum to " + target);
            sameAsMissing(
                    b.get("/assessments/" + target + "/finalize"),
                    b.get("/assessments/" + NO_SUCH_ID + "/finalize"),
                    "GET the confirmation to finalize " + target);
            Map<String, String> sign = Map.of("_csrf", form.get("_csrf"), "version", form.get("version"));
            sameAsMissing(
                    b.post("/assessments/" + target + "/finalize", sign),
                    b.post("/assessments/" + NO_SUCH_ID + "/finalize", sign),
                    "POST finalize to " + target);
        }
        Map<String, String> token = Map.of("_csrf", form.get("_csrf"));
        sameAsMissing(
                b.post("/patients/" + patientId + "/assessments", token),
                b.post("/patients/" + NO_SUCH_ID + "/assessments", token),
                "POST start an assessment for clinic A's patient");

        assertEquals(finalBefore, AssessmentSite.stored(server, finalId), "clinic A's signed record is unchanged");
        assertEquals(
                draftBefore,
                AssessmentSite.stored(server, draftId),
                "clinic A's draft is unchanged (not finalized either)");
        assertEquals(1, AssessmentSite.addenda(server, finalId), "no addendum of clinic B");
        assertEquals(0, AssessmentSite.addenda(server, draftId));
        assertEquals(
                assessmentsBefore,
                AssessmentSite.assessmentsOf(server, patientId),
                "no assessment started for clinic A's patient");
        for (long target : List.of(finalId, draftId)) {
            assertFalse(
                    AssessmentSite.audit(server, target).stream()
                            .anyMatch(line -> Long.valueOf(userB).equals(line.userId())
                                    && !line.outcome().equals("DENIED")
                                    && !line.outcome().equals("FAILURE")),
                    "nothing of clinic A's assessment was viewed, printed or changed by clinic B: "
                            + AssessmentSite.audit(server, target));
        }

        // clinic A still sees all of it
        Page record = AssessmentSite.page(clinicA.client(), finalId);
        assertTrue(record.contains("Secret complaint of clinic A"));
        assertFalse(record.contains("Clinic B was here"));
        Page comparison = clinicA.client().get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status());
    }

    /** The foreign answer is a 404 page exactly like the one for a missing id, and shows nothing of the record. */
    private static void sameAsMissing(Page foreign, Page missing, String what) {
        assertEquals(404, missing.status(), what + " (the missing id)");
        assertEquals(404, foreign.status(), what + ":\n" + foreign.body());
        assertEquals(missing.heading(), foreign.heading(), what);
        assertEquals(missing.header("Content-Type"), foreign.header("Content-Type"), what);
        String expected = AssessmentSite.withoutToken(missing.body());
        // Compared whole, with no id swapped: a 404 names no id, and the clinic's random test name may hold any digits.
        String actual = AssessmentSite.withoutToken(foreign.body());
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 200);
        assertEquals(
                expected.substring(from, Math.min(expected.length(), at + 200)),
                actual.substring(from, Math.min(actual.length(), at + 200)),
                what + ": the same page as for a missing id");
        assertFalse(foreign.contains("Secret complaint"), what);
        assertFalse(foreign.contains("Isolde"), what);
        PageAssertions.assertNoInternals(foreign);
    }
}
