package app.gaitway.security;

import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.SqlStatements;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertRedirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Your sessions" over HTTP, with a cookie jar per device: each sees the others, signs one or all of them out (the
 * next request of a signed-out device goes to the sign-in page and says why), an administrator signs a colleague
 * out everywhere but cannot reach another clinic's user, and no sign-out works without the CSRF token.
 */
@ExtendWith(SharedServer.class)
class YourSessionsIT {

    private static final String PASSWORD = "sessions staple meadow lantern";
    private static final Pattern OTHER_SESSION = Pattern.compile("action=\"/account/sessions/(\\d+)/sign-out\"");

    @Test
    void aUserSeesWhereTheyAreSignedInAndSignsOneDeviceOut(GaitwayServer server) throws SQLException {
        long clinic = TestAccounts.insertClinic(server, "Sessions clinic " + System.nanoTime());
        String email = TestAccounts.uniqueEmail("sessions");
        long userId = TestAccounts.insertUser(server, clinic, email, "Sam Sessions", "THERAPIST", PASSWORD);
        WebClient laptop = signedIn(server, email);
        WebClient phone = signedIn(server, email);

        Page page = laptop.get("/account/sessions");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains(laptop.address()), "this device's address (X-Forwarded-For, trusted here)");
        assertTrue(page.contains(phone.address()), "the other device's address");
        assertEquals(1, count(page.body(), "This device"));
        List<Long> others = otherSessions(page);
        assertEquals(1, others.size(), page.body());
        long phoneSession = others.get(0);

        Page forged = laptop.post("/account/sessions/" + phoneSession + "/sign-out", Map.of());
        assertEquals(403, forged.status(), "no sign-out without the CSRF token");
        assertEquals(200, phone.get("/").status(), "the phone is still signed in");

        Page signedOut = laptop.post(
                "/account/sessions/" + phoneSession + "/sign-out",
                Map.of("_csrf", page.csrfToken().orElseThrow()));
        assertRedirect("/account/sessions", signedOut);
        assertTrue(laptop.get("/account/sessions").contains("That session is signed out."));
        Page phoneNext = phone.get("/patients");
        assertRedirect("/login?ended=elsewhere", phoneNext);
        assertTrue(phone.get(phoneNext.location()).contains("signed out from another of your sessions"));
        assertRedirect("/login", phone.get("/"), "the phone's session is gone for good");
        assertEquals(200, laptop.get("/").status(), "the laptop stays signed in");
        assertEquals(List.of(), otherSessions(laptop.get("/account/sessions")));

        assertEquals(
                List.of("SESSION_SIGN_OUT session " + phoneSession + " SUCCESS user " + userId),
                audit(server, userId, "SESSION_SIGN_OUT"));

        // someone else's session id is "not found", and is not signed out
        String stranger = TestAccounts.uniqueEmail("stranger");
        TestAccounts.insertUser(server, clinic, stranger, "Stan Stranger", "THERAPIST", PASSWORD);
        WebClient strangerBrowser = signedIn(server, stranger);
        long strangerSession = otherSessions(signedIn(server, stranger).get("/account/sessions"))
                .get(0);
        Page foreign = laptop.post(
                "/account/sessions/" + strangerSession + "/sign-out",
                Map.of("_csrf", laptop.get("/account/sessions").csrfToken().orElseThrow()));
        assertEquals(404, foreign.status());
        assertEquals(200, strangerBrowser.get("/").status());
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyThisDevice(GaitwayServer server) throws SQLException {
        long clinic = TestAccounts.insertClinic(server, "Sessions clinic " + System.nanoTime());
        String email = TestAccounts.uniqueEmail("everywhere");
        TestAccounts.insertUser(server, clinic, email, "Eve Everywhere", "THERAPIST", PASSWORD);
        WebClient desk = signedIn(server, email);
        WebClient tablet = signedIn(server, email);
        WebClient home = signedIn(server, email);

        Page page = desk.get("/account/sessions");
        assertEquals(2, otherSessions(page).size());
        Page done = desk.post(
                "/account/sessions/sign-out-others",
                Map.of("_csrf", page.csrfToken().orElseThrow()));
        assertRedirect("/account/sessions", done);
        Page after = desk.get("/account/sessions");
        assertTrue(after.contains("2 other sessions are signed out."), after.body());
        assertEquals(List.of(), otherSessions(after));
        assertRedirect("/login?ended=elsewhere", tablet.get("/"));
        assertRedirect("/login?ended=elsewhere", home.get("/"));
        assertEquals(200, desk.get("/").status());

        assertRedirect("/login?ended=logout", desk.logout(), "signing out this one is the ordinary sign-out");
    }

