package app.gaitway.shared.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Plain-text mail to a staff member's own account address (a password-reset link, the notice that a password
 * changed), through the same GAITWAY_SMTP_* server as the patients' link mails ({@link MailSettings}). Without
 * GAITWAY_SMTP_HOST it is off and {@link #isConfigured()} is false. It logs the kind of a failure only, never the
 * address, the text or the server's reply (which can quote the address).
 */
@ApplicationScoped
public class StaffMailer {

    private static final Logger LOG = Logger.getLogger(StaffMailer.class.getName());

    @Inject
    Config config;

    private MailSettings settings;

    @PostConstruct
    void readSettings() {
        try {
            settings = MailSettings.from(
                    key -> config.getOptionalValue(key, String.class).orElse(null));
        } catch (IllegalArgumentException e) {
            // LinkMailer logs why at start-up; the same settings are at fault here
            settings = MailSettings.off();
        }
    }

    public boolean isConfigured() {
        return settings.isOn();
    }

    /**
     * Sends one mail and waits for the server to take it (at most about {@link MailSettings#timeout()} per step).
     *
     * @return whether the server took it
     */
    public boolean send(String to, String subject, String body) {
        if (!isConfigured()) {
            return false;
        }
        Session session = Session.getInstance(settings.sessionProperties());
        try {
            MimeMessage message = new MimeMessage(session);
            InternetAddress from = new InternetAddress(settings.from(), true);
            if (from.getPersonal() == null) {
                from.setPersonal("Gaitway", StandardCharsets.UTF_8.name());
            }
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.warning(() -> "A staff mail was not sent (" + settings.describe() + "): "
                    + e.getClass().getSimpleName());
            return false;
        }
    }
}
