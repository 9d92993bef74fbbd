package app.gaitway.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queries over discharges; every one takes the clinic. */
@ApplicationScoped
public class DischargeRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<Discharge> inClinic(long id, long clinicId) {
        Discharge d = em.find(Discharge.class, id);
        return d == null || d.getClinicId() != clinicId ? Optional.empty() : Optional.of(d);
    }

    /** A patient's discharges, oldest first. */
    public List<Discharge> ofPatient(long patientId, long clinicId) {
        return em.createQuery(
                        "SELECT d FROM Discharge d WHERE d.patientId = :p AND d.clinicId = :c ORDER BY d.id",
                        Discharge.class)
                .setParameter("p", patientId)
                .setParameter("c", clinicId)
                .getResultList();
    }

    public void add(Discharge d) {
        em.persist(d);
        em.flush();
    }
}
