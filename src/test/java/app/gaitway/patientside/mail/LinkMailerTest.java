package app.gaitway.patientside.mail;

import app.gaitway.patientside.mail.LinkMailException.Reason;
import app.gaitway.shared.mail.MailSettings;
import app.gaitway.shared.mail.MailSettingsTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkMailerTest {

    private static final MailSettings SETTINGS = MailSettings.from(MailSettingsTest.config(
            "gaitway.smtp.host",
            "smtp.example.org",
            "gaitway.smtp.user",
            "mailer-login",
            "gaitway.smtp.password",
            "hunter2-secret",
            "gaitway.smtp.from",
            "noreply@clinic.example")::get);

    private final LinkMailer mailer = new LinkMailer(SETTINGS);
    private final Session session = Session.getInstance(SETTINGS.sessionProperties());

    @Test
    void withoutSmtpHostIsNotConfiguredAndSendsNothing() {
        LinkMailer off = new LinkMailer(MailSettings.from(Map.<String, String>of()::get));
        assertFalse(off.isConfigured());
        var e = assertThrows(LinkMailException.class, () -> off.send(MailTexts.example()));
        assertEquals(Reason.NOT_CONFIGURED, e.reason());
    }

    @Test
    void withSmtpHostIsConfigured() {
        assertTrue(mailer.isConfigured());
    }

    @Test
    void isOnePlainTextPartInUtf8() throws Exception {
        MimeMessage message = mailer.compose(session, MailTexts.example());
        assertTrue(message.isMimeType("text/plain"), message.getContentType());
        assertEquals(
                "utf-8",
                new jakarta.mail.internet.ContentType(message.getContentType())
                        .getParameter("charset")
                        .toLowerCase());
        assertEquals(MailTexts.text().write(MailTexts.example()).body(), message.getContent());
        assertEquals("Your home exercises from Physio Süd", message.getSubject());
    }

    @Test
    void goesToThePatientFromTheSenderNamedAfterTheClinic() throws Exception {
        MimeMessage message = mailer.compose(session, MailTexts.example());
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("zoe.miller@example.org", to.getAddress());
        assertEquals(1, message.getAllRecipients().length);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("noreply@clinic.example", from.getAddress());
        assertEquals("Physio Süd", from.getPersonal());
    }

    @Test
    void senderKeepsItsOwnDisplayName() throws Exception {
        LinkMailer named = new LinkMailer(MailSettings.from(MailSettingsTest.config(
                "gaitway.smtp.host", "h", "gaitway.smtp.from", "Gaitway <noreply@clinic.example>")::get));
        InternetAddress from =
                (InternetAddress) named.compose(session, MailTexts.example()).getFrom()[0];
        assertEquals("Gaitway", from.getPersonal());
    }

    @Test
    void rawMessageHoldsNoLoginNorPasswordNorServerNames() throws Exception {
        MimeMessage message = mailer.compose(session, MailTexts.example());
        var raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String text = raw.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("hunter2-secret"));
        assertFalse(text.contains("mailer-login"));
        assertFalse(text.contains("smtp.example.org"));
        String messageId = message.getMessageID();
        assertTrue(messageId.endsWith("@clinic.example>"), "Message-ID from the sender's domain: " + messageId);
    }

    @Test
    void refusesAnythingButOnePlainAddressWithoutNamingIt() {
        for (String to : new String[] {
            "not an address",
            "zoe@",
            "a@example.org, b@example.org",
            "Zoe <zoe@example.org>",
            "zoe@example.org\r\nBcc: x@evil.test",
            "group: a@example.org;"
        }) {
            LinkMail mail = new LinkMail(to, "Zoë", "https://g.example/p/abc", null, "Clinic", "555", null);
            var e = assertThrows(LinkMailException.class, () -> mailer.compose(session, mail), to);
            assertEquals(Reason.BAD_ADDRESS, e.reason(), to);
            assertFalse(e.getMessage().contains("@"), e.getMessage());
        }
    }

    @Test
    void aMailNeedsAddressLinkClinicAndPhoneAndNeverPrintsThem() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LinkMail(" ", "Zoë", "https://g.example/p/abc", null, "Clinic", "555", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LinkMail("a@example.org", "Zoë", null, null, "Clinic", "555", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LinkMail("a@example.org", "Zoë", "https://g.example/p/abc", null, "", "555", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LinkMail("a@example.org", "Zoë", "https://g.example/p/abc", null, "Clinic", null, null));
        String shown = MailTexts.example().toString();
        assertFalse(shown.contains("@") || shown.contains("Zo") || shown.contains("gaitway.example"), shown);
    }
}
