package app.gaitway.patientside.mail;

import app.gaitway.patientside.mail.LinkMailException.Reason;
import app.gaitway.shared.mail.MailSettings;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LinkMailer} against a real SMTP server (GreenMail, started per test on a free port), configured from the
 * same GAITWAY_SMTP_* values a server would get. That the application server provides Jakarta Mail is shown by
 * {@link LinkMailServerIT}.
 */
class LinkMailerIT {

    private static final String LOGIN = "gaitway-mailer";
    private static final String PASSWORD = "smtp passphrase for tests";

    /** A relay that takes mail from anyone, as a clinic's local relay might. */
    @RegisterExtension
    static final GreenMailExtension OPEN = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    /** A server that takes mail only after a login, as a mail provider does. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(LOGIN, PASSWORD));

    private final LinkMail mail = MailTexts.example();

    @Test
    void mailArrivesAsPlainTextWithTheLink() throws Exception {
        LinkMailer mailer = new LinkMailer(
                SmtpEnvironment.settings(SmtpEnvironment.plain(OPEN.getSmtp().getPort())));
        assertTrue(mailer.isConfigured());

        mailer.send(mail);

        assertTrue(OPEN.waitForIncomingEmail(5_000, 1));
        MimeMessage received = OPEN.getReceivedMessages()[0];
        assertEquals(mail.to(), ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals(SmtpEnvironment.FROM, from.getAddress());
        assertEquals("Physio Süd", from.getPersonal());
        assertEquals("Your home exercises from Physio Süd", received.getSubject());
        assertTrue(received.isMimeType("text/plain"), received.getContentType());
        String body = ((String) received.getContent()).replace("\r\n", "\n");
        // SMTP's end-of-data marker takes the last line break with it
        assertEquals(MailTexts.text().write(mail).body().stripTrailing(), body.stripTrailing());
        assertTrue(body.contains("\n" + mail.link() + "\n"));
        assertTrue(body.contains("Hello Zoë,"), "UTF-8 survives the trip");
    }

    @Test
    void logsInWhenALoginIsSet() throws Exception {
        Map<String, String> env = SmtpEnvironment.with(
                SmtpEnvironment.with(SmtpEnvironment.plain(port()), "GAITWAY_SMTP_USER", LOGIN),
                "GAITWAY_SMTP_PASSWORD",
                PASSWORD);

        new LinkMailer(SmtpEnvironment.settings(env)).send(mail);

        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        assertEquals(mail.to(), SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString());
    }

    @Test
    void aServerAskingForALoginThatIsNotSetSaysWhichSettingIsMissing() {
        var e = assertThrows(
                LinkMailException.class,
                () -> new LinkMailer(SmtpEnvironment.settings(SmtpEnvironment.plain(port()))).send(mail));

        assertEquals(Reason.NOT_SENT, e.reason());
        assertTrue(e.getMessage().contains("GAITWAY_SMTP_USER"), e.getMessage());
        assertSafe(e);
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void wrongPasswordIsNotSentAndTheMessageHoldsNothingPersonal() {
        Map<String, String> env = SmtpEnvironment.with(
                SmtpEnvironment.with(SmtpEnvironment.plain(port()), "GAITWAY_SMTP_USER", LOGIN),
                "GAITWAY_SMTP_PASSWORD",
                "not the password");

        var e = assertThrows(LinkMailException.class, () -> new LinkMailer(SmtpEnvironment.settings(env)).send(mail));

        assertEquals(Reason.NOT_SENT, e.reason());
        assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
        assertSafe(e);
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void withStartTlsOnNothingGoesOutInClearText() {
        Map<String, String> env = SmtpEnvironment.with(SmtpEnvironment.plain(port()), "GAITWAY_SMTP_STARTTLS", "true");

        var e = assertThrows(LinkMailException.class, () -> new LinkMailer(SmtpEnvironment.settings(env)).send(mail));

        assertEquals(Reason.NOT_SENT, e.reason());
        assertSafe(e);
        assertEquals(0, SMTP.getReceivedMessages().length, "no mail over an unencrypted connection");
    }

    @Test
    void aServerNobodyRunsIsNotSent() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        LinkMailer mailer = new LinkMailer(SmtpEnvironment.settings(SmtpEnvironment.plain(closed)));

        var e = assertThrows(LinkMailException.class, () -> mailer.send(mail));

        assertEquals(Reason.NOT_SENT, e.reason());
        assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
        assertSafe(e);
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnInTime() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            // accepts the connection, then says nothing (no SMTP greeting)
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    return null;
                }
            });
            MailSettings configured = SmtpEnvironment.settings(SmtpEnvironment.plain(silent.getLocalPort()));
            MailSettings quick = new MailSettings(
                    configured.host(), configured.port(), null, null, configured.from(), false, Duration.ofSeconds(1));

            var e = assertTimeoutPreemptively(
                    Duration.ofSeconds(8),
                    () -> assertThrows(LinkMailException.class, () -> new LinkMailer(quick).send(mail)));

            assertEquals(Reason.NOT_SENT, e.reason());
            assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
            Socket socket = accepted.get(1, TimeUnit.SECONDS);
            if (socket != null) {
                socket.close();
            }
        }
    }

    private static int port() {
        return SMTP.getSmtp().getPort();
    }

    private void assertSafe(LinkMailException e) {
        String text = e.toString();
        assertFalse(text.contains("@"), text);
        assertFalse(text.contains(mail.link()), text);
        assertFalse(text.contains("Zo"), text);
        assertFalse(text.contains(PASSWORD) || text.contains(LOGIN), text);
        assertEquals(null, e.getCause(), "no cause: server replies can quote the address");
    }
}
