package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Sides;

/**
 * A default prescription. Either repetitions ({@code repsMin}–{@code repsMax}) or a hold in seconds, in which
 * case the repetitions say how many holds. Effort is out of 10; null fields are not given.
 */
public record Dosage(
        int sets,
        Integer repsMin,
        Integer repsMax,
        Integer holdSeconds,
        Sides sides,
        int timesPerDay,
        int daysPerWeek,
        Integer effortMin,
        Integer effortMax,
        Integer restSeconds) {

    public boolean isHold() {
        return holdSeconds != null;
    }

    public boolean hasRepRange() {
        return repsMin != null && repsMax != null && !repsMin.equals(repsMax);
    }

    public boolean isEachSide() {
        return sides == Sides.EACH_SIDE;
    }
}
