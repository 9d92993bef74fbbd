package app.gaitway.security;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records a successful sign-in: last-login time on the account and an audit entry, together. */
@ApplicationScoped
public class LoginRecorder {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public void signedIn(long userId, long clinicId, String address, Instant at) {
        signedIn(userId, clinicId, address, at, null);
    }

    /** @param how how the second step was passed, when there was one (never the code itself) */
    @Transactional
    public void signedIn(long userId, long clinicId, String address, Instant at, String how) {
        // a sign-in is not an edit: no version bump, no "changed by"
        em.createQuery("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
                .setParameter("at", at)
                .setParameter("id", userId)
                .executeUpdate();
        audit.recordFor(userId, clinicId, address, AuditAction.LOGIN, "user", userId, AuditOutcome.SUCCESS, how);
    }
}
