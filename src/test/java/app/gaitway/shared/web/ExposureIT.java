package app.gaitway.shared.web;

import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.RawHttp;
import app.gaitway.testing.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nobody learns the routes, the server software or its versions, or any metrics: {@code /metrics},
 * {@code /openapi} and {@code /application.wadl} are not found for anyone signed in (administrators included) and
 * lead signed-out visitors to sign-in like any address; OPTIONS is refused (405) on every kind of path, public or
 * not; no answer, error pages included, names Payara, Jersey, GlassFish or Grizzly or carries a Server or
 * X-Powered-By header. Read off the socket, so nothing a client library adds or drops hides an answer.
 */
@ExtendWith(SharedServer.class)
class ExposureIT {

    private static final List<String> SERVER_ENDPOINTS =
            List.of("/metrics", "/metrics/base", "/metrics/application", "/openapi", "/openapi/", "/application.wadl");
    private static final List<String> PATHS = List.of(
            "/",
            "/login",
            "/patients",
            "/patients/1",
            "/admin/users",
            "/p",
            "/p/ABCD-EFGH-JKMN-PQRS-TVWX-YZ",
            "/health",
            "/health/ready",
            "/error/404",
            "/static/css/gaitway.css",
            "/metrics",
            "/openapi",
            "/application.wadl",
            "/no-such-page");
    private static final Pattern GIVEAWAY = Pattern.compile(
            "payara|jersey|glassfish|grizzly|wadl|microprofile|\\bjava\\b|jakarta", Pattern.CASE_INSENSITIVE);

    @Test
    void serverEndpointsAreNotFoundForAnyoneSignedIn(GaitwayServer server) {
        String therapist = cookieOf(Therapists.ofNewClinic(server, "exposure")
                .client()
                .sessionCookie()
                .orElseThrow());
        String owner = cookieOf(Staff.owner(server).sessionCookie().orElseThrow());
        for (String path : SERVER_ENDPOINTS) {
            for (String who : List.of(therapist, owner)) {
                String answer = RawHttp.exchange(server, "GET", path, who);
                assertEquals("HTTP/1.1 404 Not Found", RawHttp.statusLine(answer), path + ":\n" + answer);
                assertTrue(answer.contains("Page not found"), "Gaitway's own page for " + path);
                assertNothingGivenAway(path, answer);
            }
            String signedOut = RawHttp.exchange(server, "GET", path, "");
            assertTrue(RawHttp.statusLine(signedOut).startsWith("HTTP/1.1 303"), path + ":\n" + signedOut);
            assertTrue(RawHttp.head(signedOut).contains("\r\nLocation: /login?next="), signedOut);
            assertNothingGivenAway(path, signedOut);
        }
    }

    @Test
    void optionsIsRefusedEverywhereWithoutAListing(GaitwayServer server) {
        String owner = cookieOf(Staff.owner(server).sessionCookie().orElseThrow());
        for (String path : PATHS) {
            String signedIn = RawHttp.exchange(server, "OPTIONS", path, owner);
            assertEquals("HTTP/1.1 405 Method Not Allowed", RawHttp.statusLine(signedIn), path + ":\n" + signedIn);
            assertTrue(RawHttp.head(signedIn).contains("\r\nAllow: GET, HEAD, POST"), signedIn);
            assertNothingGivenAway(path, signedIn);

            String signedOut = RawHttp.exchange(server, "OPTIONS", path, "");
            String line = RawHttp.statusLine(signedOut);
            // a page that needs sign-in sends there first, whatever the method
            assertTrue(
                    line.equals("HTTP/1.1 405 Method Not Allowed")
                            || line.startsWith("HTTP/1.1 303")
                                    && RawHttp.head(signedOut).contains("\r\nLocation: /login"),
                    path + ":\n" + signedOut);
            assertNothingGivenAway(path, signedOut);
        }
        assertEquals(
                "HTTP/1.1 405 Method Not Allowed",
                RawHttp.statusLine(RawHttp.exchange(server, "OPTIONS", "/login", "")),
                "the sign-in page, public");
        String wholeServer = RawHttp.exchange(server, "OPTIONS", "*", "");
        assertTrue(RawHttp.statusLine(wholeServer).startsWith("HTTP/1.1 303"), wholeServer);
        assertTrue(RawHttp.head(wholeServer).contains("\r\nLocation: /login"), "OPTIONS * too:\n" + wholeServer);
        assertNothingGivenAway("OPTIONS *", wholeServer);
    }

    @Test
    void errorAnswersNameNoSoftware(GaitwayServer server) {
        String owner = cookieOf(Staff.owner(server).sessionCookie().orElseThrow());
        for (String[] request : new String[][] {
            {"GET", "/no-such-page"},
            {"GET", "/patients/999999999"},
            {"GET", "/error/500"},
            {"DELETE", "/patients"},
            {"TRACE", "/login"},
            {"TRACE", "/"},
            {"PUT", "/health"},
            {"GET", "/WEB-INF/web.xml"},
            {"GET", "/static/"},
            {"GET", "/static/../WEB-INF/web.xml"},
        }) {
            assertNothingGivenAway(
                    request[0] + " " + request[1], RawHttp.exchange(server, request[0], request[1], owner));
            assertNothingGivenAway(request[0] + " " + request[1], RawHttp.exchange(server, request[0], request[1], ""));
        }
        assertNothingGivenAway("a broken request", RawHttp.exchange(server, "GET", "/ HTTP/9.9", ""));
    }

    private static void assertNothingGivenAway(String what, String answer) {
        String head = RawHttp.head(answer).toLowerCase(Locale.ROOT);
        assertFalse(head.contains("\r\nserver:"), what + " names its server:\n" + answer);
        assertFalse(head.contains("\r\nx-powered-by:"), what + ":\n" + answer);
        String body = answer.substring(RawHttp.head(answer).length());
        assertFalse(GIVEAWAY.matcher(body).find(), what + " names the software:\n" + answer);
        assertFalse(
                GIVEAWAY.matcher(head.replaceAll("\r\nlocation: [^\r]*", "")).find(), what + ":\n" + answer);
        assertFalse(body.contains("<resource path="), what + " lists routes:\n" + answer);
    }

    private static String cookieOf(String session) {
        return "Cookie: JSESSIONID=" + session + "\r\n";
    }
}
