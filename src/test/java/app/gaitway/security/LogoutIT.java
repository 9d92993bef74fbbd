package app.gaitway.security;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.SharedServer.OWNER_EMAIL;
import static app.gaitway.testing.SharedServer.OWNER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedServer.class)
class LogoutIT {

    private static WebClient signedIn(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(OWNER_EMAIL, OWNER_PASSWORD));
        assertEquals(200, browser.get("/").status());
        return browser;
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer(GaitwayServer server) {
        WebClient browser = signedIn(server);
        String sessionId = browser.sessionCookie().orElseThrow();

        WebClient.Page home = browser.get("/");
        WebClient.Page loggedOut =
                browser.post("/logout", Map.of("_csrf", home.csrfToken().orElseThrow()));
        assertRedirect("/login?ended=logout", loggedOut);
        assertEquals("no-store", loggedOut.header("Cache-Control").orElse(""), "security headers kept on the redirect");
        assertEquals("DENY", loggedOut.header("X-Frame-Options").orElse(""));

        WebClient.Page loginPage = browser.get(loggedOut.location());
        assertEquals(200, loginPage.status());
        assertTrue(loginPage.contains("You have signed out."), loginPage.body());
        assertRedirect("/login", browser.get("/"));

        WebClient replay = new WebClient(server);
        replay.useSessionCookie(sessionId);
        assertRedirect("/login", replay.get("/"));
        assertRedirect("/login?next=%2Faccount%2Fpassword", replay.get("/account/password"));
    }

    @Test
    void aGetRequestDoesNotLogOut(GaitwayServer server) {
        WebClient browser = signedIn(server);
        WebClient.Page get = browser.get("/logout");
        assertEquals(405, get.status(), get.body());
        assertNoInternals(get);
        assertEquals(200, browser.get("/").status(), "still signed in");
    }

    @Test
    void loggingOutOneSessionLeavesTheUsersOtherSessionsAlone(GaitwayServer server) {
        WebClient laptop = signedIn(server);
        WebClient tablet = signedIn(server);
        assertRedirect("/login?ended=logout", laptop.logout());
        assertEquals(200, tablet.get("/").status());
    }
}
