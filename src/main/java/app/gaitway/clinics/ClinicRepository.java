package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        return em.createQuery("select c from Clinic c order by lower(c.name), c.id", Clinic.class)
                .getResultList();
    }

    /**
     * Locks the clinic's row until the transaction ends, so that changes which depend on
     * counting the clinic's administrators happen one after another.
     */
    public Clinic lock(long id) {
        Clinic clinic = em.find(Clinic.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (clinic == null) {
            throw new IllegalStateException("Clinic " + id + " does not exist");
        }
        return clinic;
    }

    /** Every clinic with its number of user accounts, in one query. */
    public List<ClinicSummary> summaries() {
        return em.createQuery(
                        "select new app.gaitway.clinics.ClinicSummary(c.id, c.name, count(u)) "
                                + "from Clinic c left join UserAccount u on u.clinic = c "
                                + "group by c.id, c.name order by lower(c.name), c.id",
                        ClinicSummary.class)
                .getResultList();
    }

    public boolean nameTaken(String name) {
        return !em.createQuery("select c.id from Clinic c where lower(c.name) = :name", Long.class)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(Clinic clinic) {
        em.persist(clinic);
    }
}
