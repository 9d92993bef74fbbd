package app.gaitway.goals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queries over goals; every one takes the clinic. */
@ApplicationScoped
public class GoalRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<Goal> inClinic(long id, long clinicId) {
        Goal g = em.find(Goal.class, id);
        return g == null || g.getClinicId() != clinicId ? Optional.empty() : Optional.of(g);
    }

    /** All of a patient's goals, oldest first, in one query (the patient page is benchmarked). */
    public List<Goal> ofPatient(long patientId, long clinicId) {
        return em.createQuery(
                        "SELECT g FROM Goal g WHERE g.patientId = :p AND g.clinicId = :c ORDER BY g.setOn, g.id",
                        Goal.class)
                .setParameter("p", patientId)
                .setParameter("c", clinicId)
                .getResultList();
    }

    public void add(Goal g) {
        em.persist(g);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
