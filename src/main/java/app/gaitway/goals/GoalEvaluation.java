package app.gaitway.goals;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The evaluation of a numeric goal at a point in time, from the latest value measured after its baseline. In order:
 * <ol>
 * <li><b>met</b> when that value reaches the target (equal counts), whatever the date;</li>
 * <li><b>overdue</b> when the target date has passed unmet;</li>
 * <li><b>not yet measured</b> when nothing was measured since the baseline;</li>
 * <li><b>progressing</b> when the value moved toward the target by at least the measure's meaningful change (its
 *     MCID, else its measurement error; see {@link GoalMeasures}), or by any amount when neither is known;</li>
 * <li><b>worse</b> when it moved away from the target by as much;</li>
 * <li><b>no change</b> otherwise.</li>
 * </ol>
 * A pure function: the caller chooses which assessments count (signed ones, after the baseline, up to the day).
 */
public final class GoalEvaluation {

    private GoalEvaluation() {}

    /** A value measured on a day. */
    public record Measured(LocalDate date, double value) {}

    /**
     * The goal's standing.
     *
     * @param measured the latest value measured after the baseline and on or before {@code asOf}, if any
     * @param asOf     the day judged: today on the patient page, the visit's day on its report
     */
    public record Result(GoalStatus status, Optional<Measured> latest, Optional<Double> gain) {}

    public static Result evaluate(
            GoalMeasure measure,
            double baseline,
            double target,
            LocalDate due,
            Optional<Measured> measured,
            LocalDate asOf) {
        Direction direction = measure.direction();
        if (measured.isPresent() && direction.reaches(measured.get().value(), target)) {
            return new Result(GoalStatus.MET, measured, gain(direction, baseline, measured));
        }
        if (due != null && asOf.isAfter(due)) {
            return new Result(GoalStatus.OVERDUE, measured, gain(direction, baseline, measured));
        }
        if (measured.isEmpty()) {
            return new Result(GoalStatus.NOT_YET_MEASURED, measured, Optional.empty());
        }
        double gain = direction.gain(baseline, measured.get().value());
        // a hundredth below the threshold still counts: values are stored with one decimal and converted units
        // (kg to N) would otherwise miss an exact MCID by a rounding error
        double threshold =
                measure.meaningful() == null ? 0 : measure.meaningful().amount() - 0.01;
        GoalStatus status;
        if (gain > 0 && gain >= threshold) {
            status = GoalStatus.PROGRESSING;
        } else if (gain < 0 && -gain >= threshold) {
            status = GoalStatus.WORSE;
        } else {
            status = GoalStatus.NO_CHANGE;
        }
        return new Result(status, measured, Optional.of(gain));
    }

    /** A functional goal: the therapist's rating; overdue when the date passed without a rating of met. */
    public static GoalStatus functional(GoalStatus rating, LocalDate due, LocalDate asOf) {
        if (rating == GoalStatus.MET) {
            return GoalStatus.MET;
        }
        if (due != null && asOf.isAfter(due)) {
            return GoalStatus.OVERDUE;
        }
        return rating == null ? GoalStatus.NOT_YET_MEASURED : rating;
    }

    /** Whether a target is worth setting from a baseline: better than it in the measure's direction. */
    public static boolean isImprovement(GoalMeasure measure, double baseline, double target) {
        return measure.direction().gain(baseline, target) > 0;
    }

    private static Optional<Double> gain(Direction direction, double baseline, Optional<Measured> measured) {
        return measured.map(m -> direction.gain(baseline, m.value()));
    }
}
