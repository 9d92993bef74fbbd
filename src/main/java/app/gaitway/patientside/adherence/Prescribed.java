package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often one exercise was asked for over one stretch of time: from {@code from} (inclusive) until the day before
 * {@code endsBefore}, or still running when that is null. An exercise given in several program versions with different
 * dosages has one of these per version; {@link PrescriptionHistory} makes them from the versions.
 *
 * <p>The end is exclusive so that one stretch ends exactly where the next version (or the program's end) begins,
 * with no day counted twice or lost. A stretch whose end is its start is empty: a version superseded before it began.
 */
public record Prescribed(
        long exerciseId, String exerciseName, LocalDate from, LocalDate endsBefore, int timesPerDay, int daysPerWeek) {

    public Prescribed {
        Objects.requireNonNull(from, "from");
        exerciseName = exerciseName == null ? "" : exerciseName.strip();
        if (endsBefore != null && endsBefore.isBefore(from)) {
            throw new IllegalArgumentException("ends before " + endsBefore + " but starts " + from);
        }
        if (timesPerDay < 1) {
            throw new IllegalArgumentException("times a day must be at least 1, not " + timesPerDay);
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("days a week is 1 to 7, not " + daysPerWeek);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (endsBefore == null || day.isBefore(endsBefore));
    }

    /**
     * Sessions asked for on an average day, in sevenths of a session: {@code timesPerDay × daysPerWeek / 7} sessions
     * is {@code timesPerDay × daysPerWeek} sevenths. Counting in sevenths keeps every sum exact (5 days a week over 30
     * days is 150 sevenths, not 21.428…); rounding happens once, when a count is shown.
     */
    public int seventhsPerDay() {
        return timesPerDay * daysPerWeek;
    }
}
