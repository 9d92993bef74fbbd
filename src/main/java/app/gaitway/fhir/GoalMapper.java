package app.gaitway.fhir;

import app.gaitway.goals.GoalStatus;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Quantity;

import java.math.BigDecimal;

/**
 * Each goal of the plan of care as a {@code Goal}: its words as the description, and for a numeric goal a target whose
 * measure is coded as the observations are (the installation's own system, e.g. {@code akps.total}) with the target
 * value and the due date. The baseline goes into a note, as R4's {@code Goal} has no place for it. Where the goal
 * stood on the day of the export is its achievement status (goal-achievement code system); withdrawn goals are
 * cancelled, goals closed at discharge completed.
 */
final class GoalMapper implements ResourceMapper {

    static final String ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.GoalFacts g : record.goals()) {
            Goal goal = new Goal();
            goal.setLifecycleStatus(lifecycle(g.state()));
            String achievement = achievement(g.status());
            goal.setAchievementStatus(new CodeableConcept(new Coding(ACHIEVEMENT_SYSTEM, achievement, null)));
            goal.setDescription(new CodeableConcept().setText(description(g)));
            goal.setSubject(bundle.patient());
            goal.setStart(new DateType(g.setOn().toString()));
            Goal.GoalTargetComponent target = goal.addTarget();
            if (g.measureKey() != null && g.target() != null) {
                target.setMeasure(new CodeableConcept(bundle.observationCode(g.measureKey(), g.measureLabel())));
                Quantity detail = new Quantity().setValue(BigDecimal.valueOf(g.target()));
                if (g.unit() != null && !g.unit().isBlank()) {
                    detail.setUnit(g.unit());
                }
                target.setDetail(detail);
            }
            if (g.dueOn() != null) {
                target.setDue(new DateType(g.dueOn().toString()));
            }
            if (g.baseline() != null) {
                goal.addNote(new Annotation()
                        .setText("Baseline " + number(g.baseline()) + unitSuffix(g.unit())
                                + (g.baselineOn() == null ? "" : " on " + g.baselineOn())));
            }
            bundle.add(goal, "goal-" + g.id());
        }
    }

    static Goal.GoalLifecycleStatus lifecycle(app.gaitway.goals.Goal.State state) {
        return switch (state) {
            case ACTIVE -> Goal.GoalLifecycleStatus.ACTIVE;
            case WITHDRAWN -> Goal.GoalLifecycleStatus.CANCELLED;
            case CLOSED -> Goal.GoalLifecycleStatus.COMPLETED;
        };
    }

    /** Gaitway's status in the goal-achievement codes (FHIR R4 value set goal-achievement). */
    static String achievement(GoalStatus status) {
        return switch (status) {
            case MET -> "achieved";
            case PROGRESSING -> "improving";
            case NO_CHANGE -> "no-change";
            case WORSE -> "worsening";
            case OVERDUE, NOT_MET -> "not-achieved";
            case PARTLY_MET, NOT_YET_MEASURED -> "in-progress";
        };
    }

    private static String description(PatientRecord.GoalFacts g) {
        if (g.description() != null && !g.description().isBlank()) {
            return g.description();
        }
        return g.measureLabel() + ": " + number(g.target()) + unitSuffix(g.unit());
    }

    private static String number(Double d) {
        return d == Math.rint(d)
                ? Long.toString(d.longValue())
                : BigDecimal.valueOf(d).toPlainString();
    }

    private static String unitSuffix(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.startsWith("/") || unit.equals("°") || unit.equals("%") ? unit : " " + unit;
    }
}
