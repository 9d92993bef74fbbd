package app.gaitway.shared.web;

import java.util.Arrays;
import java.util.Objects;

/**
 * One problem beside one field of a form: the field's name and a message key with its
 * arguments. Every form's rules return these; {@link FormErrors#of(java.util.Collection, Messages)}
 * turns them into words for the field fragment. A problem of the whole form uses
 * {@link #FORM} as its field.
 */
public record FieldProblem(String field, String key, Object... args) {

    /** The field name of a problem that belongs to no single field (shown above the form). */
    public static final String FORM = "form";

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p
                && field.equals(p.field)
                && key.equals(p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ": " + key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
}
