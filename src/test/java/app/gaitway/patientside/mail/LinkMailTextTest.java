package app.gaitway.patientside.mail;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkMailTextTest {

    private final LinkMail mail = MailTexts.example();
    private final LinkMailText.Text text = MailTexts.text().write(mail);

    @Test
    void subjectNamesTheClinicButNotThePatientNorTheLink() {
        assertEquals("Your home exercises from Physio Süd", text.subject());
        assertFalse(text.subject().contains("Zoë"));
        assertFalse(text.subject().contains("gaitway.example"));
    }

    @Test
    void bodyHoldsTheLinkHowToOpenItThatItIsPrivateAndTheClinicPhone() {
        String body = text.body();
        assertAll(
                () -> assertTrue(body.startsWith("Hello Zoë,\n\n"), body),
                () -> assertTrue(body.contains("Sam Lee at Physio Süd made a list of exercises"), body),
                () -> assertTrue(body.contains("click or tap this link"), body),
                () -> assertTrue(body.contains("\n\n" + mail.link() + "\n\n"), "the link stands on a line of its own"),
                () -> assertTrue(body.contains("type this into the address bar"), body),
                () -> assertTrue(body.contains("\n\n" + mail.typedLink() + "\n\n"), "the typed link on its own line"),
                () -> assertTrue(body.contains("do not share it"), body),
                () -> assertTrue(body.contains("please call us at +1 555 0100 ext. 12."), body),
                () -> assertTrue(body.endsWith("Thank you,\nPhysio Süd\n+1 555 0100 ext. 12\n"), body));
    }

    @Test
    void holdsNoSecretButTheLinkAndNoOtherPatientData() {
        String all = text.subject() + "\n" + text.body();
        assertEquals(1, count(all, mail.link()), "the link once");
        assertFalse(all.contains(mail.to()), "the patient's address is for the envelope, not the text");
        assertFalse(all.contains("Miller"), "no family name");
        // The only long random-looking token is the link's own.
        var tokens = Pattern.compile("[A-Za-z0-9]{16,}")
                .matcher(all)
                .results()
                .map(r -> r.group())
                .toList();
        assertEquals(1, tokens.size(), "tokens: " + tokens);
        assertTrue(mail.link().endsWith(tokens.get(0)));
    }

    @Test
    void isPlainTextWithoutMarkup() {
        String body = text.body();
        assertFalse(Pattern.compile("<[a-zA-Z/!]").matcher(body).find(), "no HTML");
        assertFalse(body.contains("&amp;") || body.contains("&nbsp;"), "no HTML entities");
        assertFalse(body.contains("**") || body.contains("]("), "no Markdown");
        assertFalse(body.contains("\r") || body.contains("\t"), "plain line feeds only");
        assertFalse(body.contains("{") || body.contains("}"), "every placeholder filled");
    }

    @Test
    void sentencesAreShortForEasyReading() {
        String words = text.body().replace(mail.link(), "").replace(mail.typedLink(), "");
        for (String sentence : words.split("[.:,]\\s|\\n\\n")) {
            long count = Arrays.stream(sentence.trim().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .count();
            assertTrue(count <= 16, "a sentence of " + count + " words: " + sentence);
        }
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        LinkMail bare =
                new LinkMail("a@example.org", " ", "https://gaitway.example/p/abc", null, "Clinic", "555", null);
        String body = MailTexts.text().write(bare).body();
        assertTrue(body.startsWith("Hello,\n\nYour physical therapist at Clinic made a list"), body);
        assertFalse(body.contains("address bar"), "no typed link to offer");
        assertFalse(body.contains("null"), body);
    }

    @Test
    void typedLinkIsLeftOutWhenItIsTheSameAsTheLink() {
        LinkMail same = new LinkMail(
                "a@example.org", "Ann", "https://g.example/p/abc", "https://g.example/p/abc", "Clinic", "555", "Sam");
        String body = MailTexts.text().write(same).body();
        assertEquals(1, count(body, "https://g.example/p/abc"));
        assertFalse(body.contains("address bar"));
    }

    @Test
    void valuesCannotAddLinesOrHeaders() {
        LinkMail sneaky = new LinkMail(
                "a@example.org",
                "Ann\nBcc: x@evil.test",
                "https://g.example/p/abc",
                null,
                "Clinic\r\nBcc: x@evil.test",
                "555\t0100",
                "Sam");
        LinkMailText.Text t = MailTexts.text().write(sneaky);
        assertEquals("Your home exercises from Clinic Bcc: x@evil.test", t.subject());
        assertFalse(t.body().lines().anyMatch(line -> line.startsWith("Bcc:")), t.body());
        assertTrue(t.body().contains("call us at 555 0100."), t.body());
    }

    @Test
    void everyMailMessageIsAValidMessageFormatWithoutLoneApostrophes() {
        Properties messages = MailTexts.properties();
        assertTrue(messages.size() > 10, "the file was read");
        for (String key : messages.stringPropertyNames()) {
            assertTrue(key.startsWith("mail."), "own prefix: " + key);
            String pattern = messages.getProperty(key);
            String formatted = new MessageFormat(pattern).format(new Object[] {"a", "b", "c"});
            long in = pattern.chars().filter(c -> c == '\'').count();
            long out = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(in, 2 * out, "write '' (or ’) for an apostrophe in " + key);
        }
    }

    @Test
    void shippedTextsAreTheSourceFile() {
        assertEquals(text, LinkMailText.shipped().write(mail));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
