package app.gaitway.goals;

import app.gaitway.assessments.Assessment;
import app.gaitway.assessments.AssessmentFindings;
import app.gaitway.assessments.AssessmentService;
import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A patient's goals for the pages that show them, so the patient and assessment pages need no goals code:
 * {@code ${patientGoals.of(id)}} on the patient page (evaluated as of today), {@code ${patientGoals.atVisit(id,
 * assessmentId)}} on an assessment's report (as of that visit) and {@code ${patientGoals.compared(id)}} on the
 * comparison (at each visit). The goals are one query; the assessments are read only when a numeric goal needs them.
 */
@Named("patientGoals")
@RequestScoped
public class PatientGoals {

    @Inject
    GoalService goals;

    @Inject
    GoalWords words;

    @Inject
    AssessmentService assessments;

    @Inject
    PatientService patients;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** The goals on the plan now. */
    public record Board(List<GoalLine> lines) {
        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** A numeric goal across the compared visits: its status at each (empty before its baseline). */
    public record ComparedGoal(String title, String detail, List<String> cells, String now, String tone) {}

    public Board of(long patientId) {
        List<Goal> active =
                goals.ofPatient(patientId).stream().filter(Goal::isActive).toList();
        if (active.isEmpty()) {
            return new Board(List.of());
        }
        LocalDate today = LocalDate.now(clock);
        GoalService.Signed signed = active.stream().anyMatch(Goal::isNumeric)
                ? goals.signed(patientId)
                : new GoalService.Signed(List.of(), null);
        return new Board(active.stream()
                .map(g -> words.line(GoalBoard.evaluate(g, signed.assessments(), signed.patient(), today)))
                .toList());
    }

    /**
     * The goals as they stood at an assessment, for its report: those set by then and not ended before it, judged as
     * of the visit from the signed assessments up to it and this assessment itself (signed or not: it is its report).
     */
    public List<GoalLine> atVisit(long patientId, long assessmentId) {
        List<Goal> all = goals.ofPatient(patientId).stream()
                .filter(g -> g.getState() != Goal.State.WITHDRAWN)
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Patient patient = patients.requireInOwnClinic(patientId);
        List<Assessment> history = assessments.ofPatient(patientId);
        Optional<Assessment> shown =
                history.stream().filter(a -> a.getId() == assessmentId).findFirst();
        if (shown.isEmpty()) {
            return List.of();
        }
        LocalDate visit = shown.get().getVisitDate();
        List<DatedAssessment> counted = history.stream()
                .filter(a -> (a.isFinal() || a.getId() == assessmentId)
                        && !a.getVisitDate().isAfter(visit))
                .map(a -> new DatedAssessment(a.getVisitDate(), a.values()))
                .toList();
        var context = AssessmentFindings.context(patient, shown.get());
        List<GoalLine> lines = new ArrayList<>();
        for (Goal g : all) {
            LocalDate from = g.isNumeric() ? g.getBaselineOn() : g.getSetOn();
            boolean setBy = from != null && !from.isAfter(visit);
            boolean endedBefore = g.getClosedOn() != null && g.getClosedOn().isBefore(visit);
            if (!setBy || endedBefore) {
                continue;
            }
            GoalLine line = words.line(GoalBoard.evaluate(g, counted, context, visit));
            if (g.isNumeric() && visit.equals(g.getBaselineOn())) {
                line = baseline(line);
            }
            lines.add(line);
        }
        return lines;
    }

    /** The active numeric goals at each assessment of the comparison (all of the patient's, oldest first). */
    public List<ComparedGoal> compared(long patientId) {
        List<Goal> numeric = goals.ofPatient(patientId).stream()
                .filter(g -> g.isActive() && g.isNumeric())
                .toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        Patient patient = patients.requireInOwnClinic(patientId);
        List<Assessment> history = assessments.ofPatient(patientId);
        GoalService.Signed signed = goals.signed(patientId);
        LocalDate today = LocalDate.now(clock);
        List<ComparedGoal> rows = new ArrayList<>();
        for (Goal g : numeric) {
            GoalBoard.Evaluated now = GoalBoard.evaluate(g, signed.assessments(), signed.patient(), today);
            GoalLine line = words.line(now);
            List<String> cells = new ArrayList<>();
            for (Assessment a : history) {
                cells.add(cell(g, now.measure(), a, AssessmentFindings.context(patient, a)));
            }
            rows.add(new ComparedGoal(line.title(), line.detail(), cells, line.statusText(), line.tone()));
        }
        return rows;
    }

    /** "152 N · met" at one visit; "baseline" at the baseline's; empty before it or where not measured. */
    private String cell(Goal g, GoalMeasure m, Assessment a, app.gaitway.assessments.findings.PatientContext context) {
        if (m == null || g.getBaselineOn() == null || a.getVisitDate().isBefore(g.getBaselineOn())) {
            return "";
        }
        OptionalDouble value = m.read(a.values(), context);
        if (a.getVisitDate().equals(g.getBaselineOn())) {
            return value.isPresent() ? messages.get("goal.compare.baseline", m.withUnit(value.getAsDouble())) : "";
        }
        if (value.isEmpty()) {
            return "\u2013";
        }
        GoalEvaluation.Result r = GoalEvaluation.evaluate(
                m,
                g.getBaseline(),
                g.getTarget(),
                g.getDueOn(),
                Optional.of(new GoalEvaluation.Measured(a.getVisitDate(), value.getAsDouble())),
                a.getVisitDate());
        return messages.get("goal.compare.cell", m.withUnit(value.getAsDouble()), words.status(r.status(), true));
    }

    private GoalLine baseline(GoalLine l) {
        return new GoalLine(
                l.id(),
                l.version(),
                l.numeric(),
                l.title(),
                l.detail(),
                l.note(),
                "baseline",
                messages.get("goal.status.baseline"),
                "off",
                null,
                false);
    }
}
