package app.gaitway.assessments.measures;

import app.gaitway.patients.Patient;
import app.gaitway.patients.PatientService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which questionnaires a patient answers: the therapist's choice, or the suggestion for the patient's problem
 * ({@link BodyRegion}) until there is one. Every method checks that the patient is in the caller's clinic.
 */
@ApplicationScoped
public class MeasureChoices {

    public static final String AUDIT_RECORD = "patient-measures";

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    PatientService patients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The patient's measures and where they come from. */
    public record Current(Set<OutcomeMeasure> measures, boolean chosen, BodyRegion region) {
        public boolean has(String code) {
            return OutcomeMeasure.ofCode(code).map(measures::contains).orElse(false);
        }
    }

    @Transactional
    public Current of(long patientId) {
        Patient patient = patients.requireInOwnClinic(patientId);
        BodyRegion region = BodyRegion.of(patient.getIcd10Code(), patient.getReferralReason());
        PatientMeasures stored = em.find(PatientMeasures.class, patientId);
        return stored == null
                ? new Current(region.suggested(), false, region)
                : new Current(stored.chosen(), true, region);
    }

    /** The same, for the page where the choice is made: a view of the patient's record, audited as one. */
    @Transactional
    public Current openForChoice(long patientId) {
        Current current = of(patientId);
        audit.record(AuditAction.VIEW, AUDIT_RECORD, patientId, AuditOutcome.SUCCESS);
        return current;
    }

    @Transactional
    public void choose(long patientId, Set<OutcomeMeasure> chosen) {
        patients.requireInOwnClinic(patientId);
        Set<OutcomeMeasure> copy = chosen.isEmpty() ? EnumSet.noneOf(OutcomeMeasure.class) : EnumSet.copyOf(chosen);
        PatientMeasures stored = em.find(PatientMeasures.class, patientId);
        if (stored == null) {
            em.persist(PatientMeasures.of(patientId, copy, currentUser.id()));
        } else {
            stored.choose(copy, currentUser.id());
        }
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, patientId, AuditOutcome.SUCCESS);
    }
}
