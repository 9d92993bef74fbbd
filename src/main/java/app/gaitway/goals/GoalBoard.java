package app.gaitway.goals;

import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.Series;
import app.gaitway.assessments.findings.TrendSeries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Goals evaluated against a patient's assessments as of a day: each numeric goal from the latest value of its
 * measure among the given assessments after its baseline day and up to that day ({@link GoalEvaluation}); each
 * functional goal from its rating. The caller chooses the assessments (signed ones, oldest first).
 */
public final class GoalBoard {

    private GoalBoard() {}

    /** A goal with its measure (null for a functional goal, or a measure this version no longer knows). */
    public record Evaluated(
            Goal goal, GoalMeasure measure, GoalStatus status, Optional<GoalEvaluation.Measured> latest) {}

    public static Evaluated evaluate(
            Goal goal, List<DatedAssessment> oldestFirst, PatientContext patient, LocalDate asOf) {
        if (!goal.isNumeric()) {
            return new Evaluated(
                    goal, null, GoalEvaluation.functional(goal.getRating(), goal.getDueOn(), asOf), Optional.empty());
        }
        Optional<GoalMeasure> measure = GoalMeasures.find(goal.getMeasureKey());
        if (measure.isEmpty()) {
            return new Evaluated(goal, null, GoalStatus.NOT_YET_MEASURED, Optional.empty());
        }
        Optional<GoalEvaluation.Measured> latest =
                latest(measure.get(), goal.getBaselineOn(), oldestFirst, patient, asOf);
        GoalEvaluation.Result r = GoalEvaluation.evaluate(
                measure.get(), goal.getBaseline(), goal.getTarget(), goal.getDueOn(), latest, asOf);
        return new Evaluated(goal, measure.get(), r.status(), r.latest());
    }

    /** The measure's series over the assessments after {@code after} up to {@code asOf}, its latest point. */
    static Optional<GoalEvaluation.Measured> latest(
            GoalMeasure measure,
            LocalDate after,
            List<DatedAssessment> oldestFirst,
            PatientContext patient,
            LocalDate asOf) {
        List<DatedAssessment> counted = oldestFirst.stream()
                .filter(a ->
                        (after == null || a.date().isAfter(after)) && !a.date().isAfter(asOf))
                .toList();
        return series(measure, counted, patient).latest().map(p -> new GoalEvaluation.Measured(p.date(), p.value()));
    }

    /** A measure over assessments, oldest first (the comparison's {@link TrendSeries}, read through the measure). */
    public static Series series(GoalMeasure measure, List<DatedAssessment> oldestFirst, PatientContext patient) {
        return TrendSeries.numbers(oldestFirst, measure.key(), v -> {
            OptionalDouble d = measure.read(v, patient);
            return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
        });
    }
}
