package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Lower Extremity Functional Scale: 20 activities, each answered 0 (extreme difficulty or unable) to 4 (no
 * difficulty). The total, 0–80, is higher for better function; it counts only when all 20 are answered, since a
 * missing answer would read as "unable". A change of {@value #MINIMAL_IMPORTANT_CHANGE} points or more either way
 * is the minimal clinically important difference.
 */
public final class LefsScore {

    public static final int ITEMS = AssessmentFields.LEFS_ITEMS;
    public static final int MAX = 4 * ITEMS;
    public static final int MINIMAL_IMPORTANT_CHANGE = 9;

    private final Integer[] answers;

    private LefsScore(Integer[] answers) {
        this.answers = answers;
    }

    public static LefsScore of(AssessmentValues values) {
        Integer[] answers = new Integer[ITEMS];
        for (int i = 1; i <= ITEMS; i++) {
            answers[i - 1] = values.integer(AssessmentFields.lefs(i)).orElse(null);
        }
        return ofAnswers(answers);
    }

    /** From the answers to items 1–20 in order, null for an item not answered. */
    public static LefsScore ofAnswers(Integer... answers) {
        if (answers.length != ITEMS) {
            throw new IllegalArgumentException("the LEFS has " + ITEMS + " items, not " + answers.length);
        }
        for (Integer a : answers) {
            if (a != null && (a < 0 || a > 4)) {
                throw new IllegalArgumentException("a LEFS answer is 0 to 4, not " + a);
            }
        }
        return new LefsScore(answers.clone());
    }

    public int answered() {
        return (int) Arrays.stream(answers).filter(a -> a != null).count();
    }

    /** No item answered: the scale was not used. */
    public boolean isEmpty() {
        return answered() == 0;
    }

    public boolean isComplete() {
        return answered() == ITEMS;
    }

    /** 0–80, only when all 20 items are answered. */
    public OptionalInt total() {
        return isComplete()
                ? OptionalInt.of(
                        Arrays.stream(answers).mapToInt(Integer::intValue).sum())
                : OptionalInt.empty();
    }

    /** The total as a percentage of maximal function (total / 80 × 100), with one decimal. */
    public Optional<Double> percentOfMaximum() {
        OptionalInt total = total();
        return total.isPresent() ? Optional.of(Rounding.oneDecimal(total.getAsInt() * 100.0 / MAX)) : Optional.empty();
    }

    /** The change between two complete scores, or empty when either is missing or incomplete. */
    public static Optional<Change> change(LefsScore previous, LefsScore current) {
        if (previous == null || current == null || !previous.isComplete() || !current.isComplete()) {
            return Optional.empty();
        }
        return Optional.of(
                new Change(previous.total().getAsInt(), current.total().getAsInt()));
    }

    /** From one complete LEFS total to a later one. */
    public record Change(int from, int to) {

        /** Positive when function improved. */
        public int points() {
            return to - from;
        }

        /** At least {@value LefsScore#MINIMAL_IMPORTANT_CHANGE} points, better or worse. */
        public boolean isClinicallyImportant() {
            return Math.abs(points()) >= MINIMAL_IMPORTANT_CHANGE;
        }
    }
}
