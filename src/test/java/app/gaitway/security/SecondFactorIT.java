package app.gaitway.security;

import app.gaitway.testdata.Authenticator;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.PageAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second factor on the shared server, each scenario with accounts in a clinic of its own (so no other test
 * meets a second step), through the pages as a browser uses them, codes computed from the key the page shows.
 */
@ExtendWith(SharedServer.class)
class SecondFactorIT {

    private static final String PASSWORD = "second factor test passphrase";
    private static final String SET_UP = "/account/second-factor";
    private static final String SECOND_STEP = "/login/second-factor";
    private static final Pattern RECOVERY_CODE =
            Pattern.compile("<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>");

    private record Account(long id, long clinicId, String email) {}

    private record Enrolled(Authenticator app, List<String> recoveryCodes) {}

    @Test
    void setsUpWithAScannedKeyAndAConfirmingCodeThenSignsInWithPasswordAndCode(GaitwayServer server)
            throws SQLException {
        Account account = therapist(server, "setup");
        WebClient browser = signedIn(server, account);

        WebClient.Page setUpPage = browser.get(SET_UP);
        assertEquals(200, setUpPage.status());
        assertTrue(setUpPage.contains("data:image/svg+xml;base64,"), "the QR code is on the page");
        Authenticator app = Authenticator.fromSetUpPage(setUpPage);

        WebClient.Page wrong = browser.submit(SET_UP, SET_UP, Map.of("code", app.wrongCode()));
        assertEquals(400, wrong.status());
        assertTrue(fieldError(wrong, "code").startsWith("That code is not right."), wrong.body());
        assertFalse(secondStepAsked(server, account), "not on before a right code");

        WebClient.Page codes = browser.submit(SET_UP, SET_UP, Map.of("code", app.nextCode()));
        assertEquals(200, codes.status());
        assertEquals(10, recoveryCodes(codes).size());
        assertEquals(
                10,
                count(
                        server,
                        "SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL",
                        account.id()));
        for (String code : recoveryCodes(codes)) {
            assertEquals(
                    0,
                    count(
                            server,
                            "SELECT count(*) FROM recovery_code WHERE code_hash LIKE '%" + code.replace("-", "")
                                    + "%' AND user_id = ?",
                            account.id()),
                    "stored hashed");
        }
        assertEquals(1, audited(server, account.id(), "action = 'SECOND_FACTOR_ON'"));

        WebClient next = new WebClient(server);
        WebClient.Page password = next.login(account.email(), PASSWORD);
        assertRedirect(SECOND_STEP, password);
        String halfSignedIn = next.sessionCookie().orElseThrow();
        assertRedirect("/login", next.get("/"), "no page opens between password and code");
        assertTrue(next.get("/patients").location().startsWith("/login?"));
        assertTrue(next.get(SET_UP).location().startsWith("/login?"));

        WebClient.Page wrongCode = next.submit(SECOND_STEP, SECOND_STEP, Map.of("code", app.wrongCode()));
        assertEquals(401, wrongCode.status());
        assertTrue(fieldError(wrongCode, "code").startsWith("That code is not right."), wrongCode.body());

        assertRedirect("/", next.submit(SECOND_STEP, SECOND_STEP, Map.of("code", app.nextCode())));
        assertNotEquals(halfSignedIn, next.sessionCookie().orElseThrow(), "a new session id once signed in");
        assertEquals(200, next.get("/").status());
        assertEquals(
                1,
                audited(
                        server,
                        account.id(),
                        "action = 'LOGIN' AND outcome = 'SUCCESS' AND detail = 'with an authenticator code'"));
        assertEquals(
                1,
                audited(
                        server,
                        account.id(),
                        "action = 'SECOND_FACTOR_CHECK' AND outcome = 'FAILURE' AND detail = 'code not right'"));
    }

