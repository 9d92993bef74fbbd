package app.gaitway.security;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.NoDatabaseInvolved;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertRedirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions end by themselves. A server of its own with limits of seconds, not minutes:
 * 4 s idle and 12 s in all, so the waits stay short.
 */
@NoDatabaseInvolved
class SessionTimeoutIT {

    private static final String EMAIL = "admin@timeouts.test";
    private static final String PASSWORD = "a session that ends on time";
    private static final Duration IDLE = Duration.ofSeconds(4);
    private static final Duration ABSOLUTE = Duration.ofSeconds(12);

    private static GaitwayServer server;

    @BeforeAll
    static void startWithShortLimits() {
        server = GaitwayServer.start(
                "timeouts",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        PASSWORD,
                        "GAITWAY_TRUST_PROXY",
                        "true",
                        "GAITWAY_SESSION_IDLE_SECONDS",
                        String.valueOf(IDLE.toSeconds()),
                        "GAITWAY_SESSION_ABSOLUTE_SECONDS",
                        String.valueOf(ABSOLUTE.toSeconds())));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static WebClient signedIn() {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(EMAIL, PASSWORD));
        return browser;
    }

    @Test
    void anIdleSessionEnds() throws InterruptedException {
        WebClient browser = signedIn();
        assertEquals(200, browser.get("/").status());

        Thread.sleep(IDLE.plusSeconds(1).toMillis());

        WebClient.Page ended = browser.get("/");
        assertRedirect("/login?ended=timeout", ended);
        assertEquals("no-store", ended.header("Cache-Control").orElse(""), "security headers kept on the redirect");
        assertTrue(ended.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", ended.header("X-Frame-Options").orElse(""));
        WebClient.Page login = browser.get("/login?ended=timeout");
        assertTrue(login.contains("You were signed out because the session ended."), login.body());
        assertRedirect("/login", browser.get("/"), "the session is gone, not just interrupted");
    }

    @Test
    void aBusySessionStillEndsAfterTheAbsoluteLimit() throws InterruptedException {
        long beforeSignIn = System.nanoTime();
        WebClient browser = signedIn();
        long afterSignIn = System.nanoTime();

        // A request every 2 s keeps the session from going idle; it must end by the absolute limit all the same.
        WebClient.Page page;
        long answeredAt;
        int request = 0;
        do {
            request++;
            sleepUntil(afterSignIn + Duration.ofSeconds(2L * request).toNanos());
            page = browser.get("/");
            answeredAt = System.nanoTime();
            assertTrue(answeredAt - afterSignIn < ABSOLUTE.plusSeconds(6).toNanos(), "still open long after the limit");
        } while (page.status() == 200);

        assertRedirect("/login?ended=timeout", page);
        long endedAfter = answeredAt - beforeSignIn;
        assertTrue(
                endedAfter >= ABSOLUTE.toNanos(), "ended after " + Duration.ofNanos(endedAfter) + ", before the limit");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait).toMillis());
        }
    }
}
