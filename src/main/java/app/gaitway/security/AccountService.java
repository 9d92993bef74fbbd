package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** A user's own account: changing their password. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    /** Outcome of a password change: the message key of the failed check, or the new stamp. */
    public record PasswordChange(Optional<String> currentPasswordProblem, Optional<String> newPasswordProblem,
                                 Instant passwordChangedAt) {
        public boolean succeeded() {
            return currentPasswordProblem.isEmpty() && newPasswordProblem.isEmpty();
        }
    }

    @Transactional
    public PasswordChange changeOwnPassword(long userId, String currentPassword, String newPassword, PasswordPolicy policy) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (currentPassword == null || !hasher.matches(currentPassword, user.getPasswordHash())) {
            audit.record(AuditAction.PASSWORD_CHANGE, "user", userId, AuditOutcome.FAILURE);
            return new PasswordChange(Optional.of("password.currentWrong"), Optional.empty(), null);
        }
        Optional<String> problem = policy.problemWith(newPassword, user.getEmail());
        if (problem.isEmpty() && hasher.matches(newPassword, user.getPasswordHash())) {
            problem = Optional.of("password.sameAsBefore");
        }
        if (problem.isPresent()) {
            return new PasswordChange(Optional.empty(), problem, null);
        }
        user.changeOwnPassword(hasher.hash(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGE, "user", userId, AuditOutcome.SUCCESS);
        return new PasswordChange(Optional.empty(), Optional.empty(), user.getPasswordChangedAt());
    }
}
