package app.gaitway.shared.mail;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Function;

/**
 * How Gaitway reaches its SMTP server, from GAITWAY_SMTP_* (MicroProfile Config keys {@code gaitway.smtp.*}).
 * Without a host, email is off. With a host, a sender address is required. STARTTLS is on by default and then
 * required: the login and the patient's link never cross the network in clear text unless
 * GAITWAY_SMTP_STARTTLS=false says so (for a relay on the same machine or network).
 */
public record MailSettings(
        String host, int port, String user, String password, String from, boolean startTls, Duration timeout) {

    static final int DEFAULT_PORT = 587;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Email off: no host. */
    public static MailSettings off() {
        return new MailSettings(null, DEFAULT_PORT, null, null, null, true, DEFAULT_TIMEOUT);
    }

    /**
     * Reads the settings by their MicroProfile Config keys ({@code gaitway.smtp.host}, ...); a missing key gives
     * null. Throws {@link IllegalArgumentException} when a host is set but the rest cannot work; its message names
     * the setting at fault and no value.
     */
    public static MailSettings from(Function<String, String> config) {
        String host = blankToNull(config.apply("gaitway.smtp.host"));
        if (host == null) {
            return off();
        }
        String portText = blankToNull(config.apply("gaitway.smtp.port"));
        int port;
        try {
            port = portText == null ? DEFAULT_PORT : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("GAITWAY_SMTP_PORT must be a port number (1 to 65535)");
        }
        String from = blankToNull(config.apply("gaitway.smtp.from"));
        if (from == null) {
            throw new IllegalArgumentException("GAITWAY_SMTP_FROM is required when GAITWAY_SMTP_HOST is set");
        }
        String startTls = blankToNull(config.apply("gaitway.smtp.starttls"));
        if (startTls != null && !startTls.equalsIgnoreCase("true") && !startTls.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("GAITWAY_SMTP_STARTTLS must be true or false");
        }
        String user = blankToNull(config.apply("gaitway.smtp.user"));
        // A password is taken as given (spaces may belong to it), but only with a user.
        String password = user == null ? null : config.apply("gaitway.smtp.password");
        return new MailSettings(
                host,
                port,
                user,
                password == null ? "" : password,
                from,
                startTls == null || Boolean.parseBoolean(startTls),
                DEFAULT_TIMEOUT);
    }

    public boolean isOn() {
        return host != null;
    }

    public boolean hasLogin() {
        return user != null;
    }

    /** The Jakarta Mail session properties: SMTP, time limits, TLS and login as set. */
    public Properties sessionProperties() {
        String millis = String.valueOf(timeout.toMillis());
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", String.valueOf(hasLogin()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(startTls));
        if (startTls) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        // Message-IDs are made from mail.from; without it they would carry the server's user and host name.
        p.setProperty("mail.from", from);
        return p;
    }

    /** Safe to log: where mail goes, never the login or the sender. */
    public String describe() {
        return isOn() ? host + ":" + port + (startTls ? " with STARTTLS" : " without TLS") : "off";
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + (hasLogin() ? ", with login" : "") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
