package app.gaitway.patientside.adherence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adherence texts: every key the package and its template name exists (also the keys made from enum names), the
 * bundle keeps to its prefix and no other bundle defines one of its keys (a key in two bundles silently loses one
 * text), and every text is a valid MessageFormat without a lone apostrophe.
 */
class AdherenceMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/app/gaitway/patientside/adherence");
    private static final Path TEMPLATE = Path.of("templates/patientside/adherence.html");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(adherence\\.[\\w.]*\\w)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    private final Properties bundle = MessagesWithAdherence.load();

    @Test
    void everyKeyNamedInThePackageAndTheTemplateExists() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                keys.addAll(matches(JAVA_KEY, Files.readString(file)));
            }
        }
        keys.addAll(matches(TEMPLATE_KEY, Files.readString(TEMPLATE)));
        for (Difficulty d : Difficulty.values()) {
            keys.add("adherence.felt." + d.name());
        }
        for (PainTrend.Direction d : PainTrend.Direction.values()) {
            if (d != PainTrend.Direction.TOO_FEW_VALUES) {
                keys.add("adherence.pain.direction." + d.name());
            }
        }
        assertTrue(keys.size() > 30, "the scan found the keys: " + keys.size());
        assertEquals(
                List.of(),
                keys.stream().filter(k -> !bundle.containsKey(k)).distinct().toList());
    }

    @Test
    void theBundleKeepsToItsPrefixAndNoOtherBundleUsesIt() throws IOException {
        for (String key : bundle.stringPropertyNames()) {
            assertTrue(key.startsWith("adherence."), key);
        }
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file :
                    files.filter(f -> !f.equals(MessagesWithAdherence.FILE)).toList()) {
                Properties other = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    other.load(in);
                }
                for (String key : other.stringPropertyNames()) {
                    assertTrue(!bundle.containsKey(key), key + " is also in " + file.getFileName());
                }
            }
        }
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() {
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            String formatted = new MessageFormat(text).format(new Object[] {1, 2, 3, 4, 5});
            long in = text.chars().filter(c -> c == '\'').count();
            long out = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(in, 2 * out, "write '' (or \u2019) for an apostrophe in " + key);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
