package app.gaitway.security;

import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static app.gaitway.testing.PageAssertions.assertRedirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session is kept by its cookie alone: a valid session id in the address ({@code ;jsessionid=}) opens nothing for
 * a browser without that cookie (it is sent back to the address without the id, and from there to sign-in), and no
 * page, link or redirect ever puts a session id into an address.
 */
@ExtendWith(SharedServer.class)
class UrlSessionIdIT {

    @Test
    void aValidSessionIdInTheAddressOpensNoPage(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "url-session");
        long patient = Patients.register(therapist.client(), "Ottoline", "Quarrington");
        String session = therapist.client().sessionCookie().orElseThrow();
        String path = "/patients/" + patient;
        assertEquals(200, therapist.client().get(path).status(), "the therapist's own browser sees the page");

        for (String borrowed : List.of(
                path + ";jsessionid=" + session, "/patients;jsessionid=" + session, "/;jsessionid=" + session)) {
            WebClient stranger = new WebClient(server);
            Page answer = stranger.get(borrowed);
            assertEquals(303, answer.status(), borrowed + " answered:\n" + answer.body());
            assertFalse(answer.contains("Quarrington"), "no patient data");
            String without = answer.location();
            assertFalse(without.contains("jsessionid"), without);
            assertTrue(
                    stranger.get(without).location().startsWith("/login"),
                    "without the cookie, the address leads to sign-in");
        }
        assertRedirect(
                path + "?tab=notes",
                new WebClient(server).get(path + ";jsessionid=" + session + "?tab=notes"),
                "the query is kept");
        assertEquals(200, therapist.client().get(path).status(), "the session itself goes on in its own browser");
    }

    /** The redirect that drops the id never leads off the site, however the address starts. */
    @Test
    void theRedirectStaysOnTheSite(GaitwayServer server) {
        WebClient owner = new WebClient(server);
        assertEquals(
                303,
                owner.login(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD)
                        .status());
        String session = owner.sessionCookie().orElseThrow();
        Page answer = new WebClient(server).get("//elsewhere.example/x;jsessionid=" + session);
        assertEquals(303, answer.status());
        assertEquals("/elsewhere.example/x", answer.header("Location").orElseThrow());
    }

    @Test
    void noPageOrRedirectPutsTheSessionIdIntoAnAddress(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        // the very first answer, before the server knows whether the browser keeps cookies
        assertNoSessionIdIn(browser.get("/login"));
        assertNoSessionIdIn(browser.get("/patients"));
        Page signedIn = browser.login(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);
        assertNoSessionIdIn(signedIn);
        Therapist therapist = Therapists.ofNewClinic(server, "no-url-session");
        long patient = Patients.register(therapist.client(), "Ottoline", "Quarrington");
        for (String path : List.of("/", "/patients", "/patients/" + patient, "/exercises", "/no-such-page")) {
            assertNoSessionIdIn(therapist.client().get(path));
        }
        assertNoSessionIdIn(browser.get("/admin/users"));
        assertNoSessionIdIn(browser.logout());
    }

    private static void assertNoSessionIdIn(Page page) {
        String body = page.body().toLowerCase(Locale.ROOT);
        assertFalse(body.contains("jsessionid"), "a session id in the page:\n" + page.body());
        page.header("Location")
                .ifPresent(location ->
                        assertFalse(location.toLowerCase(Locale.ROOT).contains("jsessionid"), location));
    }
}
