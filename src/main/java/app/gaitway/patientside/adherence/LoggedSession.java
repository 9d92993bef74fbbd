package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry a patient made on the program page: "I did this exercise on this day", with pain 0–10 and how it felt
 * when the patient said so (null when not). Entries arrive as they stand now: a corrected entry with its corrected
 * values, a removed one not at all. Opening the page makes no entry, so nothing here is invented.
 *
 * <p>No exercise name: the report names exercises from what was prescribed, and an entry for an exercise that was not
 * prescribed on its day is not adherence (see {@link Adherence}).
 */
public record LoggedSession(LocalDate day, long exerciseId, Integer pain, Difficulty difficulty) {

    public static final int MAX_PAIN = 10;

    public LoggedSession {
        Objects.requireNonNull(day, "day");
        if (pain != null && (pain < 0 || pain > MAX_PAIN)) {
            throw new IllegalArgumentException("pain is 0 to 10, not " + pain);
        }
    }

    /** An entry without pain or difficulty: the patient only ticked it off. */
    public static LoggedSession done(LocalDate day, long exerciseId) {
        return new LoggedSession(day, exerciseId, null, null);
    }
}
