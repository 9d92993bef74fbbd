package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.web.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user's own account: finding it to sign in, changing their password. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    /** Before the first account exists, signing in makes no sense: the setup page comes first. */
    public boolean anyUserExists() {
        return users.anyUserExists();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(email);
    }

    /** The account half-way through signing in, to finish it (with its clinic); empty when deactivated meanwhile. */
    public Optional<UserAccount> findActive(long id) {
        return users.findWithClinic(id).filter(UserAccount::isActive);
    }

    /** Whether this is the user's password now (turning the second factor off or making new recovery codes). */
    @Transactional
    public boolean passwordMatches(long userId, String password) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null
                && password != null
                && !password.isEmpty()
                && hasher.matches(password, user.getPasswordHash());
    }

    /** Outcome of a password change: the problem beside the field whose check failed, or the new stamp. */
    public record PasswordChange(List<FieldProblem> problems, Instant passwordChangedAt) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public PasswordChange changeOwnPassword(
            long userId, String currentPassword, String newPassword, PasswordPolicy policy) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (currentPassword == null || !hasher.matches(currentPassword, user.getPasswordHash())) {
            audit.record(AuditAction.PASSWORD_CHANGE, "user", userId, AuditOutcome.FAILURE);
            return new PasswordChange(List.of(new FieldProblem("currentPassword", "password.currentWrong")), null);
        }
        Optional<String> problem = policy.problemWith(newPassword, user.getEmail());
        if (problem.isEmpty() && hasher.matches(newPassword, user.getPasswordHash())) {
            problem = Optional.of("password.sameAsBefore");
        }
        if (problem.isPresent()) {
            return new PasswordChange(List.of(new FieldProblem("newPassword", problem.get())), null);
        }
        user.changeOwnPassword(hasher.hash(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGE, "user", userId, AuditOutcome.SUCCESS);
        return new PasswordChange(List.of(), user.getPasswordChangedAt());
    }
}
