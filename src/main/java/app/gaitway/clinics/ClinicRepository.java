package app.gaitway.clinics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClinicRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<Clinic> find(long id) {
        return Optional.ofNullable(em.find(Clinic.class, id));
    }

    public List<Clinic> all() {
        return em.createQuery("select c from Clinic c order by lower(c.name), c.id", Clinic.class).getResultList();
    }

    public void add(Clinic clinic) {
        em.persist(clinic);
    }
}
