package app.gaitway.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queries over assessments; every one that serves a user takes the clinic. */
@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<Assessment> inClinic(long id, long clinicId) {
        Assessment a = em.find(Assessment.class, id);
        return a == null || a.getClinicId() != clinicId ? Optional.empty() : Optional.of(a);
    }

    /** A patient's assessments, oldest visit first: one query for the timeline or the comparison. */
    public List<Assessment> ofPatient(long patientId, long clinicId) {
        return em.createQuery("""
                        SELECT a FROM Assessment a WHERE a.patientId = :p AND a.clinicId = :c
                        ORDER BY a.visitDate, a.id""", Assessment.class)
                .setParameter("p", patientId)
                .setParameter("c", clinicId)
                .getResultList();
    }

    public List<Addendum> addenda(long assessmentId) {
        return em.createQuery(
                        "SELECT d FROM Addendum d WHERE d.assessmentId = :a ORDER BY d.writtenAt, d.id", Addendum.class)
                .setParameter("a", assessmentId)
                .getResultList();
    }

    public void add(Assessment a) {
        em.persist(a);
        em.flush();
    }

    public void add(Addendum d) {
        em.persist(d);
    }

    public void flush() {
        em.flush();
    }
}
