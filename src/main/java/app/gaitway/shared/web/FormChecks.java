package app.gaitway.shared.web;

import app.gaitway.shared.text.TypedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks most typed fields share (filled in, plain text, not too long, an email address, one of the
 * offered choices), collected as {@link FieldProblem}s in the order they are asked, which is the order of the
 * fields on the page, so the error summary reads like the form. A form's {@code problems()} asks them field by
 * field; the first problem of a field is the one shown, so a check is skipped for a field that already has one
 * (and a pattern never runs over text already found too long).
 */
public final class FormChecks {

    /** What an email field must look like: a local part, one {@code @}, a domain of dot-separated labels. */
    private static final Pattern LOCAL_PART = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+)*");

    private static final Pattern DOMAIN_LABEL =
            Pattern.compile("[A-Za-z0-9\\u0080-\\uFFFF](?:[A-Za-z0-9\\u0080-\\uFFFF-]*[A-Za-z0-9\\u0080-\\uFFFF])?");
    private static final int LOCAL_PART_MAX = 64;
    private static final int DOMAIN_MAX = 255;
    private static final int LABEL_MAX = 63;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Empty or only blanks (spaces, line breaks, control characters), as a required field may not be. */
    public static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    /** Plain text of one line or several, at most {@code max} characters as sent; the key says "too long". */
    public FormChecks text(String field, String value, TypedText.Lines lines, int max, String tooLongKey) {
        if (has(field)) {
            return this;
        }
        if (!TypedText.isAcceptable(value, lines)) {
            add(field, TypedText.MESSAGE_KEY);
        } else if (value != null && value.length() > max) {
            add(field, tooLongKey);
        }
        return this;
    }

    /** Plain text of one line or several, any length (a password, whose rules are the password policy's). */
    public FormChecks text(String field, String value, TypedText.Lines lines) {
        return text(field, value, lines, Integer.MAX_VALUE, "field.tooLong");
    }

    /** A field that must be filled in; the key says so. */
    public FormChecks required(String field, String value, String key) {
        if (!has(field) && isBlank(value)) {
            add(field, key);
        }
        return this;
    }

    /** Empty, or an email address as people write them ({@code name@clinic.org}). */
    public FormChecks email(String field, String value) {
        if (!has(field) && value != null && !value.isEmpty() && !isEmailAddress(value)) {
            add(field, "field.invalidEmail");
        }
        return this;
    }

    /** Empty, or exactly one of the values the field offers. */
    public FormChecks oneOf(String field, String value, List<String> offered, String key) {
        if (!has(field) && value != null && !value.isEmpty() && !offered.contains(value)) {
            add(field, key);
        }
        return this;
    }

    /** Empty, or text the pattern matches as a whole. */
    public FormChecks matches(String field, String value, Pattern pattern, String key) {
        if (!has(field)
                && value != null
                && !value.isEmpty()
                && !pattern.matcher(value).matches()) {
            add(field, key);
        }
        return this;
    }

    public FormChecks add(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Checked without backtracking regular expressions: a form field may hold anything, long. */
    static boolean isEmailAddress(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > LOCAL_PART_MAX
                || domain.length() > DOMAIN_MAX
                || !LOCAL_PART.matcher(local).matches()) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.length() > LABEL_MAX || !DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
