package app.gaitway.patientside.handout;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout's texts live in its own bundle, sharing/handout.properties (the app's bundles are for the pages
 * Krazo renders): every key the two templates (handout and fridge sheet) and the picture labels name is there,
 * none is left unused, and each is a valid MessageFormat.
 */
class HandoutTextsTest {

    private static final Pattern KEY = Pattern.compile("msg\\.msg\\('([\\w.]+)'");
    private static final Pattern CHOSEN_KEY = Pattern.compile("'(handout\\.[\\w.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(handout\\.[\\w.]+)\"");
    private static final List<Path> TEMPLATES =
            List.of(Path.of("templates", HandoutPdf.TEMPLATE), Path.of("templates", "patientside", Sheet.FRIDGE.file));
    private static final int DAYS_OF_A_WEEK = 7;

    @Test
    void everyKeyTheTemplateNamesIsInTheBundleAndNoneIsUnused() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path template : TEMPLATES) {
            for (Pattern p : new Pattern[] {KEY, CHOSEN_KEY}) {
                Matcher m = p.matcher(Files.readString(template));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Matcher labels = JAVA_KEY.matcher(
                Files.readString(Path.of("src/main/java/app/gaitway/patientside/handout/HandoutPage.java")));
        while (labels.find()) {
            named.add(labels.group(1));
        }
        // the days of the fridge sheet are named by number: 'handout.fridge.day.' + d
        if (named.remove("handout.fridge.day.")) {
            for (int d = 1; d <= DAYS_OF_A_WEEK; d++) {
                named.add("handout.fridge.day." + d);
            }
        }
        assertTrue(named.size() > 20, "the scan found the keys");
        assertEquals(named, new TreeSet<>(bundle().stringPropertyNames()));
    }

    @Test
    void theTemplateUsesNoAppMessageKeys() throws IOException {
        // #{...} would look the key up in the app's bundles, which these templates do not use
        for (Path template : TEMPLATES) {
            assertTrue(!Files.readString(template).contains("#{"), template.toString());
        }
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        Properties texts = bundle();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            String formatted = new MessageFormat(text).format(new Object[] {1, 2, 3});
            long in = text.chars().filter(c -> c == '\'').count();
            long out = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(in, 2 * out, "write '' (or ’) for an apostrophe in " + key);
        }
    }

    private static Properties bundle() throws IOException {
        Properties texts = new Properties();
        texts.load(new InputStreamReader(
                new ByteArrayInputStream(HandoutPdf.resource("handout.properties")), StandardCharsets.UTF_8));
        return texts;
    }
}
