package app.gaitway.patients;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of an ICD-10 code: a letter, two digits, then optionally a dot and one to four letters or
 * digits ({@code M22.2}, {@code M54.5}, {@code S83.511A}). Only the form is checked, not whether the code
 * exists. Typed codes are upper-cased and stripped of spaces.
 */
public final class Icd10Code {

    public static final int MAX_LENGTH = 8;
    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{2}(\\.[A-Z0-9]{1,4})?");

    private Icd10Code() {}

    /** The code as stored, when the text has the form of one; empty otherwise. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return FORM.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return normalise(text).isPresent();
    }
}
