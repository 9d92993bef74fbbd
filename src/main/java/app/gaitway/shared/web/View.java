package app.gaitway.shared.web;

import java.util.Map;

/**
 * A page to render: the template under {@code templates/} (without {@code .html}) and the values it reads. Written by
 * {@link ViewWriter}.
 */
public record View(String template, Map<String, Object> variables) {

    /** A controller names its page as the template's file, {@code "patients/patient.html"}. */
    static View named(String file, Map<String, Object> variables) {
        return new View(file.substring(0, file.length() - ".html".length()), variables);
    }

    static boolean isPageName(Object entity) {
        return entity instanceof String name && name.endsWith(".html");
    }
}
