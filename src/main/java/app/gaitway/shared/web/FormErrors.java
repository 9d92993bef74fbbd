package app.gaitway.shared.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors of one submitted form, by field name, for the field fragment to show beside
 * each input. Templates see it as {@code errors}; {@code errors.of('email')}.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private String global;

    /** The problems a form's rules found, in words; the first problem of a field wins. */
    public static FormErrors of(Collection<FieldProblem> problems, Messages messages) {
        FormErrors errors = new FormErrors();
        for (FieldProblem problem : problems) {
            String text = messages.get(problem.key(), problem.args());
            if (FieldProblem.FORM.equals(problem.field())) {
                if (errors.global == null) {
                    errors.global(text);
                }
            } else {
                errors.add(problem.field(), text);
            }
        }
        return errors;
    }

    /** Errors already in words, by field. */
    public static FormErrors of(Map<String, String> byField) {
        FormErrors errors = new FormErrors();
        byField.forEach(errors::add);
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public FormErrors global(String message) {
        this.global = message;
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && global == null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public String getGlobal() {
        return global;
    }

    /** In the order the errors were added (Map.copyOf would lose it, and the summary would jump around). */
    public Map<String, String> getAll() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public int getCount() {
        return byField.size() + (global == null ? 0 : 1);
    }
}
