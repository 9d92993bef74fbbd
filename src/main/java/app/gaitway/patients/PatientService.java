package app.gaitway.patients;

import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The patients of the signed-in user's clinic. Every method takes the clinic from {@link CurrentUser},
 * never from a form: another clinic's patient is "not found" (404), exactly like an id that does not
 * exist. Every view and change of patient data is written to the audit trail in the same transaction,
 * by record type and id only: names and notes never reach the audit trail or the server log.
 * Patients are never deleted; they are archived and restored.
 */
@ApplicationScoped
public class PatientService {

    /** The record type of patient entries in the audit trail. */
    public static final String AUDIT_RECORD = "patient";
    /** The record type of a view of the patient list (names and dates of birth of one page). */
    public static final String AUDIT_LIST = "patient-list";

    @Inject
    Clock clock;

    @Inject
    PatientRepository patients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** One page of the list (a count and one page query); audited as one view of the list. */
    @Transactional
    public PatientListPage list(PatientQuery query) {
        long clinicId = currentUser.clinicId();
        long total = patients.count(clinicId, query);
        int pages = PatientListPage.pageCount(total);
        int page = Math.min(query.page(), pages);
        LocalDate today = PatientDates.today();
        List<PatientRow> rows =
                patients.page(clinicId, query, (page - 1) * PatientQuery.PAGE_SIZE, PatientQuery.PAGE_SIZE).stream()
                        .map(e -> PatientRow.of(e, today))
                        .toList();
        audit.record(AuditAction.VIEW, AUDIT_LIST, null, AuditOutcome.SUCCESS);
        return new PatientListPage(rows, page, pages, total, query);
    }

    /** A patient's details for their page or edit form; audited as a view. */
    @Transactional
    public PatientDetails details(long id) {
        Patient p = requireInOwnClinic(id);
        audit.record(AuditAction.VIEW, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return PatientDetails.of(p, PatientDates.today());
    }

    /** Registers a patient of the caller's clinic; returns the new id. */
    @Transactional
    public long create(PatientData data) {
        Patient p = Patient.register(currentUser.clinicId(), data, now());
        patients.add(p);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, p.getId(), AuditOutcome.SUCCESS);
        return p.getId();
    }

    /**
     * Saves the details, if the form was built from the version now stored.
     *
     * @return whether anything changed (nothing saved or audited as a change otherwise)
     * @throws app.gaitway.shared.persistence.StaleEditException when someone else saved in between
     */
    @Transactional
    public boolean update(long id, int versionSeen, PatientData data) {
        Patient p = requireInOwnClinic(id);
        p.checkVersion(versionSeen);
        if (!p.differsFrom(data)) {
            return false;
        }
        p.correct(data);
        em.flush();
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        return true;
    }

    /** Hides the patient from the list; nothing is deleted. Archiving an archived patient changes nothing. */
    @Transactional
    public void archive(long id) {
        Patient p = requireInOwnClinic(id);
        if (!p.isArchived()) {
            p.archive();
            em.flush();
            audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        }
    }

    @Transactional
    public void restore(long id) {
        Patient p = requireInOwnClinic(id);
        if (p.isArchived()) {
            p.restore();
            em.flush();
            audit.record(AuditAction.CHANGE, AUDIT_RECORD, id, AuditOutcome.SUCCESS);
        }
    }

    /**
     * Records that the patient was just worked with (an assessment or a home program was saved), so they
     * move to the top of the list. Not an edit: the version stays, so nobody's open edit form becomes stale,
     * and it is not audited here: the caller audits the assessment or program it saved.
     *
     * @throws NotFoundException for a patient of another clinic or a missing id
     */
    @Transactional
    public void touch(long patientId) {
        long clinicId = currentUser.clinicId();
        if (!patients.moveLastActivity(patientId, clinicId, now())) {
            requireInOwnClinic(patientId);
        }
    }

    /**
     * The patient, when they belong to the caller's clinic (archived or not: see {@link Patient#isArchived()}).
     * For other features' pages about a patient; not audited here, since the caller audits what it shows.
     * Inside the caller's transaction the patient is managed, so it can be referenced from the caller's records.
     *
     * @throws NotFoundException for a patient of another clinic or a missing id
     */
    @Transactional
    public Patient requireInOwnClinic(long id) {
        return patients.findInClinic(id, currentUser.clinicId()).orElseThrow(NotFoundException::new);
    }

    /**
     * The patient's given name only, for the pages their private link opens: those show nothing more about
     * them. The clinic comes from the link, as there is no signed-in user.
     */
    @Transactional
    public String givenNameFor(long id, long clinicId) {
        return patients.findInClinic(id, clinicId).map(Patient::getGivenName).orElseThrow(NotFoundException::new);
    }

    private Instant now() {
        return AppClock.now(clock);
    }
}
