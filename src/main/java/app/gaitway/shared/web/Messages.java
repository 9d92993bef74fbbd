package app.gaitway.shared.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The same message bundles the templates use, for texts built in Java (flash messages, errors). */
@ApplicationScoped
public class Messages {

    private final Properties bundle = Templates.loadMessages();

    /** Parsed once per key: parsing a pattern was most of the time a page spent in its texts (issue 14's profile). */
    private final Map<String, MessagePattern> formats = new ConcurrentHashMap<>();

    public String get(String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Missing message key " + key);
        }
        // As Thymeleaf does, so a text reads the same in Java and templates: MessageFormat, unless the text has
        // nothing it would change (no argument, no quote).
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return formats.computeIfAbsent(key, k -> MessagePattern.compile(pattern))
                .format(Locale.ENGLISH, args);
    }
}
