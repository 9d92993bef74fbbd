package app.gaitway.goals;

import app.gaitway.assessments.Assessment;
import app.gaitway.assessments.AssessmentFindings;
import app.gaitway.assessments.AssessmentService;
import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientArchived;
import app.gaitway.patients.PatientService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The goals of the signed-in user's clinic's patients: setting one, rating a functional goal, withdrawing one, and
 * reading them evaluated. Another clinic's patient or goal is "not found"; every change is in the audit trail (the
 * goals shown on a patient's pages are part of those pages' audited views).
 */
@ApplicationScoped
public class GoalService {

    public static final String AUDIT_RECORD = "goal";

    @Inject
    Clock clock;

    @Inject
    GoalRepository goals;

    @Inject
    PatientService patients;

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** A patient's signed assessments, oldest first, and the context the latest is read in. */
    public record Signed(List<DatedAssessment> assessments, PatientContext patient) {

        public Optional<DatedAssessment> latest() {
            return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
        }
    }

    /** What was set: the new goal's id, or the problems beside the fields (nothing saved). */
    public record Created(long id, List<FieldProblem> problems) {}

    /**
     * Sets a goal for the patient. An empty baseline takes the measure's value at the latest signed assessment (and
     * that visit's day as the baseline day); a typed one counts from today.
     */
    @Transactional
    public Created create(long patientId, GoalForm form) {
        Patient patient = patients.requireInOwnClinic(patientId);
        if (patient.isArchived()) {
            throw new PatientArchived();
        }
        LocalDate today = LocalDate.now(clock);
        Signed signed = signed(patient);
        Optional<GoalMeasure> measure = GoalMeasures.find(form.measure());
        OptionalDouble latest = measure.isPresent() ? latestValue(measure.get(), signed) : OptionalDouble.empty();
        List<FieldProblem> problems = form.problems(today, latest);
        if (!problems.isEmpty()) {
            return new Created(0, problems);
        }
        Goal goal;
        if (form.isNumeric()) {
            GoalMeasure m = measure.orElseThrow();
            goal = Goal.numeric(
                    currentUser.clinicId(),
                    patientId,
                    m.key(),
                    form.baselineValue(m, latest).getAsDouble(),
                    form.baselineFromAssessment()
                            ? signed.latest().orElseThrow().date()
                            : today,
                    m.parse(form.target()).getAsDouble(),
                    form.parsedDue().orElseThrow(),
                    emptyToNull(form.description()),
                    today,
                    currentUser.getFullName());
        } else {
            goal = Goal.functional(
                    currentUser.clinicId(),
                    patientId,
                    form.description(),
                    emptyToNull(form.psfs()),
                    form.parsedDue().orElse(null),
                    today,
                    currentUser.getFullName());
        }
        goals.add(goal);
        patients.touch(patientId);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, goal.getId(), AuditOutcome.SUCCESS);
        return new Created(goal.getId(), List.of());
    }

    /** The therapist's rating of a functional goal; returns the patient's id. */
    @Transactional
    public long rate(long goalId, int versionSeen, GoalStatus rating) {
        Goal goal = require(goalId);
        goal.checkVersion(versionSeen);
        goal.rate(rating, LocalDate.now(clock));
        goals.flush();
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, goalId, AuditOutcome.SUCCESS);
        return goal.getPatientId();
    }

    /** A goal of the caller's clinic, to show on its change form (404 otherwise). */
    @Transactional
    public Goal goal(long goalId) {
        return require(goalId);
    }

    /** What a change did: the patient's id, or the problems beside the fields (nothing saved). */
    public record Changed(long patientId, List<FieldProblem> problems) {}

    /**
     * Changes the target, date and words of an active goal (see {@link Goal#revise}); a goal changed by someone else
     * since the form was drawn is a {@link app.gaitway.shared.persistence.StaleEditException}, never overwritten.
     */
    @Transactional
    public Changed change(long goalId, int versionSeen, GoalForm typed) {
        Goal goal = require(goalId);
        if (!goal.isActive()) {
            throw new Goal.NotActive();
        }
        if (patients.requireInOwnClinic(goal.getPatientId()).isArchived()) {
            throw new PatientArchived();
        }
        goal.checkVersion(versionSeen);
        GoalForm form = GoalForm.changeOf(goal, typed);
        List<FieldProblem> problems = form.problemsOfChange(LocalDate.now(clock), goal.getDueOn());
        if (!problems.isEmpty()) {
            return new Changed(goal.getPatientId(), problems);
        }
        if (goal.isNumeric()) {
            GoalMeasure m = GoalMeasures.find(goal.getMeasureKey()).orElseThrow();
            goal.revise(
                    m.parse(form.target()).getAsDouble(),
                    form.parsedDue().orElseThrow(),
                    emptyToNull(form.description()),
                    null);
        } else {
            goal.revise(null, form.parsedDue().orElse(null), form.description(), emptyToNull(form.psfs()));
        }
        goals.flush();
        patients.touch(goal.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, goalId, AuditOutcome.SUCCESS);
        return new Changed(goal.getPatientId(), List.of());
    }

    /** Takes a goal off the plan (kept, never deleted); returns the patient's id. */
    @Transactional
    public long withdraw(long goalId, int versionSeen) {
        Goal goal = require(goalId);
        goal.checkVersion(versionSeen);
        goal.withdraw(LocalDate.now(clock));
        goals.flush();
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, goalId, AuditOutcome.SUCCESS);
        return goal.getPatientId();
    }

    /** Closes every active goal of the patient when care ends; returns them as they stood. */
    @Transactional
    public List<Goal> closeActive(long patientId, LocalDate on) {
        List<Goal> active = goals.ofPatient(patientId, currentUser.clinicId()).stream()
                .filter(Goal::isActive)
                .toList();
        active.forEach(g -> {
            g.close(on);
            audit.record(AuditAction.CHANGE, AUDIT_RECORD, g.getId(), AuditOutcome.SUCCESS);
        });
        goals.flush();
        return active;
    }

    /** All of a patient's goals, oldest first, in one query; the patient must be of the caller's clinic. */
    @Transactional
    public List<Goal> ofPatient(long patientId) {
        patients.requireInOwnClinic(patientId);
        return goals.ofPatient(patientId, currentUser.clinicId());
    }

    /** The patient's signed assessments, oldest first, read in the context of the latest. */
    @Transactional
    public Signed signed(long patientId) {
        return signed(patients.requireInOwnClinic(patientId));
    }

    private Signed signed(Patient patient) {
        List<Assessment> all = assessments.ofPatient(patient.getId()).stream()
                .filter(Assessment::isFinal)
                .toList();
        List<DatedAssessment> dated = all.stream()
                .map(a -> new DatedAssessment(a.getVisitDate(), a.values()))
                .toList();
        PatientContext context = all.isEmpty()
                ? PatientContext.of(
                        patient.getDateOfBirth(), AppClock.today(), patient.getSex(), patient.getAffectedSide())
                : AssessmentFindings.context(patient, all.get(all.size() - 1));
        return new Signed(dated, context);
    }

    /** A measure's value at the latest signed assessment, empty when that one did not measure it. */
    public static OptionalDouble latestValue(GoalMeasure measure, Signed signed) {
        return signed.latest()
                .map(a -> measure.read(a.values(), signed.patient()))
                .orElse(OptionalDouble.empty());
    }

    /** The patient a goal of the caller's clinic belongs to (404 otherwise), to go back to their page. */
    @Transactional
    public long patientOf(long goalId) {
        return require(goalId).getPatientId();
    }

    private Goal require(long goalId) {
        return goals.inClinic(goalId, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, goalId));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
