package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every text of the audit pages comes from audit.properties, and every key used is there. */
class AuditMessagesTest {

    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{(audit\\.[A-Za-z0-9_.]+)");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"(audit\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyActionAndOutcomeHasALabel() throws IOException {
        Properties messages = load();
        for (AuditAction action : AuditAction.values()) {
            assertNotNull(messages.getProperty("audit.action." + action.name()), action.name());
        }
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertNotNull(messages.getProperty("audit.outcome." + outcome.name()), outcome.name());
        }
        for (String column : AuditLogService.CSV_COLUMNS) {
            assertNotNull(messages.getProperty("audit.csv." + column), column);
        }
    }

    @Test
    void everyKeyUsedByTheTemplatesAndCodeExists() throws IOException {
        Properties messages = load();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(
                Files.list(Path.of("templates/audit")),
                Files.list(Path.of("src/main/java/app/gaitway/shared/audit")))) {
            for (Path file : files.toList()) {
                Pattern pattern = file.toString().endsWith(".html") ? KEY_IN_TEMPLATE : KEY_IN_JAVA;
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    // a prefix ("audit.action." + code) is checked key by key above
                    if (!m.group(1).endsWith(".") && !messages.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = AuditMessagesTest.class.getResourceAsStream("/i18n/audit.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
