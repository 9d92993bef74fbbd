package app.gaitway.assessments.record;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manual muscle test grade, 0 to 5 with an optional + or − ("3+", "4-"). 5+ and 0− do not exist. Grades order
 * as a therapist reads them: 3− &lt; 3 &lt; 3+ &lt; 4−.
 */
public record MmtGrade(int base, int modifier) implements Comparable<MmtGrade> {

    private static final Pattern GRADE = Pattern.compile("\\s*([0-5])\\s*([+\\-\u2212]?)\\s*");

    public MmtGrade {
        if (base < 0
                || base > 5
                || modifier < -1
                || modifier > 1
                || (base == 5 && modifier > 0)
                || (base == 0 && modifier < 0)) {
            throw new IllegalArgumentException("no such grade " + base + "/" + modifier);
        }
    }

    /** The grade typed, or empty when it is not one (blank is empty too: not tested). */
    public static Optional<MmtGrade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = GRADE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int base = Integer.parseInt(m.group(1));
        int modifier = m.group(2).isEmpty() ? 0 : m.group(2).equals("+") ? 1 : -1;
        if ((base == 5 && modifier > 0) || (base == 0 && modifier < 0)) {
            return Optional.empty();
        }
        return Optional.of(new MmtGrade(base, modifier));
    }

    /** A number for charts and differences: 3− = 2.67, 3 = 3, 3+ = 3.33. */
    public double value() {
        return base + modifier / 3.0;
    }

    public boolean isFull() {
        return base == 5 && modifier == 0;
    }

    @Override
    public int compareTo(MmtGrade o) {
        return Double.compare(value(), o.value());
    }

    /** "3+", "4−" with a real minus sign, "5". */
    @Override
    public String toString() {
        return base + (modifier > 0 ? "+" : modifier < 0 ? "\u2212" : "");
    }
}
