package app.gaitway.security;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.HeldFormSteps;
import app.gaitway.testing.NoDatabaseInvolved;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typing kept across sign-in, the ways a session really ends: the idle timeout, a real restart of the server,
 * and the time limit after which a kept form is gone. A server of its own with limits of seconds: 4 s idle,
 * forms kept 30 s.
 */
@NoDatabaseInvolved
class FormsKeptAcrossSignInIT {

    private static final Duration IDLE = Duration.ofSeconds(4);
    /**
     * Long enough for a sign-in right after a restart on a busy machine (a cold server took over 8 s), short
     * enough to wait out once.
     */
    private static final Duration KEPT = Duration.ofSeconds(30);

    private static final String COMPLAINT = "Typed while the session ran out: pain on stairs 7/10";

    private static GaitwayServer server;

    @BeforeAll
    static void startWithShortLimits() {
        server = GaitwayServer.start(
                "kept-forms",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        SharedServer.OWNER_PASSWORD,
                        "GAITWAY_TRUST_PROXY",
                        "true",
                        "GAITWAY_SESSION_IDLE_SECONDS",
                        String.valueOf(IDLE.toSeconds()),
                        "GAITWAY_HELD_FORM_SECONDS",
                        String.valueOf(KEPT.toSeconds())));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Draft(Therapist therapist, long id, Form filled) {}

    private static Draft typedAssessment(String label) {
        Therapist therapist = Therapists.ofNewClinic(server, label);
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, Patients.register(client, "Ida", "Idle"));
        Form filled = AssessmentSite.draftForm(client, id)
                .set("subjective.complaint", COMPLAINT)
                .set("plan.plan", "Step-down retraining")
                .remove("action")
                .add("action", "save");
        return new Draft(therapist, id, filled);
    }

    @Test
    void typingPostedAfterTheIdleTimeoutComesBackAfterSigningIn() throws InterruptedException {
        Draft draft = typedAssessment("kept-idle");
        WebClient client = draft.therapist().client();

        Thread.sleep(IDLE.plusSeconds(1).toMillis());
        Page posted = client.submit(draft.filled());
        assertEquals(303, posted.status());
        assertEquals("/login?ended=timeout", posted.location());
        Page login = client.get(posted.location());
        assertTrue(login.contains("You were signed out because the session ended."), login.body());
        assertTrue(login.contains(HeldFormSteps.WAITING), login.body());
        Page mistyped = client.login(draft.therapist().email(), "not the password at all");
        assertEquals(401, mistyped.status());
        assertTrue(mistyped.contains(HeldFormSteps.WAITING), "still kept after a mistyped password");

        assertEquals(
                AssessmentSite.path(draft.id()),
                HeldFormSteps.signIn(client, draft.therapist().email(), SharedServer.OWNER_PASSWORD));
        HeldFormSteps.assertGivenBack(client, AssessmentSite.path(draft.id()), draft.filled());
        assertFalse(
                AssessmentSite.stored(server, draft.id()).values().containsKey("subjective.complaint"),
                "nothing saved");
    }

    @Test
    void typingPostedAfterARealRestartComesBackAfterSigningIn() {
        Draft draft = typedAssessment("kept-restart");
        WebClient client = draft.therapist().client();

        server.close();
        server = server.restart();
        Page posted = client.submit(draft.filled());
        assertEquals(303, posted.status());
        assertEquals("/login", posted.location(), "the old session is gone");
        assertTrue(client.get("/login").contains(HeldFormSteps.WAITING), "kept by the new server");

        assertEquals(
                AssessmentSite.path(draft.id()),
                HeldFormSteps.signIn(client, draft.therapist().email(), SharedServer.OWNER_PASSWORD));
        HeldFormSteps.assertGivenBack(client, AssessmentSite.path(draft.id()), draft.filled());
        assertFalse(
                AssessmentSite.stored(server, draft.id()).values().containsKey("subjective.complaint"),
                "nothing saved");
    }

    @Test
    void aKeptFormIsGoneAfterTheTimeLimit() throws InterruptedException {
        Draft draft = typedAssessment("kept-expired");
        WebClient client = draft.therapist().client();

        HeldFormSteps.postAfterRestart(client, draft.filled());
        Thread.sleep(KEPT.plusSeconds(2).toMillis());
        assertFalse(client.get("/login").contains(HeldFormSteps.WAITING), "no longer kept");

        assertEquals("/", HeldFormSteps.signIn(client, draft.therapist().email(), SharedServer.OWNER_PASSWORD));
        HeldFormSteps.assertNotGivenBack(AssessmentSite.page(client, draft.id()), List.of(COMPLAINT));
    }

    @Test
    void typedTextNeverReachesTheServerLog() throws IOException {
        Draft draft = typedAssessment("kept-log");
        WebClient client = draft.therapist().client();
        String secret = "Unlogged clinical detail " + System.nanoTime();
        HeldFormSteps.postAfterRestart(client, draft.filled().set("plan.assessment", secret));
        HeldFormSteps.signIn(client, draft.therapist().email(), SharedServer.OWNER_PASSWORD);
        assertTrue(client.get(AssessmentSite.path(draft.id())).contains(secret));

        assertFalse(Files.readString(server.log()).contains(secret), "typed text in the server log");
    }
}
