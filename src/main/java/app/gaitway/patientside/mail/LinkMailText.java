package app.gaitway.patientside.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of a link mail, from the {@code mail.link.*} messages: a subject without the patient's name, and a
 * plain-text body with the link on a line of its own (so mail programs make it clickable), how to open it, that it
 * is private, and the clinic's phone for questions. Every value is put on one line, so nothing typed into a name
 * can add a header or break the layout.
 */
final class LinkMailText {

    static final String BUNDLE = "/i18n/mail.properties";

    /** A finished email's words. */
    record Text(String subject, String body) {}

    private final Properties messages;

    LinkMailText(Properties messages) {
        this.messages = messages;
    }

    /** The texts as shipped, from the classpath. */
    static LinkMailText shipped() {
        try (InputStream in = LinkMailText.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + BUNDLE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new LinkMailText(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Text write(LinkMail mail) {
        String clinic = oneLine(mail.clinicName());
        String phone = oneLine(mail.clinicPhone());
        String firstName = oneLine(mail.patientFirstName());
        String therapist = oneLine(mail.therapistName());
        String link = oneLine(mail.link());
        String typedLink = oneLine(mail.typedLink());

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(firstName.isEmpty() ? text("mail.link.greetingNoName") : text("mail.link.greeting", firstName));
        paragraphs.add(
                therapist.isEmpty()
                        ? text("mail.link.introNoTherapist", clinic)
                        : text("mail.link.intro", therapist, clinic));
        paragraphs.add(text("mail.link.open"));
        paragraphs.add(link);
        if (!typedLink.isEmpty() && !typedLink.equals(link)) {
            paragraphs.add(text("mail.link.typed"));
            paragraphs.add(typedLink);
        }
        paragraphs.add(text("mail.link.private"));
        paragraphs.add(text("mail.link.keep"));
        paragraphs.add(text("mail.link.questions", phone));
        paragraphs.add(text("mail.link.closing") + "\n" + clinic + "\n" + phone);

        return new Text(text("mail.link.subject", clinic), String.join("\n\n", paragraphs) + "\n");
    }

    private String text(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Missing message key " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** Line breaks, tabs and other control characters become single spaces. */
    static String oneLine(String value) {
        return value == null
                ? ""
                : value.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
