package app.gaitway.shared.web;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertInLayout;
import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.SharedServer.OWNER_EMAIL;
import static app.gaitway.testing.SharedServer.OWNER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures are shown as Gaitway's own pages, in its layout, and give nothing away. */
@ExtendWith(SharedServer.class)
class ErrorPagesIT {

    private static WebClient signedIn(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(OWNER_EMAIL, OWNER_PASSWORD));
        return browser;
    }

    @Test
    void anUnknownPathIsNotFoundInTheAppLayout(GaitwayServer server) {
        WebClient.Page page = signedIn(server).get("/no-such-page/42");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.heading());
        assertInLayout(page);
        assertTrue(page.contains("Olivia Owner"), "the signed-in user's menu is there");
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertNoInternals(page);
    }

    @Test
    void anUnknownPathAsksStrangersToSignInFirst(GaitwayServer server) {
        assertRedirect("/login?next=%2Fno-such-page", new WebClient(server).get("/no-such-page"));
    }

    @Test
    void aMissingStaticFileIsNotFound(GaitwayServer server) {
        for (WebClient browser : new WebClient[] {new WebClient(server), signedIn(server)}) {
            WebClient.Page page = browser.get("/static/missing.css");
            assertEquals(404, page.status());
            assertNoInternals(page);
        }
        assertEquals(200, new WebClient(server).get("/static/css/gaitway.css").status());
    }

    @Test
    void aForbiddenRequestShowsTheNotAllowedPage(GaitwayServer server) {
        WebClient.Page page = signedIn(server).post("/account/password", Map.of("currentPassword", "x"));
        assertEquals(403, page.status());
        assertEquals("Not allowed", page.heading());
        assertInLayout(page);
        assertNoInternals(page);
    }

    @Test
    void aWrongMethodShowsItsOwnPage(GaitwayServer server) {
        WebClient.Page page = signedIn(server).get("/logout");
        assertEquals(405, page.status());
        assertEquals("Not allowed", page.heading());
        assertInLayout(page);
        assertNoInternals(page);
    }

    @Test
    void theErrorPathsThemselvesRevealNothing(GaitwayServer server) {
        WebClient.Page page = new WebClient(server).get("/error/500");
        assertEquals(500, page.status());
        assertEquals("Something went wrong", page.heading());
        assertNoInternals(page);
    }
}
