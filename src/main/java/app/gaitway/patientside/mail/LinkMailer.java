package app.gaitway.patientside.mail;

import app.gaitway.patientside.mail.LinkMailException.Reason;
import app.gaitway.shared.mail.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;

import javax.net.ssl.SSLException;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Emails a patient the private link to their home program, through the SMTP server set by GAITWAY_SMTP_* (see
 * {@link MailSettings}), with Jakarta Mail as Payara Micro provides it. Without GAITWAY_SMTP_HOST email is off:
 * {@link #isConfigured()} is false and pages hide the button.
 * <p>
 * The mail is plain text in UTF-8, from the configured sender (shown with the clinic's name unless the sender
 * names itself), to one patient, and sent at once: the caller waits at most about {@link MailSettings#timeout()}
 * per step. This class logs nothing about a mail; the caller may log "link mail sent for link id N".
 */
@ApplicationScoped
public class LinkMailer {

    private static final Logger LOG = Logger.getLogger(LinkMailer.class.getName());

    @Inject
    Config config;

    private MailSettings settings;
    private LinkMailText texts;

    /** For CDI, which reads the settings from MicroProfile Config. */
    public LinkMailer() {}

    /** With settings given (tests, or anything outside CDI). */
    public LinkMailer(MailSettings settings) {
        this.settings = settings;
        this.texts = LinkMailText.shipped();
    }

    @PostConstruct
    void readSettings() {
        texts = LinkMailText.shipped();
        try {
            settings = MailSettings.from(
                    key -> config.getOptionalValue(key, String.class).orElse(null));
            LOG.info(() -> "Email of program links: " + settings.describe());
        } catch (IllegalArgumentException e) {
            settings = MailSettings.off();
            LOG.warning(() -> "Email of program links is off: " + e.getMessage());
        }
    }

    /** Reads the settings at start-up, so the log says at once whether email is on and why not. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        isConfigured();
    }

    public boolean isConfigured() {
        return settings.isOn();
    }

    /**
     * Sends the mail, or says why not. Blocks until the mail server has accepted the message.
     *
     * @throws LinkMailException when email is off, the address is unusable, or the server did not take the mail
     */
    public void send(LinkMail mail) throws LinkMailException {
        if (!isConfigured()) {
            throw new LinkMailException(Reason.NOT_CONFIGURED, "GAITWAY_SMTP_HOST is not set");
        }
        Session session = Session.getInstance(settings.sessionProperties());
        MimeMessage message = compose(session, mail);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /** The message as it will be sent; package-private so tests can read it without a server. */
    MimeMessage compose(Session session, LinkMail mail) throws LinkMailException {
        InternetAddress to = recipient(mail.to());
        LinkMailText.Text text = texts.write(mail);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(sender(LinkMailText.oneLine(mail.clinicName())));
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
            message.setText(text.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    private static InternetAddress recipient(String address) throws LinkMailException {
        try {
            InternetAddress to = new InternetAddress(address.strip(), true);
            // One plain address: no display name, group or route the patient's record did not hold.
            if (to.isGroup() || to.getPersonal() != null || !to.getAddress().contains("@")) {
                throw new AddressException();
            }
            return to;
        } catch (AddressException e) {
            throw new LinkMailException(Reason.BAD_ADDRESS, "not a single valid email address");
        }
    }

    /** The configured sender; if it has no display name, the clinic's name, so the patient knows who writes. */
    private InternetAddress sender(String clinicName) throws LinkMailException {
        try {
            InternetAddress from = new InternetAddress(settings.from(), true);
            if (from.getPersonal() == null) {
                from.setPersonal(clinicName, StandardCharsets.UTF_8.name());
            }
            return from;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new LinkMailException(Reason.NOT_SENT, "GAITWAY_SMTP_FROM is not a valid email address");
        }
    }

    /** Names the failure by its kind only: server replies and exception messages can quote the address. */
    private LinkMailException failure(MessagingException e) {
        String where = " (" + settings.describe() + ")";
        if (e instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return new LinkMailException(Reason.BAD_ADDRESS, "the mail server refused the address" + where);
        }
        if (e instanceof AuthenticationFailedException) {
            return new LinkMailException(
                    Reason.NOT_SENT,
                    settings.hasLogin()
                            ? "the mail server refused the login" + where
                            : "the mail server asks for a login: set GAITWAY_SMTP_USER and GAITWAY_SMTP_PASSWORD"
                                    + where);
        }
        if (has(e, SocketTimeoutException.class)) {
            return new LinkMailException(Reason.NOT_SENT, "the mail server did not answer in time" + where);
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)) {
            return new LinkMailException(Reason.NOT_SENT, "the mail server could not be reached" + where);
        }
        if (settings.startTls() && e.getMessage() != null && e.getMessage().contains("STARTTLS")) {
            // Angus's own fixed text, e.g. "STARTTLS is required but host does not support STARTTLS".
            return new LinkMailException(
                    Reason.NOT_SENT,
                    "the mail server does not offer STARTTLS, which" + " GAITWAY_SMTP_STARTTLS=true requires" + where);
        }
        if (has(e, SSLException.class)) {
            return new LinkMailException(Reason.NOT_SENT, "TLS with the mail server failed" + where);
        }
        return new LinkMailException(Reason.NOT_SENT, "the mail server did not take the mail: " + kinds(e) + where);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String kinds(Throwable e) {
        List<String> names = new ArrayList<>();
        for (Throwable t = e; t != null && names.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return String.join(" <- ", names);
    }
}
