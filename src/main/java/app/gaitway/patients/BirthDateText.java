package app.gaitway.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as people type it, in the two forms that cannot be misread: ISO ({@code 1950-03-01})
 * and day.month.year ({@code 1.3.1950}, {@code 01.03.1950}). "01/03/1950" is refused on purpose: it is
 * 1 March in Europe and 3 January in the United States, and a wrong date of birth finds the wrong patient.
 */
public final class BirthDateText {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    /** Digits with separators: meant as a date, whether or not it is one of the accepted forms. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}\\s*[-./]\\s*\\d{1,2}\\s*[-./]\\s*\\d{1,4}");

    private BirthDateText() {}

    /** The date, when the text is a real date in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(t);
        if (dotted.matches()) {
            return date(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        return Optional.empty();
    }

    /** Whether the text was meant as a date (digits and separators), so it is no name to search for. */
    public static boolean looksLikeDate(String text) {
        return text != null && DATE_LIKE.matcher(text.strip()).matches();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
