package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSite.Stored;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.HeldFormSteps;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An assessment typed while the session ended (here: the server lost it, as at a restart) is not lost on
 * Save: after signing in again the same therapist gets the form back as typed, with a message, and nothing
 * saved until they press Save again. Another user signing in on the same browser never sees it.
 */
@ExtendWith(SharedServer.class)
class AssessmentKeptAcrossSignInIT {

    /** A long clinical note, with characters beyond ASCII, as typed. */
    private static final String LONG_NOTE = "Läuft mit Schmerz 6/10 – worse on stairs. ".repeat(60);

    private static Map<String, String> typing() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subjective.complaint", "Right knee pain going down stairs since March");
        v.put("subjective.pain_now", "6");
        v.put("subjective.aggravating.stairs", "true");
        v.put("strength.hip_abductors.right.grade", "3+");
        v.put("gait.pelvic_drop.right", "moderate");
        v.put("lefs.item1", "2");
        v.put("plan.assessment", LONG_NOTE);
        v.put("plan.plan", "Hip abductor strengthening, step-down retraining");
        return v;
    }

    private static Form filled(WebClient client, long id) {
        Form form = AssessmentSite.draftForm(client, id);
        typing().forEach(form::set);
        return form.remove("action").add("action", "save");
    }

    @Test
    void theSameTherapistGetsEverythingTypedBackAndNothingIsSavedUntilSave(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "kept");
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, Patients.register(client, "Kira", "Kept"));
        Stored before = AssessmentSite.stored(server, id);
        Form filled = filled(client, id);

        HeldFormSteps.postAfterRestart(client, filled);
        assertEquals(
                AssessmentSite.path(id), HeldFormSteps.signIn(client, therapist.email(), SharedServer.OWNER_PASSWORD));
        Page back = HeldFormSteps.assertGivenBack(client, AssessmentSite.path(id), filled);

        Stored after = AssessmentSite.stored(server, id);
        assertEquals(before.version(), after.version(), "nothing saved");
        assertEquals(before.values(), after.values(), "nothing saved");

        // given once: a reload shows the saved draft
        HeldFormSteps.assertNotGivenBack(
                AssessmentSite.page(client, id), List.of("Right knee pain going down stairs since March"));

        // Save on the form given back saves it, with the new session's token
        Page saved = client.submit(
                AssessmentSite.draftForm(back, id).remove("action").add("action", "save"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(
                LONG_NOTE.strip(),
                AssessmentSite.stored(server, id).values().get("plan.assessment"),
                "saved as stored notes are: stripped");
    }

    @Test
    void anotherUserSigningInOnTheSameBrowserNeverSeesIt(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "kept-other");
        Therapist colleague = Therapists.colleagueOf(server, therapist, "kept-colleague");
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, Patients.register(client, "Olga", "Other"));
        Form filled = filled(client, id);

        HeldFormSteps.postAfterRestart(client, filled);
        assertEquals(
                "/",
                HeldFormSteps.signIn(client, colleague.email(), Therapists.COLLEAGUE_PASSWORD),
                "the colleague is not sent to the form");
        Page seenByColleague = AssessmentSite.page(client, id);
        HeldFormSteps.assertNotGivenBack(
                seenByColleague, List.of("Right knee pain going down stairs since March", "Läuft mit Schmerz"));

        // and it is gone for good: the owner signing in there afterwards does not get it either
        client.logout();
        assertEquals("/", HeldFormSteps.signIn(client, therapist.email(), SharedServer.OWNER_PASSWORD));
        HeldFormSteps.assertNotGivenBack(
                AssessmentSite.page(client, id), List.of("Right knee pain going down stairs since March"));
        assertFalse(AssessmentSite.stored(server, id).values().containsKey("plan.assessment"), "nothing saved");
    }

    @Test
    void aFormWithoutItsSealedOwnerIsNotKept(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "kept-unsealed");
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, Patients.register(client, "Uma", "Unsealed"));
        Form forged = filled(client, id).set("_formOwner", "1.1772438400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        client.forgetSession();
        Page posted = client.submit(forged);
        assertEquals("/login", posted.location());
        assertFalse(client.get("/login").contains(HeldFormSteps.WAITING));
        assertEquals("/", HeldFormSteps.signIn(client, therapist.email(), SharedServer.OWNER_PASSWORD));
    }
}
