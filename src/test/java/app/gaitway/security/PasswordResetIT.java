package app.gaitway.security;

import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.PageAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Forgot password" by email against a server of its own whose GAITWAY_SMTP_* point at a GreenMail server: the link
 * arrives and works once, ends every session of the account and is followed by a notice; an unknown address gets the
 * same answer and no mail; a replaced or expired link shows a clear page; an account gets at most three links an hour.
 */
class PasswordResetIT {

    private static final String FROM = "noreply@reset-mail.test";
    private static final String PASSWORD = "before the reset staple lantern";
    private static final String NEW_PASSWORD = "after the reset walnut harbour";
    private static final Pattern LINK = Pattern.compile("https?://\\S+(/password-reset/new\\?token=([A-Za-z0-9_-]+))");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static GaitwayServer server;

    @BeforeAll
    static void start() {
        server = GaitwayServer.start(
                "password-reset",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        SharedServer.OWNER_PASSWORD,
                        "GAITWAY_ADMIN_NAME",
                        "Olivia Owner",
                        "GAITWAY_CLINIC_NAME",
                        "Reset test clinic",
                        "GAITWAY_SMTP_HOST",
                        "localhost",
                        "GAITWAY_SMTP_PORT",
                        String.valueOf(SMTP.getSmtp().getPort()),
                        "GAITWAY_SMTP_STARTTLS",
                        "false",
                        "GAITWAY_SMTP_FROM",
                        FROM,
                        // each WebClient is a device of its own (X-Forwarded-For), with its own request quota
                        "GAITWAY_TRUST_PROXY",
                        "true"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        String email = account("reset");
        long userId = TestAccounts.idOf(server, email);
        WebClient desk = signedIn(email, PASSWORD);
        WebClient phone = signedIn(email, PASSWORD);

        WebClient browser = new WebClient(server);
        assertTrue(browser.get("/login").contains("href=\"/password-reset\""), "the sign-in page links to it");
        MimeMessage mail = ask(browser, email);
        assertEquals(email, ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals(FROM, ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Choose a new Gaitway password", mail.getSubject());
        Matcher link = LINK.matcher(body(mail));
        assertTrue(link.find(), body(mail));
        String path = link.group(1);

        int mailsBefore = SMTP.getReceivedMessages().length;
        Page form = browser.get(path);
        assertEquals(200, form.status(), form.body());
        Map<String, String> fields = Map.of(
                "_csrf",
                form.csrfToken().orElseThrow(),
                "token",
                link.group(2),
                "newPassword",
                "password1234",
                "newPasswordRepeat",
                "password1234");
        Page weak = browser.post("/password-reset/new", fields);
        assertEquals(400, weak.status());
        assertTrue(fieldError(weak, "newPassword").contains("too common"), weak.body());
        Page forged = browser.post(
                "/password-reset/new",
                Map.of("token", link.group(2), "newPassword", NEW_PASSWORD, "newPasswordRepeat", NEW_PASSWORD));
        assertEquals(403, forged.status(), "not without the CSRF token");

        Page done = browser.post(
                "/password-reset/new",
                Map.of(
                        "_csrf",
                        weak.csrfToken().orElseThrow(),
                        "token",
                        link.group(2),
                        "newPassword",
                        NEW_PASSWORD,
                        "newPasswordRepeat",
                        NEW_PASSWORD));
        assertRedirect("/login?ended=password-changed", done);
        assertTrue(browser.get(done.location()).contains("Your password was changed."));

        assertRedirect("/login?ended=password-changed", desk.get("/"), "every session of the account ended");
        assertRedirect("/login?ended=password-changed", phone.get("/"));
        assertEquals(401, new WebClient(server).login(email, PASSWORD).status(), "the old password is gone");
        signedIn(email, NEW_PASSWORD);

        assertTrue(SMTP.waitForIncomingEmail(15_000, mailsBefore + 1), "the notice arrived");
        MimeMessage notice = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertEquals("Your Gaitway password was changed", notice.getSubject());
        assertEquals(email, ((InternetAddress) notice.getAllRecipients()[0]).getAddress());

        Page again = browser.get(path);
        assertEquals(410, again.status(), "a link works once");
        assertTrue(again.contains("This link no longer works"), again.body());

        assertEquals(
                List.of("PASSWORD_RESET_REQUEST " + userId + " SUCCESS", "PASSWORD_RESET " + userId + " SUCCESS"),
                audit(userId));
        assertFalse(Files.readString(server.log()).contains(link.group(2)), "no token in the server log");
        assertFalse(Files.readString(server.log()).contains(email), "no address in the server log");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String email = account("known");
        WebClient browser = new WebClient(server);
        int before = SMTP.getReceivedMessages().length;
        Page unknown = browser.submit(
                "/password-reset", "/password-reset", Map.of("email", "nobody-" + System.nanoTime() + "@x.test"));
        assertRedirect("/password-reset/sent", unknown);
        Page known = browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertRedirect("/password-reset/sent", known);
        assertTrue(SMTP.waitForIncomingEmail(15_000, before + 1));
        Thread.sleep(1_000);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m :
                Arrays.copyOfRange(SMTP.getReceivedMessages(), before, SMTP.getReceivedMessages().length)) {
            recipients.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertEquals(List.of(email), recipients, "one mail, to the known address only");
        assertTrue(browser.get("/password-reset/sent").contains("If a Gaitway account has that address"));
    }

    @Test
    void aReplacedOrExpiredLinkIsRefusedAndAnAccountGetsAtMostThreeAnHour() throws Exception {
        String email = account("limits");
        long userId = TestAccounts.idOf(server, email);
        WebClient browser = new WebClient(server);
        String first = linkIn(ask(browser, email));
        String second = linkIn(ask(browser, email));
        assertEquals(410, browser.get(first).status(), "a newer link replaces the older");
        assertEquals(200, browser.get(second).status());
        try (Connection db = server.openDatabase();
                PreparedStatement expire = db.prepareStatement(
                        "UPDATE password_reset_token SET expires_at = CURRENT_TIMESTAMP WHERE user_id = ?")) {
            expire.setLong(1, userId);
            expire.executeUpdate();
        }
        Page expired = browser.get(second);
        assertEquals(410, expired.status(), "an expired link");
        assertTrue(expired.contains("has expired"), expired.body());

        ask(browser, email);
        int before = SMTP.getReceivedMessages().length;
        Page fourth = browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertRedirect("/password-reset/sent", fourth, "the same answer");
        Thread.sleep(3_000);
        assertEquals(before, SMTP.getReceivedMessages().length, "no fourth mail within the hour");
        assertTrue(
                audit(userId).contains("PASSWORD_RESET_REQUEST " + userId + " DENIED"),
                audit(userId).toString());
    }

    @Test
    void oneAddressMayAskTenTimesAnHour() {
        WebClient browser = new WebClient(server, "10.250.0." + (1 + (System.nanoTime() % 250)));
        for (int i = 0; i < 10; i++) {
            Page sent = browser.submit(
                    "/password-reset", "/password-reset", Map.of("email", "nobody-" + i + "@limit.test"));
            assertRedirect("/password-reset/sent", sent);
        }
        Page refused = browser.submit("/password-reset", "/password-reset", Map.of("email", "nobody@limit.test"));
        assertEquals(429, refused.status());
        assertTrue(refused.contains("Too many requests for a new password from this network"), refused.body());
        assertEquals("3600", refused.header("Retry-After").orElse(""));
    }

    private static String account(String label) throws SQLException {
        long clinic = TestAccounts.insertClinic(server, "Reset clinic " + label + " " + System.nanoTime());
        String email = TestAccounts.uniqueEmail(label);
        TestAccounts.insertUser(server, clinic, email, "Rita Reset", "THERAPIST", PASSWORD);
        return email;
    }

    private static WebClient signedIn(String email, String password) {
        WebClient client = new WebClient(server);
        assertRedirect("/", client.login(email, password));
        return client;
    }

    /** Asks for a link and returns the mail that brings it. */
    private static MimeMessage ask(WebClient browser, String email) throws Exception {
        int before = SMTP.getReceivedMessages().length;
        Page sent = browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertRedirect("/password-reset/sent", sent);
        assertTrue(SMTP.waitForIncomingEmail(15_000, before + 1), "the mail arrived");
        return SMTP.getReceivedMessages()[before];
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher m = LINK.matcher(body(mail));
        assertTrue(m.find(), body(mail));
        return m.group(1);
    }

    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private static List<String> audit(long userId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement select = db.prepareStatement(
                        "SELECT action, record_id, outcome FROM audit_entry WHERE action LIKE 'PASSWORD_RESET%'"
                                + " AND record_id = ? ORDER BY id")) {
            select.setString(1, String.valueOf(userId));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            return rows;
        }
    }
}
