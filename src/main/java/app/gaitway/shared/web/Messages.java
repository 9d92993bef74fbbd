package app.gaitway.shared.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The same message bundles the templates use, for texts built in Java (flash messages, errors). */
@ApplicationScoped
public class Messages {

    private final Properties bundle = Templates.loadMessages();

    public String get(String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Missing message key " + key);
        }
        // Always through MessageFormat, as Thymeleaf does, so a text reads the same in Java and templates.
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
