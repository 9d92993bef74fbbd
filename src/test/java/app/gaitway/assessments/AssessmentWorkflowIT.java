package app.gaitway.assessments;

import app.gaitway.testdata.Patients;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment workflow over HTTP: a follow-up starts from the previous visit's set-up (body weight, force unit,
 * test positions) with every measurement blank and says where the values came from; "Finalize and sign" asks first,
 * on a page of its own that says what will lock (a plain form, no script); a draft saved by someone else meanwhile is
 * not signed unseen; and a change of a signed assessment is refused with the lock as the page's message.
 */
@ExtendWith(SharedServer.class)
class AssessmentWorkflowIT {

    private static Map<String, String> firstVisit() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subjective.pain_now", "6");
        v.put("strength.body_weight_kg", "72.5");
        v.put("strength.force_unit", "kg");
        v.put("strength.hip_abductors.position", "Side-lying, belt-fixed");
        v.put("strength.knee_extensors.position", "Seated, 90 degrees");
        v.put("strength.hip_abductors.right.grade", "3+");
        v.put("strength.hip_abductors.right.force", "14.2");
        v.put("rom.hip_flexion.right.active", "110");
        v.put("plan.plan", "Hip abductor strengthening");
        return v;
    }

    @Test
    void aFollowUpStartsFromThePreviousVisitsSetUpWithEveryMeasurementBlank(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "followup");
        WebClient c = t.client();
        long patientId = Patients.register(c, "Fiona", "Followup");

        long first = AssessmentSite.start(c, patientId);
        Page blank = AssessmentSite.page(c, first);
        assertFalse(blank.contains("Carried over from"), "a first assessment starts blank, with no notice");
        Map<String, String> typed = new LinkedHashMap<>(firstVisit());
        typed.put("visitDate", AssessmentSite.today().minusDays(21).toString());
        assertEquals(
                303,
                AssessmentSite.submit(c, AssessmentSite.draftForm(blank, first), typed, "finalize")
                        .status());
        assertEquals(303, AssessmentSite.confirmFinalize(c, first).status());

        long second = AssessmentSite.start(c, patientId);
        Page followUp = AssessmentSite.page(c, second);
        Form form = AssessmentSite.draftForm(followUp, second);
        assertEquals("72.5", form.get("strength.body_weight_kg"));
        assertEquals("kg", selected(followUp, "strength.force_unit"));
        assertEquals("Side-lying, belt-fixed", form.get("strength.hip_abductors.position"));
        assertEquals("Seated, 90 degrees", form.get("strength.knee_extensors.position"));
        for (String measured : new String[] {
            "subjective.pain_now",
            "strength.hip_abductors.right.grade",
            "strength.hip_abductors.right.force",
            "rom.hip_flexion.right.active",
            "plan.plan"
        }) {
            assertEquals("", form.get(measured), measured + " starts blank");
        }
        assertEquals(AssessmentSite.today().toString(), form.get("visitDate"), "dated today");
        assertEquals(
                "Carried over from the assessment of "
                        + AssessmentSite.displayDate(AssessmentSite.today().minusDays(21))
                        + ": body weight, force unit and the test positions of 2 muscle groups. Check them; every"
                        + " measurement starts blank.",
                notice(followUp));
        assertEquals(
                Map.of(
                        "strength.body_weight_kg",
                        "72.5",
                        "strength.force_unit",
                        "kg",
                        "strength.hip_abductors.position",
                        "Side-lying, belt-fixed",
                        "strength.knee_extensors.position",
                        "Seated, 90 degrees"),
                AssessmentSite.stored(server, second).values(),
                "stored as the draft's values");

        // the therapist changes the weight: the notice still says where the rest came from, the new weight is kept
        assertEquals(
                303,
                AssessmentSite.save(c, second, Map.of("strength.body_weight_kg", "70"), "save")
                        .status());
        Page saved = AssessmentSite.page(c, second);
        assertEquals("70", AssessmentSite.draftForm(saved, second).get("strength.body_weight_kg"));
        assertTrue(notice(saved).startsWith("Carried over from the assessment of"), notice(saved));
        assertEquals(
                "72.5",
                AssessmentSite.stored(server, first).values().get("strength.body_weight_kg"),
                "the signed first visit is untouched");
    }

    @Test
    void finalizingAsksFirstAndSaysWhatWillLock(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "finalize-confirm");
        WebClient c = t.client();
        long patientId = Patients.register(c, "Carl", "Confirm");
        long id = AssessmentSite.start(c, patientId);

        Page asked = AssessmentSite.save(c, id, Map.of("subjective.pain_now", "5", "plan.plan", "Bridges"), "finalize");
        assertEquals(303, asked.status(), asked.body());
        assertEquals(AssessmentSite.path(id) + "/finalize", asked.location());
        AssessmentSite.Stored draft = AssessmentSite.stored(server, id);
        assertEquals("DRAFT", draft.status(), "nothing is signed by the first press");
        assertEquals("5", draft.values().get("subjective.pain_now"), "what was typed is saved as the draft");

        Page confirm = c.get(AssessmentSite.path(id) + "/finalize");
        assertEquals(200, confirm.status());
        PageAssertions.assertInLayout(confirm);
        assertEquals("Finalize and sign this assessment?", confirm.heading());
        String text = AssessmentSite.text(confirm.body());
        assertTrue(
                text.contains("You sign the assessment of Carl Confirm for the visit of "
                        + AssessmentSite.displayDate(AssessmentSite.today()) + ", as " + t.fullName()),
                text);
        assertTrue(text.contains("nobody can change its values or its visit date, not even you"), text);
        assertTrue(text.contains("Filled in: Subjective, Assessment and plan."), text);
        assertTrue(
                text.contains(
                        "Left empty, and empty for good once signed: Gait and movement, Strength, Range of motion,"
                                + " Special tests, Performance tests, Lower Extremity Functional Scale (LEFS),"
                                + " Patient-Specific Functional Scale (PSFS), Anterior Knee Pain Scale (Kujala)."),
                text);
        assertFalse(confirm.body().contains("<script"), "no script needed to confirm");

        // a questionnaire taken off the patient's list was never on the form: not named as left empty
        Page chosen = c.submit(
                "/patients/" + patientId + "/measures",
                "/patients/" + patientId + "/measures",
                Map.of("measure", "lefs"));
        assertEquals(303, chosen.status(), chosen.body());
        String withoutKneeScales =
                AssessmentSite.text(c.get(AssessmentSite.path(id) + "/finalize").body());
        assertTrue(
                withoutKneeScales.contains(
                        "Performance tests, Lower Extremity Functional Scale (LEFS). Finalize and sign"),
                withoutKneeScales);
        confirm = c.get(AssessmentSite.path(id) + "/finalize");
        Form sign = confirm.form(AssessmentSite.path(id) + "/finalize");
        assertTrue(sign.get("_csrf") != null && !sign.get("_csrf").isEmpty(), "the form carries the CSRF token");
        assertTrue(confirm.contains("href=\"" + AssessmentSite.path(id) + "\""), "a way back to the draft");

        // going back changes nothing; a post without the token signs nothing
        assertEquals("Assessment (draft)", AssessmentSite.page(c, id).heading());
        Page forged = c.post(AssessmentSite.path(id) + "/finalize", Map.of("version", sign.get("version")));
        assertEquals(403, forged.status());
        assertEquals("DRAFT", AssessmentSite.stored(server, id).status());

        Page signed = c.submit(sign);
        assertEquals(303, signed.status(), signed.body());
        assertEquals(AssessmentSite.path(id), signed.location());
        assertEquals("FINAL", AssessmentSite.stored(server, id).status());
        Page record = AssessmentSite.page(c, id);
        assertTrue(AssessmentSite.flash(record).startsWith("The assessment was finalized and signed."));
        PageAssertions.assertRedirect(AssessmentSite.path(id), c.get(AssessmentSite.path(id) + "/finalize"));

        // the same confirmation again (a second tab): the lock, as the page's message
        Page again = c.submit(sign);
        assertEquals(409, again.status());
        assertEquals("This assessment is finalized and locked. Add an addendum instead.", pageNotice(again));
    }

    @Test
    void aDraftSavedByAColleagueAfterTheConfirmationOpenedIsNotSignedUnseen(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "finalize-stale");
        Therapist colleague = Therapists.colleagueOf(server, t, "finalize-stale-colleague");
        long patientId = Patients.register(t.client(), "Stella", "Stale");
        long id = AssessmentSite.start(t.client(), patientId);
        assertEquals(
                303,
                AssessmentSite.save(t.client(), id, Map.of("subjective.pain_now", "4"), "finalize")
                        .status());
        Form sign = t.client().get(AssessmentSite.path(id) + "/finalize").form(AssessmentSite.path(id) + "/finalize");

        assertEquals(
                303,
                AssessmentSite.save(colleague.client(), id, Map.of("subjective.pain_now", "8"), "save")
                        .status());
        Page refused = t.client().submit(sign);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("DRAFT", AssessmentSite.stored(server, id).status(), "not signed");
        assertTrue(
                refused.contains("Not signed: someone saved this draft after you asked to sign it."), refused.body());
        assertEquals("8", AssessmentSite.draftForm(refused, id).get("subjective.pain_now"), "the draft as saved now");
    }

    @Test
    void aStaleSaveOfASignedAssessmentShowsTheLockAsThePagesMessage(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "lock-message");
        WebClient c = t.client();
        long patientId = Patients.register(c, "Lock", "Message");
        long id = AssessmentSite.start(c, patientId);
        Form staleTab = AssessmentSite.draftForm(c, id);
        assertEquals(
                303,
                AssessmentSite.save(c, id, Map.of("subjective.pain_now", "3"), "finalize")
                        .status());
        assertEquals(303, AssessmentSite.confirmFinalize(c, id).status());

        for (String action : new String[] {"save", "finalize"}) {
            Page refused = AssessmentSite.submit(c, staleTab, Map.of("subjective.pain_now", "9"), action);
            assertEquals(409, refused.status(), action);
            PageAssertions.assertNoInternals(refused);
            assertEquals(
                    "This assessment is finalized and locked. Add an addendum instead.", pageNotice(refused), action);
            assertNull(AssessmentSite.errorBeside(refused, "addendum"), "no error on the addendum field");
            assertFalse(
                    AssessmentSite.control(refused, "addendum").contains("aria-invalid"),
                    "the addendum field is not marked");
            assertNotNullSigned(refused);
        }
        assertEquals("3", AssessmentSite.stored(server, id).values().get("subjective.pain_now"));
    }

    private static void assertNotNullSigned(Page page) {
        assertTrue(AssessmentSite.signedLine(page) != null, "the signed record around the message");
    }

    /** The page-level message (role=alert in the flash area), or null. */
    private static String pageNotice(Page page) {
        Matcher m = Pattern.compile("<p class=\"flash flash--attention\" role=\"alert\">(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? AssessmentSite.text(m.group(1)) : null;
    }

    private static String notice(Page page) {
        Matcher m = Pattern.compile("<p class=\"notice assessment-carried\">(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? AssessmentSite.text(m.group(1)) : "";
    }

    /** The selected option of a select, as the page renders it. */
    private static String selected(Page page, String id) {
        Matcher select = Pattern.compile(
                        "<select[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(select.find(), "no select " + id);
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"")
                .matcher(select.group(1));
        return option.find() ? option.group(1) : "";
    }
}
