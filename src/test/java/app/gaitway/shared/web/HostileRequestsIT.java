package app.gaitway.shared.web;

import app.gaitway.patientside.web.LinkSite;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertInLayout;
import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no page of Gaitway sends, answered with a 4xx page of the app's own and at most one quiet log line:
 * broken percent-encoding, bodies that are not forms, error pages for statuses the app never uses, and browsers
 * that hang up while a page is on its way.
 */
@ExtendWith(SharedServer.class)
class HostileRequestsIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aBrokenPercentEscapeIsABadRequestEvenBeforeSignIn(GaitwayServer server) {
        WebClient stranger = new WebClient(server);
        String token = stranger.get("/login").csrfToken().orElseThrow();
        long mark = server.logMark();
        for (String body : List.of(
                "%zz",
                "email=%zz",
                "_csrf=" + token + "&email=%zz",
                "email=%",
                "email=a%4",
                "%-1=x",
                "_csrf=" + token + "&email=x&password=%+1")) {
            Page page = stranger.postBody("/login", FORM, bytes(body), Map.of());
            assertEquals(400, page.status(), body + ":\n" + page.body());
            assertEquals("This request could not be handled", page.heading(), body);
            assertInLayout(page);
            assertNoInternals(page);
        }
        assertQuietLog(server.logSince(mark), 7);
    }

    /**
     * In the address itself Payara answers before any code of ours (an empty 200, not the 400 it gives for other
     * bad escapes), and used to log a SEVERE stack trace per request; now one quiet line each (BrokenAddressLog).
     */
    @Test
    void aBrokenPercentEscapeInTheAddressLeavesOneQuietLineAndNoSecret(GaitwayServer server) throws Exception {
        long mark = server.logMark();
        List<String> addresses = List.of("/p/W9AW-SECRETPART-%zz", "/%zz", "/patients/%zz", "/login%", "/p/%E0%A4%A");
        for (String address : addresses) {
            String statusLine = rawGet(server, address);
            assertTrue(statusLine.matches("HTTP/1\\.1 [1-4]\\d\\d.*"), address + " answered " + statusLine);
        }
        String log = awaitQuiet(server, mark);
        assertQuietLog(log, addresses.size());
        assertTrue(log.contains("Refused a request whose address has a broken percent escape"), log);
        assertFalse(log.contains("SECRETPART"), log);
        assertEquals(200, new WebClient(server).get("/login").status(), "the server still answers");
    }

    @Test
    void aBrokenPercentEscapeIsRefusedOnAStaffFormToo(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        String token = owner.get("/patients/new").csrfToken().orElseThrow();
        Page page =
                owner.postBody("/patients/new", FORM, bytes("_csrf=" + token + "&firstName=%zz&lastName=Ok"), Map.of());
        assertEquals(400, page.status());
        assertEquals("This request could not be handled", page.heading());
        assertInLayout(page);
    }

    @Test
    void aRefusedPostToAPatientsLinkLogsNoSecret(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "hostile-link");
        LinkSite.Program program = LinkSite.patientWithProgram(therapist, "Hostile", "Linkholder", "Clamshell");
        LinkSite.Link link = LinkSite.createLink(therapist.client(), program);
        WebClient patient = new WebClient(server);
        String token = patient.get(link.path()).csrfToken().orElseThrow();
        long mark = server.logMark();
        Page page = patient.postBody(
                link.path() + "/log", FORM, bytes("_csrf=" + token + "&action=done&pain=%zz"), Map.of());
        assertEquals(400, page.status(), page.body());
        String log = server.logSince(mark);
        assertTrue(log.contains("Form refused with 400"), "the refusal is logged:\n" + log);
        assertFalse(
                log.contains(link.canonical()) || log.contains(link.grouped()),
                "the link's secret is in the log:\n" + log);
    }

    @Test
    void aBodyThatIsNotAFormIsUnsupportedWithAValidToken(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        String token = owner.get("/").csrfToken().orElseThrow();
        long mark = server.logMark();
        for (String path :
                List.of("/login", "/patients/new", "/account/password", "/exercises/custom/new", "/admin/users/new")) {
            for (String type : new String[] {
                "application/json",
                "text/plain",
                "multipart/form-data; boundary=x",
                null,
                FORM + "; charset=bogus",
                FORM + "; charset=UTF-16",
                "*/*"
            }) {
                Page page = owner.postBody(
                        path,
                        type,
                        bytes("{\"firstName\":\"A\",\"_csrf\":\"" + token + "\"}"),
                        Map.of("X-CSRF-TOKEN", token));
                assertEquals(415, page.status(), type + " to " + path + ":\n" + page.body());
                assertInLayout(page);
                assertNoInternals(page);
            }
            Page unreadable = owner.postBody(path, "garbage", bytes("a=b"), Map.of("X-CSRF-TOKEN", token));
            assertEquals(400, unreadable.status(), "an unreadable content type to " + path);
        }
        assertQuietLog(server.logSince(mark), 5 * 8);
    }

    /** The upload forms send such a body back to the form with a message (they are no 500, and log no stack trace). */
    @Test
    void anUploadThatIsNotMultipartOrCutShortIsRefusedQuietly(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        String token = owner.get("/exercises/transfer").csrfToken().orElseThrow();
        long mark = server.logMark();
        for (String path : List.of("/exercise-uploads/import", "/exercise-uploads/987654321/pictures")) {
            for (String type : new String[] {"application/json", FORM, "text/plain", null, "multipart/form-data"}) {
                Page page =
                        owner.postBody(path, type, bytes("_csrf=" + token + "&a=%zz"), Map.of("X-CSRF-TOKEN", token));
                assertRefused(page, type + " to " + path);
            }
            Page cut = owner.postBody(
                    path,
                    "multipart/form-data; boundary=zz",
                    bytes("--zz\r\nContent-Disposition: form-data; "
                            + "name=\"_csrf\"\r\n\r\n" + token
                            + "\r\n--zz\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"a.json\"\r\nContent-Type: application/json\r\n\r\n{\"a\":"),
                    Map.of());
            assertRefused(cut, "a body cut short to " + path);
        }
        assertQuietLog(server.logSince(mark), 12);
    }

    private static void assertRefused(Page page, String what) {
        boolean backToTheForm = page.status() == 303 && page.location().startsWith("/exercise");
        assertTrue(
                backToTheForm || page.status() >= 400 && page.status() < 500,
                what + ": " + page.status() + "\n" + page.body());
    }

    @Test
    void aFormInUtf8IsStillAccepted(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        String token = owner.get("/").csrfToken().orElseThrow();
        Page page = owner.postBody("/patients/new", FORM + "; charset=UTF-8", bytes("_csrf=" + token), Map.of());
        assertEquals(400, page.status(), "the empty patient form comes back with its errors");
        assertTrue(page.contains("<form"), page.body());
    }

    @Test
    void aBodyTooLargeForAnyFormIsRefusedUnread(GaitwayServer server) {
        byte[] body = new byte[FormBody.MAX_BYTES + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        Page page = new WebClient(server).postBody("/login", FORM, body, Map.of());
        assertEquals(413, page.status());
        assertInLayout(page);
    }

    @Test
    void aForbiddenPostThatIsNoFormStillShowsNotAllowed(GaitwayServer server) {
        WebClient admin = Staff.owner(server);
        WebClient therapist = Staff.firstSignIn(server, Staff.add(admin, "THERAPIST"));
        String token = therapist.get("/").csrfToken().orElseThrow();
        long mark = server.logMark();
        for (String type : new String[] {"application/json", FORM + "; charset=bogus", FORM}) {
            Page page = therapist.postBody("/admin/users/new", type, bytes("a=%zz"), Map.of("X-CSRF-TOKEN", token));
            assertEquals(403, page.status(), type + ":\n" + page.body());
            assertEquals("Not allowed", page.heading());
        }
        assertFalse(server.logSince(mark).contains("SEVERE"), server.logSince(mark));
    }

    @Test
    void onlyTheErrorPagesTheAppUsesExist(GaitwayServer server) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String status : List.of("999", "000", "101", "200", "302", "418", "599", "204")) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/error/" + status))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), "/error/" + status);
            assertTrue(answer.body().contains("Page not found"), "/error/" + status);
        }
        for (int status : List.of(400, 403, 404, 405, 413, 415, 429, 500)) {
            assertEquals(status, new WebClient(server).get("/error/" + status).status());
        }
    }

    @Test
    void aBrowserHangingUpMidPageLeavesNoStackTrace(GaitwayServer server) throws Exception {
        WebClient owner = Staff.owner(server);
        String session = owner.sessionCookie().orElseThrow();
        String picture =
                owner.get("/exercises").body().replaceAll("(?s).*?src=\"(/exercise-pictures/[^\"]+\\.svg)\".*", "$1");
        assertTrue(picture.startsWith("/exercise-pictures/"), picture);
        long mark = server.logMark();
        for (int round = 0; round < 8; round++) {
            for (String path : List.of("/exercises", "/admin/audit", picture)) {
                hangUp(server, session, path, round % 3);
            }
        }
        String log = awaitQuiet(server, mark);
        assertTrue(
                log.contains("The client closed the connection"),
                "no hang-up was noticed, the test proves nothing:\n" + log);
        assertFalse(log.contains("SEVERE"), log);
        assertFalse(log.contains("\tat "), log);
        assertEquals(200, owner.get("/exercises").status(), "the server still answers");
    }

    /** The status line the server answers to a GET of an address no client library would send. */
    private static String rawGet(GaitwayServer server, String address) throws IOException {
        try (Socket socket =
                new Socket("localhost", URI.create(server.baseUrl()).getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(bytes("GET " + address + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().findFirst().orElse("(no answer)");
        }
    }

    /** Asks for a page and closes the connection with a reset: at once, after a few bytes, or a moment later. */
    private static void hangUp(GaitwayServer server, String session, String path, int how)
            throws IOException, InterruptedException {
        try (Socket socket =
                new Socket("localhost", URI.create(server.baseUrl()).getPort())) {
            socket.setReceiveBufferSize(1024);
            OutputStream out = socket.getOutputStream();
            out.write(bytes("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session
                    + "\r\nAccept: text/html\r\nAccept-Encoding: identity\r\n\r\n"));
            out.flush();
            if (how == 1) {
                socket.getInputStream().readNBytes(200);
            } else if (how == 2) {
                Thread.sleep(50);
            }
            socket.setSoLinger(true, 0);
        }
    }

    /** The log since the mark, once the server has stopped writing to it for a second. */
    private static String awaitQuiet(GaitwayServer server, long mark) throws InterruptedException {
        String log = server.logSince(mark);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1000);
            String now = server.logSince(mark);
            if (now.equals(log)) {
                return now;
            }
            log = now;
        }
        return log;
    }

    /** At most one line per refused request, no stack trace, nothing severe. */
    private static void assertQuietLog(String log, int requests) {
        assertFalse(log.contains("SEVERE"), log);
        assertFalse(log.contains("\tat "), log);
        long lines = log.lines().filter(line -> line.contains("levelValue")).count();
        assertTrue(lines <= requests, lines + " log entries for " + requests + " requests:\n" + log);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
