package app.gaitway.patientside.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The mail texts read straight from the source file, as the tests check what is shipped. */
final class MailTexts {

    static final Path FILE = Path.of("src/main/resources/i18n/mail.properties");

    private MailTexts() {}

    static Properties properties() {
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinkMailText text() {
        return new LinkMailText(properties());
    }

    /** A mail as a therapist would send it, with letters beyond ASCII where people have them. */
    static LinkMail example() {
        return new LinkMail(
                "zoe.miller@example.org",
                "Zoë",
                "https://gaitway.example/p/Xq7vR2mT9kLw4ZpN8sYbC3",
                "gaitway.example/p/XQ7V-R2MT-9KLW",
                "Physio Süd",
                "+1 555 0100 ext. 12",
                "Sam Lee");
    }
}
