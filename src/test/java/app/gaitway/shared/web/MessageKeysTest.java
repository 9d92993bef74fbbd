package app.gaitway.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
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
 * Every text a page shows comes from the message bundles: a key a template or a
 * controller names must exist, every message must be valid for MessageFormat (which
 * Thymeleaf applies: a lone apostrophe would vanish).
 */
class MessageKeysTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile("messages\\.get\\(\"([a-zA-Z][\\w.-]*[\\w])\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([\\w.-]+)}\"");

    private final Properties bundle = Templates.loadMessages();

    @Test
    void everyKeyNamedInTemplatesExists() throws IOException {
        assertAllExist(keysIn(Path.of("templates"), ".html", TEMPLATE_KEY));
    }

    @Test
    void everyKeyNamedInJavaExists() throws IOException {
        List<String> keys = keysIn(Path.of("src/main/java"), ".java", JAVA_KEY);
        keys.addAll(keysIn(Path.of("src/main/java"), ".java", VALIDATION_KEY));
        assertTrue(keys.size() > 10, "the scan found the keys");
        assertAllExist(keys);
    }

    @Test
    void everyMessageIsAValidMessageFormatWithoutLoneApostrophes() {
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            String formatted = new MessageFormat(text).format(new Object[] {1, 2, 3});
            long apostrophesIn = text.chars().filter(c -> c == '\'').count();
            long apostrophesOut = formatted.chars().filter(c -> c == '\'').count();
            assertEquals(apostrophesIn, 2 * apostrophesOut, "write '' (or ’) for an apostrophe in " + key);
        }
    }

    private void assertAllExist(List<String> keys) {
        List<String> missing =
                keys.stream().filter(k -> !bundle.containsKey(k)).distinct().toList();
        assertTrue(missing.isEmpty(), "missing message keys: " + missing);
    }

    private static List<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
