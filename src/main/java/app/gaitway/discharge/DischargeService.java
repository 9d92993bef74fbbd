package app.gaitway.discharge;

import app.gaitway.clinics.Letterhead;
import app.gaitway.goals.Goal;
import app.gaitway.goals.GoalBoard;
import app.gaitway.goals.GoalService;
import app.gaitway.goals.GoalWords;
import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientArchived;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.ProgramService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.web.DisplayDates;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Ending a patient's care: the discharge summary is written from the record as it stands (signed assessments, the
 * goals, the running home program) and kept as written; the goals on the plan are closed. The patient is not
 * archived: they stay in the list (a check-up call, a late question) until someone archives them; an archived
 * patient cannot be discharged (restore first, as for any new record). The home program keeps running: it is what
 * the patient goes on with, and its link keeps working. Another clinic's patient or discharge is "not found"; every
 * view and change is in the audit trail.
 */
@ApplicationScoped
public class DischargeService {

    public static final String AUDIT_RECORD = "discharge";

    @Inject
    Clock clock;

    @Inject
    DischargeRepository discharges;

    @Inject
    PatientService patients;

    @Inject
    GoalService goals;

    @Inject
    GoalWords goalWords;

    @Inject
    ProgramService programs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Letterhead letterhead;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    DisplayDates dates;

    /** Someone ended this episode since the form was drawn (a second press, or a colleague). */
    public static final class AlreadyEnded extends RuntimeException {
        public AlreadyEnded() {
            super(null, null, false, false);
        }
    }

    /** The new discharge's id, or the problems beside the fields (nothing saved). */
    public record Ended(long id, List<FieldProblem> problems) {}

    @Transactional
    public Ended end(long patientId, DischargeForm form) {
        Patient patient = patients.requireInOwnClinic(patientId);
        if (patient.isArchived()) {
            throw new PatientArchived();
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Ended(0, problems);
        }
        if (latestId(patientId) != form.afterSeen()) {
            throw new AlreadyEnded();
        }
        LocalDate today = LocalDate.now(clock);
        GoalService.Signed signed = goals.signed(patientId);
        SummaryAssembly assembly = new SummaryAssembly(messages, dates);
        List<DischargeSummary.GoalRow> goalRows = goals.ofPatient(patientId).stream()
                .filter(Goal::isActive)
                .map(g -> SummaryAssembly.goal(
                        goalWords.line(GoalBoard.evaluate(g, signed.assessments(), signed.patient(), today))))
                .toList();
        DischargeReason reason = form.reasonValue();
        String visits = signed.assessments().isEmpty()
                ? messages.get("discharge.visits.none")
                : messages.get(
                        "discharge.visits",
                        signed.assessments().size(),
                        dates.date(signed.assessments().get(0).date()),
                        dates.date(signed.latest().orElseThrow().date()));
        DischargeSummary summary = new DischargeSummary(
                patient.getDisplayName(),
                dates.date(patient.getDateOfBirth()),
                dates.date(today),
                messages.get("discharge.reason." + reason.code()),
                form.note(),
                currentUser.getFullName(),
                letterhead.currentCredentials(),
                visits,
                assembly.findings(signed.assessments(), signed.patient()),
                goalRows,
                assembly.program(programs.ofPatient(patientId)).orElse(null));
        goals.closeActive(patientId, today);
        Discharge d = Discharge.of(
                currentUser.clinicId(), patientId, today, reason, form.note(), summary, currentUser.getFullName());
        discharges.add(d);
        patients.touch(patientId);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, d.getId(), AuditOutcome.SUCCESS);
        return new Ended(d.getId(), List.of());
    }

    /** A discharge of the caller's clinic for its page (printable); the view is audited. */
    @Transactional
    public Discharge open(long id) {
        Discharge d = discharges
                .inClinic(id, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, id));
        audit.record(AuditAction.VIEW, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return d;
    }

    /** A patient's discharges, oldest first; the patient must be of the caller's clinic. Not audited (the page is). */
    @Transactional
    public List<Discharge> ofPatient(long patientId) {
        patients.requireInOwnClinic(patientId);
        return discharges.ofPatient(patientId, currentUser.clinicId());
    }

    private long latestId(long patientId) {
        List<Discharge> all = discharges.ofPatient(patientId, currentUser.clinicId());
        return all.isEmpty() ? 0 : all.get(all.size() - 1).getId();
    }
}
