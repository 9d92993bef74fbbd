package app.gaitway.assessments;

import app.gaitway.clinics.Letterhead;
import app.gaitway.patients.PatientArchived;
import app.gaitway.patients.PatientService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.web.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Assessments of the signed-in therapist's clinic: start one for a patient, save it as a draft any number of
 * times, finalize it (signed and locked), add dated addenda. Another clinic's assessment is "not found". Every
 * view and change is written to the audit trail; a save with any invalid value saves nothing.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String AUDIT_RECORD = "assessment";

    @Inject
    Clock clock;

    @Inject
    AssessmentRepository assessments;

    @Inject
    PatientService patients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Letterhead letterhead;

    /** Starts a draft for the patient, as a follow-up of their previous assessment when they have one. */
    @Transactional
    public long start(long patientId) {
        if (patients.requireInOwnClinic(patientId).isArchived()) {
            throw new PatientArchived();
        }
        Optional<Assessment> previous = previousOf(assessments.ofPatient(patientId, currentUser.clinicId()));
        Assessment a = previous.map(p -> Assessment.followUp(
                        currentUser.clinicId(), patientId, currentUser.id(), LocalDate.now(clock), p))
                .orElseGet(() ->
                        Assessment.draft(currentUser.clinicId(), patientId, currentUser.id(), LocalDate.now(clock)));
        assessments.add(a);
        patients.touch(patientId);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, a.getId(), AuditOutcome.SUCCESS);
        return a.getId();
    }

    /**
     * The assessment a follow-up starts from: the latest signed one (signed values are the ones a therapist stood
     * by), or the latest draft when none is signed. {@code oldestFirst} is the patient's history.
     */
    static Optional<Assessment> previousOf(List<Assessment> oldestFirst) {
        Assessment latestDraft = null;
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Assessment a = oldestFirst.get(i);
            if (a.isFinal()) {
                return Optional.of(a);
            }
            if (latestDraft == null) {
                latestDraft = a;
            }
        }
        return Optional.ofNullable(latestDraft);
    }

    /** The assessment for reading or editing; the view is audited. */
    @Transactional
    public Assessment open(long id) {
        Assessment a = find(id);
        audit.record(AuditAction.VIEW, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return a;
    }

    @Transactional
    public Assessment find(long id) {
        return assessments
                .inClinic(id, currentUser.clinicId())
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, id));
    }

    @Transactional
    public List<Addendum> addenda(long assessmentId) {
        find(assessmentId);
        return assessments.addenda(assessmentId);
    }

    /**
     * Saves what was typed as the draft. Nothing is saved when any value is invalid: the problems come back instead.
     * A finalized assessment refuses with {@link Assessment.Locked}; a form drawn from an older version than the one
     * stored with {@link StaleEditException}, before its values are looked at.
     */
    @Transactional
    public List<FieldProblem> save(long id, AssessmentForm form) {
        Assessment a = find(id);
        if (a.isFinal()) {
            throw new Assessment.Locked();
        }
        if (a.getVersion() != form.versionSeen()) {
            throw new StaleEditException(a.getVersion());
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        a.record(
                form.visitDay().orElseThrow(),
                AssessmentInput.check(form.typed()).values());
        assessments.flush();
        patients.touch(a.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return List.of();
    }

    /**
     * Signs and locks the draft as saved, once the therapist confirmed it: refused with {@link Assessment.Locked}
     * when it was finalized meanwhile, and with {@link StaleEditException} when it was saved after the version the
     * therapist confirmed (they must see what they sign).
     */
    @Transactional
    public void finalizeDraft(long id, int versionSeen) {
        Assessment a = find(id);
        if (a.isFinal()) {
            throw new Assessment.Locked();
        }
        if (a.getVersion() != versionSeen) {
            throw new StaleEditException(a.getVersion());
        }
        a.finalizeBy(currentUser.id(), currentUser.getFullName(), letterhead.currentCredentials());
        assessments.flush();
        patients.touch(a.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
    }

    /** Adds a dated note to a finalized assessment. */
    @Transactional
    public void addAddendum(long id, String text) {
        Assessment a = find(id);
        if (!a.isFinal()) {
            throw new IllegalStateException("addenda follow a finalized assessment");
        }
        assessments.add(Addendum.of(id, text.strip(), currentUser.id(), currentUser.getFullName()));
        patients.touch(a.getPatientId());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
    }

    /** A patient's assessments, oldest first (the patient's own view is audited by the patient page). */
    @Transactional
    public List<Assessment> ofPatient(long patientId) {
        patients.requireInOwnClinic(patientId);
        return assessments.ofPatient(patientId, currentUser.clinicId());
    }

    /** All of a patient's assessments for the comparison page; viewing them is audited. */
    @Transactional
    public List<Assessment> compare(long patientId) {
        List<Assessment> all = ofPatient(patientId);
        audit.record(AuditAction.VIEW, "assessment-comparison", patientId, AuditOutcome.SUCCESS);
        return all;
    }

    /** Printing the report is recorded like any view of patient data. */
    @Transactional
    public Assessment openForPrint(long id) {
        Assessment a = find(id);
        audit.record(AuditAction.PRINT, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return a;
    }
}
