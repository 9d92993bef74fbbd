package app.gaitway.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Second factors and recovery codes. The updates that spend a code are conditional, so a code is spent once. */
@ApplicationScoped
class SecondFactorRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    Optional<SecondFactor> find(long userId) {
        return Optional.ofNullable(em.find(SecondFactor.class, userId));
    }

    Optional<SecondFactor> findForChange(long userId) {
        return Optional.ofNullable(em.find(SecondFactor.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(SecondFactor factor) {
        em.persist(factor);
    }

    /** Records a step as used; false when that step (or a later one) was used already, by this or another request. */
    boolean spendStep(long userId, long step) {
        return em.createQuery("update SecondFactor f set f.lastUsedStep = :step"
                                + " where f.userId = :user and f.lastUsedStep < :step and f.sealedSecret is not null")
                        .setParameter("step", step)
                        .setParameter("user", userId)
                        .executeUpdate()
                == 1;
    }

    /** Marks an unused recovery code used; false when there is no such unused code. */
    boolean spendRecoveryCode(long userId, String codeHash, Instant at) {
        return em.createQuery("update RecoveryCode c set c.usedAt = :at"
                                + " where c.userId = :user and c.codeHash = :hash and c.usedAt is null")
                        .setParameter("at", at)
                        .setParameter("user", userId)
                        .setParameter("hash", codeHash)
                        .executeUpdate()
                == 1;
    }

    long unusedRecoveryCodes(long userId) {
        return em.createQuery(
                        "select count(c) from RecoveryCode c where c.userId = :user and c.usedAt is null", Long.class)
                .setParameter("user", userId)
                .getSingleResult();
    }

    void deleteRecoveryCodes(long userId) {
        em.createQuery("delete from RecoveryCode c where c.userId = :user")
                .setParameter("user", userId)
                .executeUpdate();
    }

    void addRecoveryCode(RecoveryCode code) {
        em.persist(code);
    }
}
