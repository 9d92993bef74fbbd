package app.gaitway.programs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Programs, their versions and items. Callers check the clinic; every finder here takes it. */
@ApplicationScoped
public class ProgramRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public void add(Program p) {
        em.persist(p);
        em.flush();
    }

    public void add(ProgramVersion v, List<ProgramItem> items) {
        em.persist(v);
        em.flush();
        items.forEach(em::persist);
    }

    public void flush() {
        em.flush();
    }

    public ProgramVersion persist(ProgramVersion v) {
        em.persist(v);
        em.flush();
        return v;
    }

    public void persist(ProgramItem item) {
        em.persist(item);
    }

    public Optional<Program> find(long id, long clinicId) {
        Program p = em.find(Program.class, id);
        return p == null || p.getClinicId() != clinicId ? Optional.empty() : Optional.of(p);
    }

    public List<ProgramVersion> versions(long programId) {
        return em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.programId = :p ORDER BY v.number DESC",
                        ProgramVersion.class)
                .setParameter("p", programId)
                .getResultList();
    }

    public Optional<ProgramVersion> version(long programId, int number) {
        return em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.programId = :p AND v.number = :n", ProgramVersion.class)
                .setParameter("p", programId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    public List<ProgramItem> items(long versionId) {
        return em.createQuery(
                        "SELECT i FROM ProgramItem i WHERE i.programVersionId = :v ORDER BY i.position",
                        ProgramItem.class)
                .setParameter("v", versionId)
                .getResultList();
    }

    /**
     * The items of every version of a patient's programs in one query, by version then position. Selected by the
     * patient, not by a list of version ids: a list of ids makes another SQL text for each length, which Hibernate
     * translates again and the database parses again on every page (issue 14's profile).
     */
    public List<ProgramItem> itemsOfPatient(long patientId, long clinicId) {
        return em.createQuery("""
                        SELECT i FROM ProgramItem i WHERE i.programVersionId IN (
                            SELECT v.id FROM ProgramVersion v, Program p
                            WHERE v.programId = p.id AND p.patientId = :patient AND p.clinicId = :clinic)
                        ORDER BY i.programVersionId, i.position""", ProgramItem.class)
                .setParameter("patient", patientId)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /** A patient's programs, newest first. */
    public List<Program> ofPatient(long patientId, long clinicId) {
        return em.createQuery("""
                        SELECT p FROM Program p WHERE p.patientId = :patient AND p.clinicId = :clinic
                        ORDER BY p.createdAt DESC, p.id DESC""", Program.class)
                .setParameter("patient", patientId)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /** Every version of a patient's programs in one query, by program then number (oldest first). */
    public List<ProgramVersion> versionsOfPatient(long patientId, long clinicId) {
        return em.createQuery("""
                        SELECT v FROM ProgramVersion v WHERE v.programId IN (
                            SELECT p.id FROM Program p WHERE p.patientId = :patient AND p.clinicId = :clinic)
                        ORDER BY v.programId, v.number""", ProgramVersion.class)
                .setParameter("patient", patientId)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /**
     * The phone number the clinic's most recently changed program gives, to offer it again. Walks the clinic's
     * programs newest first by the (clinic, updated) index and stops at the first: it does not grow with the
     * clinic's thousands of versions.
     */
    public Optional<String> lastClinicPhone(long clinicId) {
        return em.createQuery("""
                        SELECT v.clinicPhone FROM Program p, ProgramVersion v
                        WHERE p.clinicId = :clinic AND v.programId = p.id AND v.number = p.latestVersion
                        ORDER BY p.updatedAt DESC, p.id DESC""", String.class)
                .setParameter("clinic", clinicId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
