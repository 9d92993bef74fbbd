package app.gaitway.goals;

/**
 * Where a goal stands. Numeric goals are evaluated from the assessments after the baseline ({@link GoalEvaluation});
 * functional goals carry the therapist's rating (met, partly met, not met) or none yet.
 */
public enum GoalStatus {
    /** The target is reached (numeric), or the therapist rated the goal met. */
    MET,
    /** The therapist rated a functional goal partly met. */
    PARTLY_MET,
    /** Moved toward the target by at least the measure's meaningful change (any movement when none is known). */
    PROGRESSING,
    /** Measured again, but not moved toward the target by a meaningful amount (nor away from it). */
    NO_CHANGE,
    /** Moved away from the target by at least the meaningful change. */
    WORSE,
    /** The target date has passed and the target is not reached (or a functional goal is not rated met). */
    OVERDUE,
    /** The therapist rated a functional goal not met. */
    NOT_MET,
    /** Not measured since the goal was set, or a functional goal not rated yet, and not yet due. */
    NOT_YET_MEASURED;

    /** The badge tone on pages: ok for met, danger for what needs attention, none otherwise. */
    public String tone() {
        return switch (this) {
            case MET -> "ok";
            case OVERDUE, WORSE, NOT_MET -> "danger";
            default -> "off";
        };
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
