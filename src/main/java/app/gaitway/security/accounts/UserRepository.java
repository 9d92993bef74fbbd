package app.gaitway.security.accounts;

import app.gaitway.shared.text.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Staff accounts. Every lookup by id is scoped to a clinic: a foreign id is "not found". */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<UserAccount> findByEmail(String email) {
        if (!TypedText.isAcceptable(email, TypedText.Lines.ONE)) {
            // no account has such an address, and PostgreSQL would refuse the query (NUL) where H2 answers
            return Optional.empty();
        }
        return em.createQuery(
                        "select u from UserAccount u join fetch u.clinic where u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** For the session filter: the signed-in user with their clinic, one query. */
    public Optional<UserAccount> findWithClinic(long id) {
        return em.createQuery("select u from UserAccount u join fetch u.clinic where u.id = :id", UserAccount.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> findInClinic(long id, long clinicId) {
        return em.createQuery(
                        "select u from UserAccount u where u.id = :id and u.clinic.id = :clinic", UserAccount.class)
                .setParameter("id", id)
                .setParameter("clinic", clinicId)
                .getResultStream()
                .findFirst();
    }

    public List<UserAccount> pageInClinic(long clinicId, int offset, int limit) {
        return em.createQuery(
                        "select u from UserAccount u where u.clinic.id = :clinic order by u.active desc, lower(u.fullName), u.id",
                        UserAccount.class)
                .setParameter("clinic", clinicId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Active staff of the clinic who do clinical work (therapists), by name. */
    public List<UserAccount> activeTherapists(long clinicId) {
        return em.createQuery("""
                        SELECT u FROM UserAccount u WHERE u.clinic.id = :clinic AND u.active = true
                        AND u.role = app.gaitway.security.accounts.Role.THERAPIST ORDER BY u.fullName""", UserAccount.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    public long countInClinic(long clinicId) {
        return em.createQuery("select count(u) from UserAccount u where u.clinic.id = :clinic", Long.class)
                .setParameter("clinic", clinicId)
                .getSingleResult();
    }

    public long countActiveAdmins(long clinicId) {
        return em.createQuery(
                        "select count(u) from UserAccount u where u.clinic.id = :clinic and u.active = true and u.role = :role",
                        Long.class)
                .setParameter("clinic", clinicId)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    public boolean anyUserExists() {
        return !em.createQuery("select u.id from UserAccount u", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    public void add(UserAccount user) {
        em.persist(user);
    }
}
