package app.gaitway.patients;

import java.time.LocalDate;
import java.util.List;

/**
 * What the therapist asked the patient list for: everyone, a name (any part of given or family name, in any
 * order, accents and case ignored) or a date of birth, with or without archived patients, and a page.
 * A date-like text that is no accepted date ({@code 01/03/1950}, {@code 31.02.1950}) is {@link Kind#BAD_DATE}:
 * the page says which forms it accepts instead of searching names for digits.
 */
public record PatientQuery(
        String text, Kind kind, List<String> words, LocalDate dateOfBirth, boolean includeArchived, int page) {

    public static final int PAGE_SIZE = 25;
    public static final int TEXT_MAX = 100;

    public enum Kind {
        ALL,
        NAME,
        DATE_OF_BIRTH,
        BAD_DATE
    }

    public static PatientQuery of(String text, boolean includeArchived, int page) {
        String t = text == null ? "" : text.strip();
        if (t.length() > TEXT_MAX) {
            t = t.substring(0, TEXT_MAX);
        }
        int p = Math.max(1, page);
        var date = BirthDateText.parse(t);
        if (date.isPresent()) {
            return new PatientQuery(t, Kind.DATE_OF_BIRTH, List.of(), date.get(), includeArchived, p);
        }
        if (BirthDateText.looksLikeDate(t)) {
            return new PatientQuery(t, Kind.BAD_DATE, List.of(), null, includeArchived, p);
        }
        List<String> words = SearchName.words(t);
        return new PatientQuery(t, words.isEmpty() ? Kind.ALL : Kind.NAME, words, null, includeArchived, p);
    }

    public boolean isSearch() {
        return kind != Kind.ALL;
    }

    public boolean isBadDate() {
        return kind == Kind.BAD_DATE;
    }
}
