package app.gaitway.patientside.adherence;

import app.gaitway.shared.web.Messages;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The application's messages with the adherence bundle read straight from its file, so these tests do not depend on
 * the bundle being listed in {@code Templates.BUNDLES} (formatted as {@link Messages} does).
 */
final class MessagesWithAdherence extends Messages {

    static final Path FILE = Path.of("src/main/resources/i18n/adherence.properties");

    private final Properties adherence = load();

    static Properties load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public String get(String key, Object... args) {
        String pattern = adherence.getProperty(key);
        return pattern == null ? super.get(key, args) : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
