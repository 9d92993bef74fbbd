package app.gaitway.patients;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of a patient's details that Bean Validation cannot say: a date of birth that is a real,
 * plausible day, the form of an ICD-10 code, and the length of long texts counted as the person sees them
 * (a browser sends each line break of a text area as two characters). Each answers a message key, or empty.
 */
public final class PatientRules {

    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    public static final int NAME_MAX = 100;
    public static final int REFERRAL_MAX = 1000;
    public static final int NOTES_MAX = 5000;

    private PatientRules() {}

    /** What is wrong with a typed date of birth, given today's date where the clinic is. */
    public static Optional<String> dateOfBirthProblem(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.of("patient.dateOfBirth.required");
        }
        Optional<LocalDate> date = BirthDateText.parse(text);
        if (date.isEmpty()) {
            return Optional.of("patient.dateOfBirth.format");
        }
        if (date.get().isAfter(today)) {
            return Optional.of("patient.dateOfBirth.future");
        }
        if (date.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of("patient.dateOfBirth.tooEarly");
        }
        return Optional.empty();
    }

    public static Optional<String> icd10Problem(String text) {
        if (text == null || text.isBlank() || Icd10Code.isValid(text)) {
            return Optional.empty();
        }
        return Optional.of("patient.icd10Code.format");
    }

    /** Line breaks as one character each, no trailing blanks; null when nothing is left. */
    public static String longText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? null : t;
    }

    /** The text (already {@link #longText normalised}) is longer than allowed. */
    public static boolean tooLong(String normalised, int max) {
        return normalised != null && normalised.length() > max;
    }
}
