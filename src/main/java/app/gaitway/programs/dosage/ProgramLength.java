package app.gaitway.programs.dosage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When a home program is getting too long to keep up. Patients do fewer of their exercises as a program grows, so
 * the builder warns (it never stops the therapist) past a handful of exercises or half an hour a session.
 */
public final class ProgramLength {

    public static final int MAX_EXERCISES = 8;
    public static final Duration MAX_SESSION = Duration.ofMinutes(30);

    private ProgramLength() {}

    /** The message keys of the warnings, empty when the program is a length patients keep up. */
    public static List<String> warnings(int exerciseCount, Duration session) {
        List<String> keys = new ArrayList<>();
        if (exerciseCount > MAX_EXERCISES) {
            keys.add("dosage.warning.manyExercises");
        }
        if (session.compareTo(MAX_SESSION) > 0) {
            keys.add("dosage.warning.longSession");
        }
        return keys;
    }

    /** The same for a program's items, with the session estimated by {@link SessionTime}. */
    public static List<String> warnings(List<ItemDosage> items) {
        return warnings(items.size(), SessionTime.ofSession(items));
    }
}
