package app.gaitway.sharing.handout;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout's texts live in its own bundle, sharing/handout.properties (the app's bundles are for the pages
 * Krazo renders): every key the template names is there, none is left unused, and each is a valid MessageFormat.
 */
class HandoutTextsTest {

    private static final Pattern KEY = Pattern.compile("msg\\.msg\\('([\\w.]+)'");
    private static final Pattern CHOSEN_KEY = Pattern.compile("'(handout\\.[\\w.]+)'");

    @Test
    void everyKeyTheTemplateNamesIsInTheBundleAndNoneIsUnused() throws IOException {
        String template = Files.readString(Path.of("templates", HandoutPdf.TEMPLATE));
        Set<String> named = new TreeSet<>();
        for (Pattern p : new Pattern[]{KEY, CHOSEN_KEY}) {
            Matcher m = p.matcher(template);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertTrue(named.size() > 20, "the scan found the keys");
        assertEquals(named, new TreeSet<>(bundle().stringPropertyNames()));
    }

    @Test
    void theTemplateUsesNoAppMessageKeys() throws IOException {
        // #{...} would look the key up in the app's bundles, which this template does not use
        assertTrue(!Files.readString(Path.of("templates", HandoutPdf.TEMPLATE)).contains("#{"));
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        Properties texts = bundle();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            String formatted = new MessageFormat(text).format(new Object[]{1, 2, 3});
            long in = text.chars().filter(c -> c == '\'').count();
            long out = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(in, 2 * out, "write '' (or ’) for an apostrophe in " + key);
        }
    }

    private static Properties bundle() throws IOException {
        Properties texts = new Properties();
        texts.load(new InputStreamReader(new ByteArrayInputStream(HandoutPdf.resource("handout.properties")), StandardCharsets.UTF_8));
        return texts;
    }
}
