package app.gaitway.security.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** The password-reset links sent, by the hash of their token; every method joins the caller's transaction. */
@ApplicationScoped
public class ResetLinks {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public void add(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        em.persist(new ResetLink(userId, tokenHash, createdAt, expiresAt));
    }

    /** How many links the account was sent since then (for the mails-per-hour limit). */
    public long countSince(long userId, Instant since) {
        return em.createQuery(
                        "select count(r) from ResetLink r where r.userId = :user and r.createdAt >= :since", Long.class)
                .setParameter("user", userId)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Spends every unspent link of the account: a newer link, or a new password, makes them worthless. */
    public void spendAllOf(long userId, Instant at) {
        em.createQuery("update ResetLink r set r.spentAt = :at where r.userId = :user and r.spentAt is null")
                .setParameter("at", at)
                .setParameter("user", userId)
                .executeUpdate();
    }

    public Optional<ResetLink> findByHash(String tokenHash) {
        return em.createQuery("select r from ResetLink r where r.tokenHash = :hash", ResetLink.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Spends the link if nobody did before; of two requests using one link at once, only one gets true (the update's
     * condition is checked by the database, under its row lock).
     */
    public boolean spend(long id, Instant at) {
        return em.createQuery("update ResetLink r set r.spentAt = :at where r.id = :id and r.spentAt is null")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }
}