    @Test
    void aCodeAcceptedOnceIsRefusedAfterwards(GaitwayServer server) throws SQLException {
        Account account = therapist(server, "replay");
        Enrolled enrolled = setUp(signedIn(server, account));
        String code = enrolled.app().nextCode();

        WebClient first = new WebClient(server);
        assertRedirect(SECOND_STEP, first.login(account.email(), PASSWORD));
        assertRedirect("/", first.submit(SECOND_STEP, SECOND_STEP, Map.of("code", code)));

        WebClient onlooker = new WebClient(server);
        assertRedirect(SECOND_STEP, onlooker.login(account.email(), PASSWORD));
        WebClient.Page replayed = onlooker.submit(SECOND_STEP, SECOND_STEP, Map.of("code", code));
        assertEquals(401, replayed.status());
        assertEquals(
                "That code was used already. Wait for the next code and type that one.", fieldError(replayed, "code"));
        assertRedirect("/login", onlooker.get("/"));
        assertEquals(0, audited(server, account.id(), "detail LIKE '%" + code + "%'"), "no code in the audit trail");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNewCodesVoidTheOldOnes(GaitwayServer server) throws SQLException {
        Account account = therapist(server, "recovery");
        Enrolled enrolled = setUp(signedIn(server, account));
        String recovery = enrolled.recoveryCodes().get(3);

        WebClient lostPhone = new WebClient(server);
        assertRedirect(SECOND_STEP, lostPhone.login(account.email(), PASSWORD));
        assertRedirect(
                "/",
                lostPhone.submit(
                        SECOND_STEP, SECOND_STEP, Map.of("code", recovery.toUpperCase(java.util.Locale.ROOT))));
        assertTrue(lostPhone.get("/").contains("you have 9 left"));

        WebClient again = new WebClient(server);
        assertRedirect(SECOND_STEP, again.login(account.email(), PASSWORD));
        WebClient.Page reused = again.submit(SECOND_STEP, SECOND_STEP, Map.of("code", recovery));
        assertEquals(401, reused.status());
        assertEquals(1, audited(server, account.id(), "action = 'RECOVERY_CODE_USE'"));

        WebClient.Page wrongPassword =
                lostPhone.submit(SET_UP, SET_UP + "/recovery-codes", Map.of("codesPassword", "not my password at all"));
        assertEquals(400, wrongPassword.status());
        WebClient.Page fresh = lostPhone.submit(SET_UP, SET_UP + "/recovery-codes", Map.of("codesPassword", PASSWORD));
        assertEquals(200, fresh.status());
        assertEquals(10, recoveryCodes(fresh).size());

        WebClient old = new WebClient(server);
        assertRedirect(SECOND_STEP, old.login(account.email(), PASSWORD));
        assertEquals(
                401,
                old.submit(
                                SECOND_STEP,
                                SECOND_STEP,
                                Map.of("code", enrolled.recoveryCodes().get(5)))
                        .status(),
                "the old set is void");
        assertRedirect(
                "/",
                old.submit(
                        SECOND_STEP,
                        SECOND_STEP,
                        Map.of("code", recoveryCodes(fresh).get(0))));
    }

    @Test
    void wrongCodesAreThrottledLikePasswords(GaitwayServer server) throws SQLException {
        Account account = therapist(server, "guessing");
        Enrolled enrolled = setUp(signedIn(server, account));
        WebClient attacker = new WebClient(server);
        assertRedirect(SECOND_STEP, attacker.login(account.email(), PASSWORD));
        for (int i = 1; i <= 5; i++) {
            assertEquals(
                    401,
                    attacker.submit(
                                    SECOND_STEP,
                                    SECOND_STEP,
                                    Map.of("code", enrolled.app().wrongCode()))
                            .status(),
                    "guess " + i);
        }
        WebClient.Page refused = attacker.submit(
                SECOND_STEP, SECOND_STEP, Map.of("code", enrolled.app().nextCode()));
        assertEquals(429, refused.status(), "blocked even with the right code");
        assertEquals(429, new WebClient(server).login(account.email(), PASSWORD).status(), "and the password step too");
    }

    @Test
    void turningOffNeedsThePasswordAndACurrentCode(GaitwayServer server) throws SQLException {
        Account account = therapist(server, "turnoff");
        WebClient browser = signedIn(server, account);
        Enrolled enrolled = setUp(browser);

        WebClient.Page noCode = browser.submit(
                SET_UP,
                SET_UP + "/off",
                Map.of(
                        "offPassword",
                        PASSWORD,
                        "offCode",
                        enrolled.recoveryCodes().get(0)));
        assertEquals(400, noCode.status());
        assertTrue(fieldError(noCode, "offCode").startsWith("That code is not right."));
        WebClient.Page noPassword = browser.submit(
                SET_UP,
                SET_UP + "/off",
                Map.of(
                        "offPassword",
                        "wrong password here",
                        "offCode",
                        enrolled.app().currentCode()));
        assertEquals(400, noPassword.status());
        assertEquals("Your current password is not right.", fieldError(noPassword, "offPassword"));

        assertRedirect(
                SET_UP,
                browser.submit(
                        SET_UP,
                        SET_UP + "/off",
                        Map.of(
                                "offPassword",
                                PASSWORD,
                                "offCode",
                                enrolled.app().nextCode())));
        assertFalse(secondStepAsked(server, account));
        assertEquals(0, count(server, "SELECT count(*) FROM recovery_code WHERE user_id = ?", account.id()));
        assertEquals(1, audited(server, account.id(), "action = 'SECOND_FACTOR_OFF'"));
    }

    @Test
    void theInstallationOwnerCannotTurnItOff(GaitwayServer server) throws SQLException {
        Account account = therapist(server, "owner");
        update(server, "UPDATE user_account SET installation_owner = TRUE WHERE id = ?", account.id());
        WebClient browser = signedIn(server, account);
        Enrolled enrolled = setUp(browser);

        WebClient.Page refused = browser.submit(
                SET_UP,
                SET_UP + "/off",
                Map.of("offPassword", PASSWORD, "offCode", enrolled.app().nextCode()));
        assertEquals(409, refused.status());
        assertTrue(secondStepAsked(server, account));
    }

    @Test
    void aClinicThatRequiresItSendsStaffWithoutOneToSetItUpFirst(GaitwayServer server) throws SQLException {
        long clinicId = TestAccounts.insertClinic(server, "Requiring clinic " + System.nanoTime());
        Account admin = account(server, clinicId, "require-admin", "ADMIN");
        Account therapist = account(server, clinicId, "require-therapist", "THERAPIST");
        WebClient adminBrowser = signedIn(server, admin);
        assertRedirect(
                "/admin/clinics/" + clinicId,
                adminBrowser.submit(
                        "/admin/clinics/" + clinicId,
                        "/admin/clinics/" + clinicId + "/second-factor",
                        Map.of("required", "true")));
        assertEquals(
                1,
                audited(
                        server,
                        admin.id(),
                        "action = 'CHANGE' AND record_type = 'clinic' AND detail = 'second factor required'"));

        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(therapist.email(), PASSWORD));
        assertRedirect(SET_UP, browser.get("/"));
        assertRedirect(SET_UP, browser.get("/patients"));
        assertRedirect(SET_UP, browser.get("/account/password"));
        WebClient.Page setUpPage = browser.get(SET_UP);
        assertTrue(setUpPage.contains("Your clinic requires a second factor."));
        Authenticator app = Authenticator.fromSetUpPage(setUpPage);
        assertEquals(
                200,
                browser.submit(SET_UP, SET_UP, Map.of("code", app.nextCode())).status());
        assertEquals(200, browser.get("/patients").status(), "everything opens once it is set up");

        WebClient next = new WebClient(server);
        assertRedirect(SECOND_STEP, next.login(therapist.email(), PASSWORD));
    }

