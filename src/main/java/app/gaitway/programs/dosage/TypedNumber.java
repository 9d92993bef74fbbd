package app.gaitway.programs.dosage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a therapist types: a whole number, a range ("10-15", "10–15", "10 to 15") or a weight
 * ("1.5", "1,5"). Reading only says what was typed; whether it is in range is {@link DosageRules}' job, so a
 * value too large to hold is kept as the largest int rather than mistaken for text.
 */
final class TypedNumber {

    private static final Pattern WHOLE = Pattern.compile("([-\u2212]?)\\h*(\\d+)");
    /** Between the two numbers: a hyphen, an en or em dash, a minus sign, or the word "to". */
    private static final Pattern RANGE =
            Pattern.compile("(\\d+)\\h*(?:(?:[-\u2010\u2011\u2013\u2014\u2212]|to)\\h*(\\d+))?");

    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?|[.,]\\d+");

    private TypedNumber() {}

    /** Two ends of a range; equal for a single number. */
    record Range(int min, int max) {}

    /** A whole number, possibly negative ("-5" or "−5"), or empty when the text is something else. */
    static Optional<Integer> whole(String text) {
        Matcher m = WHOLE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int value = clamped(m.group(2));
        return Optional.of(m.group(1).isEmpty() ? value : -value);
    }

    /** A whole number or a range of two, or empty when the text is something else. */
    static Optional<Range> range(String text) {
        Matcher m = RANGE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int min = clamped(m.group(1));
        int max = m.group(2) == null ? min : clamped(m.group(2));
        return Optional.of(new Range(min, max));
    }

    /** A positive decimal, with a point or a comma, trailing zeros dropped ("1.50" is 1.5). */
    static Optional<BigDecimal> decimal(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(t.replace(',', '.')).stripTrailingZeros();
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }

    private static int clamped(String digits) {
        return new BigInteger(digits).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
    }
}
