package app.gaitway.shared.web;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * What a controller hands its page: named values the template reads ({@code ${patient}}). One per request; the
 * {@link ViewResponseFilter} gives them to the template the controller named.
 */
@RequestScoped
public class Models {

    private final Map<String, Object> values = new HashMap<>();

    public Models put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** A copy: what the template sees is what was put before the page was rendered. */
    public Map<String, Object> asMap() {
        return new HashMap<>(values);
    }
}
