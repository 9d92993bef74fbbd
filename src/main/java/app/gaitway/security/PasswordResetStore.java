package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.security.recovery.ResetLink;
import app.gaitway.security.recovery.ResetLinks;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.crypto.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The database side of "Forgot password" by email, one transaction per step, each audited with ids only: issuing a
 * link (see {@link ResetRules}), checking one, and setting the new password with it.
 */
@ApplicationScoped
class PasswordResetStore {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    ResetLinks links;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignedInSessions sessions;

    @Inject
    AuditTrail audit;

    /** A link to mail: to whom, and its token (which exists only here and in the mail). */
    record Issued(String email, String token) {
        @Override
        public String toString() {
            return "Issued[...]";
        }
    }

    /** The result of setting a password with a link: done (to whom the notice goes), a problem, or a dead link. */
    record Completion(String email, String problemKey) {
        static final Completion GONE = new Completion(null, null);

        boolean done() {
            return email != null;
        }

        boolean gone() {
            return email == null && problemKey == null;
        }
    }

    /** A new link for the account of that address, unless there is none, it is deactivated, or it had enough. */
    @Transactional
    Optional<Issued> issue(String typedEmail, String address, Instant now) {
        Optional<UserAccount> found = users.findByEmail(typedEmail);
        if (found.isEmpty()) {
            requested(null, null, address, AuditOutcome.FAILURE, "unknown account");
            return Optional.empty();
        }
        // Locked, so that requests at the same moment count each other's links (at most 3 an hour, exactly).
        UserAccount user = em.find(UserAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        long userId = user.getId();
        long clinicId = user.getClinic().getId();
        if (!user.isActive()) {
            requested(clinicId, userId, address, AuditOutcome.FAILURE, "account deactivated");
            return Optional.empty();
        }
        if (!ResetRules.mayMail(links.countSince(userId, ResetRules.windowStart(now)))) {
            requested(clinicId, userId, address, AuditOutcome.DENIED, "too many links this hour");
            return Optional.empty();
        }
        links.spendAllOf(userId, now);
        String token = RandomTokens.newToken();
        links.add(userId, RandomTokens.hash(token), now, ResetRules.expiryOf(now));
        requested(clinicId, userId, address, AuditOutcome.SUCCESS, null);
        return Optional.of(new Issued(user.getEmail(), token));
    }

    /** Whether the link can still set a password (the page to choose one is shown only then). */
    @Transactional
    boolean isUsable(String token, Instant now) {
        return usable(token, now).isPresent();
    }

    /**
     * Sets the new password: the link is spent (with every other of the account), all the account's sessions end
     * (their rows, and the password stamp every session was opened with), the second factor stays as it is.
     */
    @Transactional
    Completion complete(String token, String newPassword, PasswordPolicy policy, String address, Instant now) {
        Optional<ResetLink> link = usable(token, now);
        if (link.isEmpty()) {
            return Completion.GONE;
        }
        UserAccount user = em.find(UserAccount.class, link.get().getUserId());
        if (user == null || !user.isActive()) {
            return Completion.GONE;
        }
        Optional<String> problem = policy.problemWith(newPassword, user.getEmail());
        if (problem.isPresent()) {
            return new Completion(null, problem.get());
        }
        if (!links.spend(link.get().getId(), now)) {
            return Completion.GONE;
        }
        links.spendAllOf(user.getId(), now);
        user.changeOwnPassword(hasher.hash(newPassword));
        int ended = sessions.endAllOf(user.getId(), SignedInSessions.ENDED_BY_PASSWORD_CHANGE, now);
        audit.recordFor(
                user.getId(),
                user.getClinic().getId(),
                address,
                AuditAction.PASSWORD_RESET,
                "user",
                user.getId(),
                AuditOutcome.SUCCESS,
                "sessions ended: " + ended);
        return new Completion(user.getEmail(), null);
    }

    /** The request, with the account's id (none for an unknown address) and what came of it; never the address typed. */
    private void requested(Long clinicId, Long userId, String address, AuditOutcome outcome, String detail) {
        audit.recordFor(null, clinicId, address, AuditAction.PASSWORD_RESET_REQUEST, "user", userId, outcome, detail);
    }

    private Optional<ResetLink> usable(String token, Instant now) {
        if (!RandomTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return links.findByHash(RandomTokens.hash(token))
                .filter(l -> ResetRules.isUsable(l.getExpiresAt(), l.getSpentAt(), now));
    }
}