    @Test
    void anAdministratorResetsTheSecondFactorOfSomeoneWhoLostTheirPhone(GaitwayServer server) throws SQLException {
        long clinicId = TestAccounts.insertClinic(server, "Resetting clinic " + System.nanoTime());
        Account admin = account(server, clinicId, "reset-admin", "ADMIN");
        Account therapist = account(server, clinicId, "reset-therapist", "THERAPIST");
        setUp(signedIn(server, therapist));
        assertTrue(secondStepAsked(server, therapist));

        WebClient adminBrowser = signedIn(server, admin);
        String staffPage = "/admin/users/" + therapist.id();
        assertTrue(adminBrowser.get(staffPage).contains("Signs in with a second factor."));
        assertRedirect(staffPage, adminBrowser.submit(staffPage, staffPage + "/reset-second-factor", Map.of()));
        assertTrue(adminBrowser.get(staffPage).contains("Signs in without a second factor."));
        assertEquals(
                1,
                count(
                        server,
                        "SELECT count(*) FROM audit_entry WHERE action = 'SECOND_FACTOR_RESET' AND user_id = ? AND record_id = '"
                                + therapist.id() + "'",
                        admin.id()));

        assertFalse(secondStepAsked(server, therapist));

        Account stranger = therapist(server, "other-clinic");
        assertEquals(
                404,
                adminBrowser
                        .submit(staffPage, "/admin/users/" + stranger.id() + "/reset-second-factor", Map.of())
                        .status(),
                "another clinic's user is not found");
    }

    private static Enrolled setUp(WebClient signedIn) {
        Authenticator app = Authenticator.fromSetUpPage(signedIn.get(SET_UP));
        WebClient.Page codes = signedIn.submit(SET_UP, SET_UP, Map.of("code", app.nextCode()));
        assertEquals(200, codes.status(), codes.body());
        return new Enrolled(app, recoveryCodes(codes));
    }

    private static boolean secondStepAsked(GaitwayServer server, Account account) {
        WebClient.Page answer = new WebClient(server).login(account.email(), PASSWORD);
        assertEquals(303, answer.status(), answer.body());
        return answer.location().equals(SECOND_STEP);
    }

    private static WebClient signedIn(GaitwayServer server, Account account) {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(account.email(), PASSWORD));
        return browser;
    }

    private static Account therapist(GaitwayServer server, String label) throws SQLException {
        long clinicId = TestAccounts.insertClinic(server, "Second factor " + label + " " + System.nanoTime());
        return account(server, clinicId, label, "THERAPIST");
    }

    private static Account account(GaitwayServer server, long clinicId, String label, String role) throws SQLException {
        String email = TestAccounts.uniqueEmail(label);
        long id = TestAccounts.insertUser(server, clinicId, email, "Test " + label, role, PASSWORD);
        return new Account(id, clinicId, email);
    }

    private static List<String> recoveryCodes(WebClient.Page page) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY_CODE.matcher(page.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** Entries of the audit trail that user made which meet the condition. */
    private static long audited(GaitwayServer server, long userId, String condition) throws SQLException {
        return count(server, "SELECT count(*) FROM audit_entry WHERE " + condition + " AND user_id = ?", userId);
    }

    private static long count(GaitwayServer server, String sql, long id) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void update(GaitwayServer server, String sql, long id) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
