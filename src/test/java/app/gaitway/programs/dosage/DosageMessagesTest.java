package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dosage texts: every key this package names exists (MessageKeysTest only sees literal keys passed straight to
 * {@code messages.get}), and the dosage bundle keeps to its own prefixes, since a key defined in two bundles
 * silently loses one text.
 */
class DosageMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/app/gaitway/programs/dosage");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(dosage\\.[\\w.]*\\w)\"");

    private final Messages messages = new Messages();

    @Test
    void everyKeyNamedInThePackageExists() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() > 40, "the scan found the keys: " + keys.size());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            try {
                messages.get(key, 1, 2, 3);
            } catch (IllegalArgumentException e) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theDosageBundleKeepsToItsPrefixes() throws IOException {
        for (String key : bundle("dosage.properties").stringPropertyNames()) {
            assertTrue(
                    key.startsWith("dosage.item.")
                            || key.startsWith("dosage.error.")
                            || key.startsWith("dosage.warning."),
                    key);
        }
    }

    @Test
    void noOtherBundleDefinesADosageKey() throws IOException {
        Properties ours = bundle("dosage.properties");
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("dosage.properties"))
                    .toList()) {
                for (String key : bundle(file.getFileName().toString()).stringPropertyNames()) {
                    assertTrue(!ours.containsKey(key), key + " is also in " + file.getFileName());
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
