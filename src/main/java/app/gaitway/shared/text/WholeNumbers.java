package app.gaitway.shared.text;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one reader of whole numbers sent in a form or a query (a version, a count, a pain
 * score, an id). Surrounding spaces are ignored; anything else that is not a plain decimal
 * number in range (blank, "12a", "1e3", a number too large) is "no number", never an
 * exception, so a controller answers with a message beside the field instead of a 500.
 */
public final class WholeNumbers {

    /** Longer than any int or long could be written: not even tried. */
    private static final int MAX_DIGITS = 20;

    private WholeNumbers() {}

    public static OptionalInt parseInt(String text) {
        Optional<Long> value = parseLong(text);
        if (value.isEmpty() || value.get() < Integer.MIN_VALUE || value.get() > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().intValue());
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static OptionalInt parseInt(String text, int min, int max) {
        OptionalInt value = parseInt(text);
        return value.isPresent() && value.getAsInt() >= min && value.getAsInt() <= max ? value : OptionalInt.empty();
    }

    public static Optional<Long> parseLong(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+') && digits.length() > 1;
            if (!sign && (c < '0' || c > '9')) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