    @Test
    void anAdministratorSignsAColleagueOutEverywhereButNotAnotherClinicsUser(GaitwayServer server) throws SQLException {
        long clinic = TestAccounts.insertClinic(server, "Sessions clinic " + System.nanoTime());
        String adminEmail = TestAccounts.uniqueEmail("admin");
        long adminId = TestAccounts.insertUser(server, clinic, adminEmail, "Ada Admin", "ADMIN", PASSWORD);
        String therapistEmail = TestAccounts.uniqueEmail("therapist");
        long therapistId =
                TestAccounts.insertUser(server, clinic, therapistEmail, "Theo Therapist", "THERAPIST", PASSWORD);
        long otherClinic = TestAccounts.insertClinic(server, "Other sessions clinic " + System.nanoTime());
        String otherAdminEmail = TestAccounts.uniqueEmail("other-admin");
        TestAccounts.insertUser(server, otherClinic, otherAdminEmail, "Otto Other", "ADMIN", PASSWORD);

        WebClient admin = signedIn(server, adminEmail);
        WebClient otherAdmin = signedIn(server, otherAdminEmail);
        WebClient ward = signedIn(server, therapistEmail);
        WebClient office = signedIn(server, therapistEmail);
        String action = "/admin/users/" + therapistId + "/sign-out-everywhere";

        Page foreign = otherAdmin.post(
                action, Map.of("_csrf", otherAdmin.get("/").csrfToken().orElseThrow()));
        assertEquals(404, foreign.status(), "another clinic's user is not found");
        assertEquals(200, ward.get("/").status());

        Page staffPage = admin.get("/admin/users/" + therapistId);
        assertTrue(staffPage.contains(action), "the staff page offers it");
        assertEquals(403, admin.post(action, Map.of()).status(), "not without the CSRF token");
        assertEquals(200, office.get("/").status());

        Page done = admin.post(action, Map.of("_csrf", staffPage.csrfToken().orElseThrow()));
        assertRedirect("/admin/users/" + therapistId, done);
        assertTrue(admin.get(done.location()).contains("2 sessions are signed out."));
        Page wardNext = ward.get("/");
        assertRedirect("/login?ended=admin", wardNext);
        assertTrue(ward.get(wardNext.location()).contains("An administrator signed you out."));
        assertRedirect("/login?ended=admin", office.get("/"));
        assertEquals(200, admin.get("/").status(), "the administrator stays signed in");

        assertEquals(
                List.of("SESSIONS_SIGN_OUT user " + therapistId + " SUCCESS user " + adminId),
                audit(server, therapistId, "SESSIONS_SIGN_OUT"));

        WebClient back = signedIn(server, therapistEmail);
        assertEquals(200, back.get("/").status(), "the password still works: only the sessions ended");
    }

