package app.gaitway.shared.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class MailSettingsTest {

    @Test
    void withoutHostEmailIsOff() {
        assertFalse(MailSettings.from(Map.<String, String>of()::get).isOn());
        assertFalse(MailSettings.from(config("gaitway.smtp.host", "  ", "gaitway.smtp.from", "a@b.org")::get)
                .isOn());
    }

    @Test
    void defaultsArePort587WithStartTlsAndTenSecondLimits() {
        MailSettings s = MailSettings.from(
                config("gaitway.smtp.host", "smtp.example.org", "gaitway.smtp.from", "clinic@example.org")::get);
        assertTrue(s.isOn());
        assertEquals(587, s.port());
        assertTrue(s.startTls());
        assertFalse(s.hasLogin());
        assertEquals(Duration.ofSeconds(10), s.timeout());
        Properties p = s.sessionProperties();
        assertEquals("10000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", p.getProperty("mail.smtp.timeout"));
        assertEquals("10000", p.getProperty("mail.smtp.writetimeout"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.required"), "never falls back to clear text");
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("false", p.getProperty("mail.smtp.auth"));
    }

    @Test
    void readsEverySetting() {
        MailSettings s = MailSettings.from(config(
                "gaitway.smtp.host",
                "localhost",
                "gaitway.smtp.port",
                "2525",
                "gaitway.smtp.user",
                "mailer",
                "gaitway.smtp.password",
                " secret with spaces ",
                "gaitway.smtp.from",
                "Gaitway <noreply@example.org>",
                "gaitway.smtp.starttls",
                "FALSE")::get);
        assertEquals(
                new MailSettings(
                        "localhost",
                        2525,
                        "mailer",
                        " secret with spaces ",
                        "Gaitway <noreply@example.org>",
                        false,
                        Duration.ofSeconds(10)),
                s);
        Properties p = s.sessionProperties();
        assertEquals("true", p.getProperty("mail.smtp.auth"));
        assertEquals("false", p.getProperty("mail.smtp.starttls.required"));
    }

    @Test
    void hostWithoutSenderIsRefusedNamingTheSetting() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> MailSettings.from(config("gaitway.smtp.host", "smtp.example.org")::get));
        assertTrue(e.getMessage().contains("GAITWAY_SMTP_FROM"), e.getMessage());
    }

    @Test
    void badPortOrStartTlsValueIsRefused() {
        for (String port : new String[] {"0", "65536", "smtp", "-1"}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> MailSettings.from(config(
                            "gaitway.smtp.host", "h", "gaitway.smtp.from", "a@b.org", "gaitway.smtp.port", port)::get),
                    port);
        }
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> MailSettings.from(
                        config("gaitway.smtp.host", "h", "gaitway.smtp.from", "a@b.org", "gaitway.smtp.starttls", "yes")
                                ::get));
        assertTrue(e.getMessage().contains("GAITWAY_SMTP_STARTTLS"));
    }

    @Test
    void passwordWithoutUserIsNotUsed() {
        MailSettings s = MailSettings.from(config(
                "gaitway.smtp.host", "h", "gaitway.smtp.from", "a@b.org", "gaitway.smtp.password", "secret")::get);
        assertFalse(s.hasLogin());
        assertFalse(s.password() != null && s.password().contains("secret"));
    }

    @Test
    void printsNeitherLoginNorPasswordNorSender() {
        MailSettings s = MailSettings.from(config(
                "gaitway.smtp.host",
                "smtp.example.org",
                "gaitway.smtp.user",
                "mailer-login",
                "gaitway.smtp.password",
                "hunter2-secret",
                "gaitway.smtp.from",
                "clinic@example.org")::get);
        for (String shown : new String[] {s.toString(), s.describe()}) {
            assertFalse(shown.contains("hunter2-secret"), shown);
            assertFalse(shown.contains("mailer-login"), shown);
            assertFalse(shown.contains("clinic@example.org"), shown);
        }
        assertEquals("smtp.example.org:587 with STARTTLS", s.describe());
    }

    public static Map<String, String> config(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
