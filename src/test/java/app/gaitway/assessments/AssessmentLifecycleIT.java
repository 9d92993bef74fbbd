package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSite.AuditLine;
import app.gaitway.assessments.AssessmentSite.Stored;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An assessment's life: a draft saved and resumed later, finalized (signed with the therapist's name and time,
 * then locked: any further save or finalize answers 409 and changes nothing), dated addenda on the signed record
 * (an empty one refused, none on a draft), nothing ever deleted, and every view, change and print written to the
 * audit trail.
 */
@ExtendWith(SharedServer.class)
class AssessmentLifecycleIT {

    private static Map<String, String> firstVisit() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subjective.complaint", "Right knee pain going down stairs");
        v.put("subjective.pain_now", "6");
        v.put("subjective.pain_worst", "8");
        v.put("subjective.aggravating.stairs", "true");
        v.put("strength.hip_abductors.right.grade", "3+");
        v.put("strength.hip_abductors.left.grade", "5");
        v.put("rom.hip_extension.right.active", "10");
        v.put("gait.pelvic_drop.right", "moderate");
        v.put("lefs.item1", "2");
        return v;
    }

    @Test
    void aDraftIsSavedResumedFinalizedAndThenLocked(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "lifecycle");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Lena", "Lifecycle");
        long id = AssessmentSite.start(client, patientId);

        Page blank = AssessmentSite.page(client, id);
        assertEquals("Assessment (draft)", blank.heading());
        PageAssertions.assertInLayout(blank);
        Form form = AssessmentSite.draftForm(blank, id);
        assertEquals(AssessmentSite.today().toString(), form.get("visitDate"), "a new assessment is dated today");
        assertEquals("", form.get("subjective.pain_now"));
        assertEquals("DRAFT", AssessmentSite.stored(server, id).status());

        String visitDate = AssessmentSite.today().minusDays(2).toString();
        Map<String, String> typed = new LinkedHashMap<>(firstVisit());
        typed.put("visitDate", visitDate);
        Page saved = AssessmentSite.submit(client, form, typed, "save");
        assertEquals(303, saved.status(), saved.body());
        assertEquals(AssessmentSite.path(id), saved.location());
        Page afterSave = AssessmentSite.page(client, id);
        assertEquals("Draft saved.", AssessmentSite.flash(afterSave));
        assertEquals("Assessment (draft)", afterSave.heading(), "still a draft");

        // another day, another browser: the therapist signs in again and finds the draft as saved
        WebClient later = Staff.signedIn(server, therapist.email(), SharedServer.OWNER_PASSWORD);
        Page resumed = AssessmentSite.page(later, id);
        assertEquals("Assessment (draft)", resumed.heading());
        Form again = AssessmentSite.draftForm(resumed, id);
        firstVisit().forEach((k, v) -> assertEquals(v, again.get(k), "resumed draft holds " + k));
        assertEquals(visitDate, again.get("visitDate"));
        assertTrue(resumed.contains("href=\"/patients/" + patientId + "\""), "a way back to the patient");
        Page patient = later.get("/patients/" + patientId);
        assertTrue(patient.contains("href=\"/assessments/" + id + "\""), "the patient's history lists the draft");

        Map<String, String> more = Map.of("plan.assessment", "Hip abductor weakness loads the knee.");
        Page finalizedAnswer = AssessmentSite.submit(later, again, more, "finalize");
        assertEquals(303, finalizedAnswer.status(), finalizedAnswer.body());
        assertEquals(AssessmentSite.path(id) + "/finalize", finalizedAnswer.location(), "first the confirmation");
        assertEquals("DRAFT", AssessmentSite.stored(server, id).status(), "not signed before it is confirmed");
        assertEquals(
                "Hip abductor weakness loads the knee.",
                AssessmentSite.stored(server, id).values().get("plan.assessment"),
                "what was typed is saved as the draft");
        Page signedAnswer = AssessmentSite.confirmFinalize(later, id);
        assertEquals(303, signedAnswer.status(), signedAnswer.body());
        assertEquals(AssessmentSite.path(id), signedAnswer.location());
        Instant finalizedWhen = Instant.now();

        Stored locked = AssessmentSite.stored(server, id);
        assertEquals("FINAL", locked.status());
        assertEquals(therapist.fullName(), locked.finalizedByName());
        assertNotNull(locked.finalizedAt());
        assertTrue(
                Duration.between(locked.finalizedAt(), finalizedWhen).abs().toMinutes() < 5,
                "signed now: " + locked.finalizedAt());
        assertEquals("Hip abductor weakness loads the knee.", locked.values().get("plan.assessment"));
        assertEquals("6", locked.values().get("subjective.pain_now"), "the draft's values are in the signed record");

        Page record = AssessmentSite.page(later, id);
        PageAssertions.assertInLayout(record);
        assertTrue(
                AssessmentSite.flash(record).startsWith("The assessment was finalized and signed."),
                AssessmentSite.flash(record));
        assertEquals(
                "Assessment of "
                        + AssessmentSite.displayDate(AssessmentSite.today().minusDays(2)),
                record.heading());
        String signed = AssessmentSite.signedLine(record);
        assertNotNull(signed, "a signed line on the record:\n" + record.body());
        assertTrue(
                signed.startsWith("Finalized and signed by " + therapist.fullName() + " on "
                        + AssessmentSite.displayDate(AssessmentSite.today())),
                signed);
        assertFalse(record.contains("name=\"action\" value=\"save\""), "no save button on the signed record");
        assertFalse(record.contains("name=\"version\""), "no draft form on the signed record");
        assertTrue(
                AssessmentSite.findings(record).contains("Hip abduction: right 3+/5, left 5/5"),
                AssessmentSite.findings(record).toString());

        // a stale tab still holding the draft form posts it: refused with 409, nothing changes
        Map<String, String> overwrite = Map.of("subjective.pain_now", "1", "plan.assessment", "Changed after signing");
        for (String action : List.of("save", "finalize")) {
            Form stale = AssessmentSite.draftForm(afterSave, id);
            overwrite.forEach(stale::set);
            stale.remove("action").add("action", action);
            Page refused = client.submit(stale);
            assertEquals(409, refused.status(), action + " after finalizing:\n" + refused.body());
            PageAssertions.assertNoInternals(refused);
            assertTrue(
                    refused.contains("This assessment is finalized and locked. Add an addendum instead."),
                    refused.body());
            assertFalse(refused.contains("Changed after signing"), "the refused text is not shown as if saved");
            // and with the current version and a fresh token, as a hand-made request would
            Map<String, String> handMade = new LinkedHashMap<>();
            handMade.put("_csrf", AssessmentSite.page(later, id).csrfToken().orElseThrow());
            handMade.put("version", String.valueOf(locked.version()));
            handMade.put("visitDate", AssessmentSite.today().toString());
            handMade.putAll(overwrite);
            handMade.put("action", action);
            Page refusedToo = later.post(AssessmentSite.path(id), handMade);
            assertEquals(409, refusedToo.status(), action + " with the current version after finalizing");
            assertEquals(locked, AssessmentSite.stored(server, id), action + ": the signed record is unchanged");
        }
        Page stillSigned = AssessmentSite.page(later, id);
        assertEquals(signed, AssessmentSite.signedLine(stillSigned));
        assertFalse(stillSigned.contains("Changed after signing"));
    }

    @Test
    void addendaFollowTheSignedRecordWithAuthorAndDate(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "addenda");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Ada", "Addendum");

        long id = AssessmentSite.finalized(client, patientId, firstVisit());
        Page record = AssessmentSite.page(client, id);
        assertTrue(record.contains("No addenda yet."));

        for (String empty : List.of("", "   \n  ")) {
            Page refused = AssessmentSite.addAddendum(client, id, empty);
            assertEquals(400, refused.status(), "empty addendum '" + empty + "'");
            PageAssertions.assertNoInternals(refused);
            assertEquals("Write the addendum first.", AssessmentSite.errorBeside(refused, "addendum"));
            assertTrue(AssessmentSite.linkedToItsMessage(refused, "addendum"));
            assertNotNull(AssessmentSite.signedLine(refused), "the signed record around it");
        }
        Page tooLong = AssessmentSite.addAddendum(client, id, "x".repeat(5001));
        assertEquals(400, tooLong.status());
        String tooLongMessage = AssessmentSite.errorBeside(tooLong, "addendum");
        assertNotNull(tooLongMessage);
        assertTrue(
                tooLongMessage.replace(",", "").contains("5000")
                        && tooLongMessage.replace(",", "").contains("5001"),
                tooLongMessage);
        assertTrue(tooLong.contains("x".repeat(5001)), "the typed text comes back");
        assertEquals(0, AssessmentSite.addenda(server, id), "nothing stored from refused addenda");

        String first = "Patient phoned: pain 3/10 on stairs after a week of exercises.";
        Page added = AssessmentSite.addAddendum(client, id, "  " + first + "\n");
        assertEquals(303, added.status(), added.body());
        assertEquals(AssessmentSite.path(id) + "#addenda", added.location());
        Page withOne = AssessmentSite.page(client, id);
        assertEquals("Addendum added.", AssessmentSite.flash(withOne));
        String dated = AssessmentSite.displayDate(AssessmentSite.today());
        List<String> shown = AssessmentSite.addendaShown(withOne);
        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith(therapist.fullName() + ", " + dated), shown.get(0));
        assertTrue(shown.get(0).endsWith(": " + first), shown.get(0));

        Therapist colleague = Therapists.colleagueOf(server, therapist, "addenda-colleague");
        String second = "Reviewed with the referring doctor <Dr. O'Neil> & agreed.";
        assertEquals(
                303, AssessmentSite.addAddendum(colleague.client(), id, second).status());
        List<String> both = AssessmentSite.addendaShown(AssessmentSite.page(client, id));
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.get(0).endsWith(first), "oldest first: " + both);
        assertTrue(both.get(1).startsWith(colleague.fullName() + ", " + dated), both.get(1));
        assertTrue(both.get(1).endsWith(": " + second), "shown as written, escaped: " + both.get(1));
        assertEquals(2, AssessmentSite.addenda(server, id));
        assertEquals("FINAL", AssessmentSite.stored(server, id).status());

        Page report = client.get(AssessmentSite.path(id) + "/report");
        assertEquals(200, report.status());
        assertTrue(report.contains(first), "the report carries the addenda");
    }

    @Test
    void noNewAssessmentIsStartedForAnArchivedPatient(GaitwayServer server) throws SQLException {
        Therapist therapist = Therapists.ofNewClinic(server, "archived-start");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Archie", "Noneed");
        String patientPage = "/patients/" + patientId;
        PageAssertions.assertRedirect(patientPage, client.submit(patientPage, patientPage + "/archive", Map.of()));
        assertFalse(client.get(patientPage).contains("Start an assessment"), "the page offers no new assessment");

        // an old tab still showing the button
        Page refused = client.post(
                patientPage + "/assessments",
                Map.of("_csrf", client.get(patientPage).csrfToken().orElseThrow()));
        PageAssertions.assertRedirect(patientPage, refused);
        assertEquals(0, AssessmentSite.assessmentsOf(server, patientId), "nothing started");
        assertTrue(client.get(patientPage)
                .contains("This patient is archived. Restore the patient to record a new assessment."));

        PageAssertions.assertRedirect(patientPage, client.submit(patientPage, patientPage + "/restore", Map.of()));
        AssessmentSite.start(client, patientId);
        assertEquals(1, AssessmentSite.assessmentsOf(server, patientId), "once restored, a visit can be recorded");
    }

    @Test
    void anAddendumOnADraftIsRefusedAndTheDraftIsNotShownAsSigned(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "addenda-draft");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Dora", "Draftonly");
        long draft = AssessmentSite.start(client, patientId);
        assertEquals(
                303, AssessmentSite.save(client, draft, firstVisit(), "save").status());
        Page onDraft = AssessmentSite.addAddendum(client, draft, "Written too early");
        assertEquals(400, onDraft.status(), "an addendum on a draft is refused:\n" + onDraft.body());
        PageAssertions.assertNoInternals(onDraft);
        assertTrue(
                onDraft.contains("Addenda are added to finalized assessments; edit the draft instead."),
                onDraft.body());
        assertEquals(0, AssessmentSite.addenda(server, draft), "no addendum stored on the draft");
        assertEquals("DRAFT", AssessmentSite.stored(server, draft).status());
        Page stillDraft = AssessmentSite.page(client, draft);
        assertEquals("Assessment (draft)", stillDraft.heading(), "still an editable draft");
        // the refusal is drawn with the signed record's page, which words a draft as signed by nobody
        assertFalse(
                onDraft.contains("Finalized and signed by"),
                "a draft is never shown as signed: " + AssessmentSite.signedLine(onDraft));
    }

    @Test
    void nothingCanDeleteAnAssessmentOrAnAddendum(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "nodelete");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Nora", "Nodelete");
        long draft = AssessmentSite.start(client, patientId);
        assertEquals(
                303, AssessmentSite.save(client, draft, firstVisit(), "save").status());
        long id = AssessmentSite.finalized(client, patientId, firstVisit());
        assertEquals(
                303,
                AssessmentSite.addAddendum(client, id, "A note that must stay.").status());
        long addendumId =
                AssessmentSite.count(server, "SELECT MAX(id) FROM assessment_addendum WHERE assessment_id = ?", id);
        Stored draftBefore = AssessmentSite.stored(server, draft);
        Stored finalBefore = AssessmentSite.stored(server, id);
        String token = AssessmentSite.page(client, id).csrfToken().orElseThrow();

        for (long target : List.of(draft, id)) {
            String a = AssessmentSite.path(target);
            List<String[]> attempts = List.of(
                    new String[] {"DELETE", a},
                    new String[] {"PUT", a},
                    new String[] {"PATCH", a},
                    new String[] {"DELETE", a + "/addenda"},
                    new String[] {"DELETE", a + "/addenda/" + addendumId},
                    new String[] {"POST", a + "/delete"},
                    new String[] {"POST", a + "/remove"},
                    new String[] {"POST", a + "/archive"},
                    new String[] {"POST", a + "/addenda/" + addendumId + "/delete"},
                    new String[] {"POST", a + "/addenda/" + addendumId},
                    new String[] {"DELETE", "/patients/" + patientId + "/assessments"},
                    new String[] {"DELETE", "/patients/" + patientId + "/assessments/" + target},
                    new String[] {"POST", "/patients/" + patientId + "/assessments/" + target + "/delete"});
            for (String[] attempt : attempts) {
                // POSTs carry a valid token and a version, as a forged form would; other methods go as fetch() sends
                // them
                Page answer = client.send(
                        attempt[0],
                        attempt[1],
                        attempt[0].equals("POST") ? Map.of("_csrf", token, "version", "0") : Map.of());
                // Grizzly, the server's HTTP layer, refuses a body on a DELETE with a bare 400 before the app sees it;
                // without a body the app's FormMethodsOnlyFilter answers 405. Either way nothing is deleted.
                assertTrue(
                        answer.status() == 404
                                || answer.status() == 405
                                || (answer.status() == 400 && answer.heading().isEmpty()),
                        attempt[0] + " " + attempt[1] + " answers " + answer.status() + ":\n" + answer.body());
                PageAssertions.assertNoInternals(answer);
            }
        }
        assertEquals(draftBefore, AssessmentSite.stored(server, draft), "the draft stays as it was");
        assertEquals(finalBefore, AssessmentSite.stored(server, id), "the signed record stays as it was");
        assertEquals(1, AssessmentSite.addenda(server, id), "the addendum stays");
        assertEquals(2, AssessmentSite.assessmentsOf(server, patientId));
        List<String> shown = AssessmentSite.addendaShown(AssessmentSite.page(client, id));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).endsWith("A note that must stay."));
        assertFalse(AssessmentSite.page(client, id).body().toLowerCase().contains(">delete<"), "no delete button");
    }

    @Test
    void aDeleteWithAFormBodyIsRefusedAsNotAllowedToo(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "nodelete-body");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Bodie", "Nodelete");
        long id = AssessmentSite.finalized(client, patientId, firstVisit());
        Stored before = AssessmentSite.stored(server, id);
        String token = AssessmentSite.page(client, id).csrfToken().orElseThrow();
        Page answer = client.send("DELETE", AssessmentSite.path(id), Map.of("_csrf", token, "version", "0"));
        assertEquals(before, AssessmentSite.stored(server, id), "nothing deleted");
        // Grizzly, the server's HTTP layer, refuses a body on a DELETE with a bare 400 before the app sees it;
        // without a body the app's FormMethodsOnlyFilter answers 405. Either way nothing is deleted.
        assertTrue(
                answer.status() == 404
                        || answer.status() == 405
                        || (answer.status() == 400 && answer.heading().isEmpty()),
                "DELETE with a form body answers " + answer.status() + " (the same DELETE without a body answers 405): "
                        + answer.heading());
    }

    @Test
    void viewingSavingFinalizingAndPrintingAreAudited(GaitwayServer server) throws SQLException {
        Therapist therapist = Therapists.ofNewClinic(server, "audit");
        long userId = TestAccounts.idOf(server, therapist.email());
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Aud", "Itrail");

        long id = AssessmentSite.start(client, patientId);
        assertEquals(List.of("CHANGE"), AssessmentSite.auditActions(server, id), "starting is a change");

        Page draft = client.get(AssessmentSite.path(id));
        assertEquals(200, draft.status());
        assertEquals(List.of("VIEW"), since(server, id, 1), "opening the draft is a view");

        Page saved = AssessmentSite.submit(client, AssessmentSite.draftForm(draft, id), firstVisit(), "save");
        assertEquals(303, saved.status());
        assertEquals(List.of("CHANGE"), since(server, id, 2), "saving is a change");

        int n = AssessmentSite.audit(server, id).size();
        Form refusedForm = AssessmentSite.draftForm(client, id);
        n++; // the view
        Page refused = AssessmentSite.submit(client, refusedForm, Map.of("subjective.pain_now", "11"), "save");
        assertEquals(400, refused.status());
        assertEquals(List.of(), since(server, id, n), "a refused save changes nothing and records no change");

        Page finalized = AssessmentSite.submit(client, AssessmentSite.draftForm(client, id), Map.of(), "finalize");
        n++;
        assertEquals(303, finalized.status());
        assertEquals(List.of("CHANGE"), since(server, id, n), "pressing finalize saves the draft: a change");
        n++;
        assertEquals(303, AssessmentSite.confirmFinalize(client, id).status());
        assertEquals(List.of("VIEW", "CHANGE"), since(server, id, n), "the confirmation is a view, signing a change");
        n += 2;

        assertEquals(200, client.get(AssessmentSite.path(id)).status());
        assertEquals(List.of("VIEW"), since(server, id, n), "viewing the record is a view");
        n++;

        Page report = client.get(AssessmentSite.path(id) + "/report");
        assertEquals(200, report.status());
        assertEquals(List.of("PRINT"), since(server, id, n), "opening the printable report is recorded as PRINT");
        n++;

        long comparisonViews = AssessmentSite.auditCount(server, "assessment-comparison", patientId, "VIEW");
        assertEquals(
                200,
                client.get("/patients/" + patientId + "/assessments/comparison").status());
        assertEquals(
                comparisonViews + 1,
                AssessmentSite.auditCount(server, "assessment-comparison", patientId, "VIEW"),
                "viewing the comparison of the patient's assessments is a view");

        assertEquals(
                303,
                AssessmentSite.addAddendum(client, id, "Seen again; better.").status());
        n++; // the record page whose token the addendum used
        assertEquals(List.of("CHANGE"), since(server, id, n), "an addendum is a change");
        n++;

        Form stale = AssessmentSite.draftForm(draft, id);
        Page locked = AssessmentSite.submit(client, stale, Map.of("subjective.pain_now", "1"), "save");
        assertEquals(409, locked.status());
        assertFalse(since(server, id, n).contains("CHANGE"), "a refused change of a signed record is no change");

        List<AuditLine> all = AssessmentSite.audit(server, id);
        assertAll("every entry names the therapist and succeeded", all.stream().map(line -> () -> {
            assertEquals(userId, line.userId(), line.toString());
            assertEquals("SUCCESS", line.outcome(), line.toString());
        }));
        assertTrue(all.stream().map(AuditLine::action).toList().containsAll(List.of("VIEW", "CHANGE", "PRINT")));
    }

    /** The audit actions about the assessment after the first {@code skip} entries. */
    private static List<String> since(GaitwayServer server, long id, int skip) {
        List<String> actions = AssessmentSite.auditActions(server, id);
        return actions.subList(Math.min(skip, actions.size()), actions.size());
    }
}
