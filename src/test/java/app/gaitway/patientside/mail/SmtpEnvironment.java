package app.gaitway.patientside.mail;

import app.gaitway.shared.mail.MailSettings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The GAITWAY_SMTP_* variables for a test mail server, and the same values as MicroProfile Config would hand them
 * to the application (gaitway.smtp.host from GAITWAY_SMTP_HOST), so a test in this JVM and a started server read
 * one configuration.
 */
final class SmtpEnvironment {

    static final String FROM = "noreply@clinic-a.test";

    private SmtpEnvironment() {}

    /** A local server without TLS (GreenMail), no login. */
    static Map<String, String> plain(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GAITWAY_SMTP_HOST", "localhost");
        env.put("GAITWAY_SMTP_PORT", String.valueOf(port));
        env.put("GAITWAY_SMTP_STARTTLS", "false");
        env.put("GAITWAY_SMTP_FROM", FROM);
        return env;
    }

    static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    /** Looks a config key up as MicroProfile Config's environment source does. */
    static Function<String, String> asConfig(Map<String, String> env) {
        return key -> env.get(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
    }

    static MailSettings settings(Map<String, String> env) {
        return MailSettings.from(asConfig(env));
    }
}