    @Test
    void checkingTheSessionCostsNoQueryOfItsOwnAndNoWriteWithinTheMinute(GaitwayServer server) throws SQLException {
        long clinic = TestAccounts.insertClinic(server, "Sessions clinic " + System.nanoTime());
        String email = TestAccounts.uniqueEmail("cost");
        TestAccounts.insertUser(server, clinic, email, "Cora Cost", "THERAPIST", PASSWORD);
        WebClient browser = signedIn(server, email);
        assertEquals(200, browser.get("/account/password").status());
        // The change-password page reads nothing but the signed-in user: with the session's row joined into that
        // query, one select per request, as before there were session rows; last seen was written at sign-in and
        // is not written again within the minute.
        SqlStatements.Counted counted = SqlStatements.ofGets(server, browser, "/account/password", 20);
        if (counted != null) {
            assertEquals(1.0, counted.selectsPerRequest(), counted.summary() + "\n" + counted.slowest());
            assertEquals(0.0, counted.writesPerRequest(), counted.summary() + "\n" + counted.slowest());
        }

        // a minute later, the first request writes last seen, and only the first
        long userId = TestAccounts.idOf(server, email);
        try (Connection db = server.openDatabase();
                PreparedStatement backdate =
                        db.prepareStatement("UPDATE signed_in_session SET last_seen_at = ? WHERE user_id = ?")) {
            // as if the last request had been two minutes ago (the time as a parameter: the same SQL on PostgreSQL)
            backdate.setObject(1, OffsetDateTime.now().minusMinutes(2));
            backdate.setLong(2, userId);
            assertEquals(1, backdate.executeUpdate());
        }
        Instant backdated = lastSeen(server, userId);
        SqlStatements.Counted later = SqlStatements.ofGets(server, browser, "/account/password", 20);
        if (later != null) {
            assertEquals(1, Math.round(later.writesPerRequest() * 20), later.summary() + "\n" + later.slowest());
        }
        assertTrue(lastSeen(server, userId).isAfter(backdated.plusSeconds(60)), "last seen is now again");
        Page page = browser.get("/account/sessions");
        assertEquals(200, page.status());
        assertEquals(1, count(page.body(), "This device"));
    }

    private static Instant lastSeen(GaitwayServer server, long userId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement select =
                        db.prepareStatement("SELECT last_seen_at FROM signed_in_session WHERE user_id = ?")) {
            select.setLong(1, userId);
            try (ResultSet r = select.executeQuery()) {
                assertTrue(r.next());
                return r.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    @Test
    void withoutEmailThereIsNoForgotPasswordLinkAndItsPagesAreNotFound(GaitwayServer server) {
        // the shared server has no GAITWAY_SMTP_HOST: the administrator's reset stays the way
        WebClient browser = new WebClient(server);
        Page login = browser.get("/login");
        assertFalse(login.contains("/password-reset"), login.body());
        assertTrue(login.contains("Ask your clinic’s administrator"), login.body());
        assertEquals(404, browser.get("/password-reset").status());
        assertEquals(
                404, browser.get("/password-reset/new?token=" + "a".repeat(43)).status());
        assertEquals(
                404,
                browser.post(
                                "/password-reset",
                                Map.of("_csrf", login.csrfToken().orElseThrow(), "email", "a@b.test"))
                        .status());
    }

    private static WebClient signedIn(GaitwayServer server, String email) {
        WebClient client = new WebClient(server);
        assertRedirect("/", client.login(email, PASSWORD));
        return client;
    }

    private static List<Long> otherSessions(Page page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = OTHER_SESSION.matcher(page.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The audit entries of that action about the user: action, record, outcome and who acted (ids only). */
    private static List<String> audit(GaitwayServer server, long aboutUser, String action) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement select =
                        db.prepareStatement("SELECT action, record_type, record_id, outcome, user_id FROM audit_entry"
                                + " WHERE action = ? AND (record_id = ? OR user_id = ?) ORDER BY id")) {
            select.setString(1, action);
            select.setString(2, String.valueOf(aboutUser));
            select.setLong(3, aboutUser);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4)
                            + " user " + r.getLong(5));
                }
            }
            return rows;
        }
    }
}
