package app.gaitway.goals;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * "Add a goal" as typed. A numeric goal names a measure, a target and a date, and a baseline, which may be left
 * empty to take the value of the latest signed assessment ({@code latestValue}, found by the service); a functional
 * goal is a goal in words, optionally one of the patient's PSFS activities, with an optional date.
 */
public record GoalForm(
        String kind, String measure, String baseline, String target, String dueOn, String description, String psfs) {

    static final int DESCRIPTION_MAX = 300;
    static final int PSFS_MAX = 200;
    /** A plan of care rarely runs past a year; two leaves room and catches a mistyped year. */
    static final int LONGEST_PLAN_YEARS = 2;

    public GoalForm {
        kind = clean(kind);
        measure = clean(measure);
        baseline = clean(baseline);
        target = clean(target);
        dueOn = clean(dueOn);
        description = clean(description);
        psfs = clean(psfs);
    }

    public static GoalForm from(MultivaluedMap<String, String> body) {
        return new GoalForm(
                body.getFirst("kind"),
                body.getFirst("measure"),
                body.getFirst("baseline"),
                body.getFirst("target"),
                body.getFirst("dueOn"),
                body.getFirst("description"),
                body.getFirst("psfs"));
    }

    /** The form of a saved goal: its measure and baseline as they are, the rest to be changed. */
    public static GoalForm of(Goal goal) {
        if (!goal.isNumeric()) {
            return new GoalForm(
                    "functional",
                    "",
                    "",
                    "",
                    goal.getDueOn() == null ? "" : goal.getDueOn().toString(),
                    goal.getDescription(),
                    goal.getPsfsActivity());
        }
        // a measure no longer offered (none has been withdrawn so far) shows its raw numbers and is refused beside
        // the measure, not with an error page
        Optional<GoalMeasure> m = GoalMeasures.find(goal.getMeasureKey());
        return new GoalForm(
                "numeric",
                goal.getMeasureKey(),
                m.map(x -> x.format(goal.getBaseline())).orElse(String.valueOf(goal.getBaseline())),
                m.map(x -> x.format(goal.getTarget())).orElse(String.valueOf(goal.getTarget())),
                goal.getDueOn().toString(),
                goal.getDescription(),
                "");
    }

    /** What was typed on the change form of {@code goal}: its kind, measure and baseline cannot be changed there. */
    public static GoalForm changeOf(Goal goal, GoalForm typed) {
        GoalForm saved = of(goal);
        return new GoalForm(
                saved.kind(),
                saved.measure(),
                saved.baseline(),
                goal.isNumeric() ? typed.target() : "",
                typed.dueOn(),
                typed.description(),
                goal.isNumeric() ? "" : typed.psfs());
    }

    public static GoalForm blank() {
        return new GoalForm("numeric", "", "", "", "", "", "");
    }

    public boolean isNumeric() {
        return !"functional".equals(kind);
    }

    /**
     * The problems beside each field.
     *
     * @param today       the day the goal is set (the target date may not be before it)
     * @param latestValue the measure's value at the latest signed assessment, for an empty baseline
     */
    public List<FieldProblem> problems(LocalDate today, OptionalDouble latestValue) {
        return problems(today, today, latestValue);
    }

    /**
     * The problems of a goal being changed: its saved target date may stay although it has passed (a goal whose words
     * are corrected after its date keeps that date); any other date is checked as for a new goal.
     */
    public List<FieldProblem> problemsOfChange(LocalDate today, LocalDate savedDue) {
        boolean keptDue =
                savedDue != null && parsedDue().filter(savedDue::equals).isPresent();
        LocalDate earliest = keptDue && savedDue.isBefore(today) ? savedDue : today;
        return problems(today, earliest, OptionalDouble.empty());
    }

    private List<FieldProblem> problems(LocalDate today, LocalDate earliestDue, OptionalDouble latestValue) {
        FormChecks checks = new FormChecks();
        checks.oneOf("kind", kind, List.of("numeric", "functional"), "goal.error.kind");
        if (checks.has("kind")) {
            return checks.problems();
        }
        if (isNumeric()) {
            Optional<GoalMeasure> m = GoalMeasures.find(measure);
            if (m.isEmpty()) {
                checks.add("measure", "goal.error.measure");
            }
            OptionalDouble base = m.isEmpty() ? OptionalDouble.empty() : baselineValue(m.get(), latestValue);
            if (m.isPresent() && !baseline.isEmpty() && base.isEmpty()) {
                checks.add("baseline", numberKey(m.get()));
            } else if (m.isPresent() && base.isEmpty()) {
                checks.add("baseline", "goal.error.noBaseline");
            }
            checks.required("target", target, "goal.error.targetMissing");
            OptionalDouble t = m.isEmpty() ? OptionalDouble.empty() : m.get().parse(target);
            if (m.isPresent() && !target.isEmpty() && t.isEmpty()) {
                checks.add("target", numberKey(m.get()));
            }
            if (base.isPresent()
                    && t.isPresent()
                    && !GoalEvaluation.isImprovement(m.get(), base.getAsDouble(), t.getAsDouble())) {
                checks.add(
                        "target",
                        m.get().direction() == Direction.HIGHER_IS_BETTER
                                ? "goal.error.targetNotHigher"
                                : "goal.error.targetNotLower",
                        m.get().format(base.getAsDouble()));
            }
            checks.required("dueOn", dueOn, "goal.error.dueMissing");
        } else {
            checks.required("description", description, "goal.error.descriptionMissing");
        }
        checks.text("description", description, TypedText.Lines.ONE, DESCRIPTION_MAX, "goal.error.descriptionLong");
        if (!isNumeric()) {
            checks.text("psfs", psfs, TypedText.Lines.ONE, PSFS_MAX, "goal.error.psfsLong");
        }
        if (!dueOn.isEmpty() && !checks.has("dueOn")) {
            Optional<LocalDate> due = parsedDue();
            if (due.isEmpty()) {
                checks.add("dueOn", "goal.error.dueDate");
            } else if (due.get().isBefore(earliestDue)) {
                checks.add("dueOn", "goal.error.duePast");
            } else if (due.get().isAfter(today.plusYears(LONGEST_PLAN_YEARS))) {
                checks.add("dueOn", "goal.error.dueFar", LONGEST_PLAN_YEARS);
            }
        }
        return checks.problems();
    }

    /** The baseline typed, or the latest signed value when none was typed. */
    public OptionalDouble baselineValue(GoalMeasure m, OptionalDouble latestValue) {
        return baseline.isEmpty() ? latestValue : m.parse(baseline);
    }

    /** Whether the baseline was left for the latest signed assessment to give. */
    public boolean baselineFromAssessment() {
        return baseline.isEmpty();
    }

    public Optional<LocalDate> parsedDue() {
        if (dueOn.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dueOn));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String numberKey(GoalMeasure m) {
        return m.scale() == GoalMeasure.Scale.MMT_GRADE ? "goal.error.grade" : "goal.error.number";
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
