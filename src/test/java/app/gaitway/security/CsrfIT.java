package app.gaitway.security;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertInLayout;
import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.SharedServer.OWNER_EMAIL;
import static app.gaitway.testing.SharedServer.OWNER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every state-changing request must carry the token of the user's own session. */
@ExtendWith(SharedServer.class)
class CsrfIT {

    /** A password change that would be refused anyway (the two new passwords differ). */
    private static final Map<String, String> HARMLESS_PASSWORD_CHANGE = Map.of(
            "currentPassword", OWNER_PASSWORD,
            "newPassword", "a brand new passphrase",
            "newPasswordRepeat", "a different passphrase");

    private static WebClient signedIn(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(OWNER_EMAIL, OWNER_PASSWORD));
        return browser;
    }

    private static void assertRefused(WebClient.Page page) {
        assertEquals(403, page.status(), page.body());
        assertEquals("Not allowed", page.heading());
        assertTrue(page.contains("This form had expired or did not come from Gaitway"), page.body());
        assertInLayout(page);
        assertNoInternals(page);
    }

    @Test
    void aSignInWithoutTokenIsRefused(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        browser.get("/login");
        assertRefused(browser.post("/login", Map.of("email", OWNER_EMAIL, "password", OWNER_PASSWORD)));
        assertRedirect("/login", browser.get("/"));

        assertRefused(new WebClient(server).post("/login", Map.of("email", OWNER_EMAIL, "password", OWNER_PASSWORD)));
    }

    @Test
    void aLogoutWithoutTokenIsRefusedAndTheSessionGoesOn(GaitwayServer server) {
        WebClient browser = signedIn(server);
        assertRefused(browser.post("/logout", Map.of()));
        assertEquals(200, browser.get("/").status());
    }

    @Test
    void aPasswordChangeWithoutTokenIsRefused(GaitwayServer server) {
        WebClient browser = signedIn(server);
        assertRefused(browser.post("/account/password", HARMLESS_PASSWORD_CHANGE));
        assertEquals(200, browser.get("/").status());
    }

    @Test
    void aTokenFromAnotherSessionIsRefused(GaitwayServer server) {
        WebClient victim = signedIn(server);
        WebClient attacker = signedIn(server);
        String attackersToken = attacker.get("/").csrfToken().orElseThrow();
        assertTrue(victim.get("/").csrfToken().isPresent());

        assertRefused(victim.post("/logout", Map.of("_csrf", attackersToken)));
        Map<String, String> change = new LinkedHashMap<>();
        change.put("_csrf", attackersToken);
        change.putAll(HARMLESS_PASSWORD_CHANGE);
        assertRefused(victim.post("/account/password", change));
        assertEquals(200, victim.get("/").status(), "still signed in");

        WebClient stranger = new WebClient(server);
        stranger.get("/login");
        assertRefused(stranger.post(
                "/login", Map.of("_csrf", attackersToken, "email", OWNER_EMAIL, "password", OWNER_PASSWORD)));
    }

    @Test
    void theTokenSeenBeforeSignInIsWorthNothingAfterIt(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        String tokenOnLoginPage = browser.get("/login").csrfToken().orElseThrow();
        assertRedirect("/", browser.login(OWNER_EMAIL, OWNER_PASSWORD));

        String tokenAfterSignIn = browser.get("/").csrfToken().orElseThrow();
        assertTrue(!tokenAfterSignIn.equals(tokenOnLoginPage), "a new token after sign-in");
        assertRefused(browser.post("/logout", Map.of("_csrf", tokenOnLoginPage)));
        assertEquals(200, browser.get("/").status(), "still signed in");
    }
}
