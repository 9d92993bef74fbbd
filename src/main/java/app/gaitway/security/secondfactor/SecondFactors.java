package app.gaitway.security.secondfactor;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Staff accounts' second factor: setting up an authenticator app, checking its codes and the recovery codes at
 * sign-in, making new recovery codes, turning it off, and an administrator's reset for a lost phone. Every step is
 * in the audit trail, never a key or a code.
 * <p>
 * Access checks are the callers': the web pages act for the signed-in user (or the user half-way through signing
 * in), and staff administration checks the clinic before it resets anyone's second factor.
 */
@ApplicationScoped
public class SecondFactors {

    private static final String RECORD = "user";

    @Inject
    SecondFactorRepository factors;

    @Inject
    SecondFactorKey key;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Who acts, for the audit trail: the account and clinic, and the client address. */
    public record Caller(long userId, long clinicId, String address) {}

    /** What must follow a correct password. */
    public enum NextStep {
        /** Signed in. */
        NONE,
        /** A code from the authenticator app, or a recovery code, first. */
        CODE,
        /** Signed in, but nothing else is reachable until a second factor is set up. */
        SET_UP
    }

    /** Whether the account has a second factor on, since when, and how many recovery codes are left. */
    public record Status(boolean on, Instant since, long recoveryCodesLeft) {}

    /** The outcome of a typed code. */
    public enum Check {
        AUTHENTICATOR_CODE,
        RECOVERY_CODE,
        WRONG,
        /** An authenticator code of a step already used: seen over a shoulder, or typed twice. */
        USED_BEFORE,
        /** The stored key cannot be opened: sealed under a link key this server does not have. */
        KEY_UNREADABLE
    }

    @Transactional
    public Status status(long userId) {
        Optional<SecondFactor> factor = factors.find(userId).filter(SecondFactor::isOn);
        return new Status(
                factor.isPresent(),
                factor.map(SecondFactor::enabledAt).orElse(null),
                factor.isPresent() ? factors.unusedRecoveryCodes(userId) : 0);
    }

    /**
     * After the password: a code when a second factor is on; setting one up when the clinic requires it, or for
     * the installation owner who had one (once on, the owner always has one).
     */
    @Transactional
    public NextStep afterPassword(UserAccount user) {
        Optional<SecondFactor> factor = factors.find(user.getId());
        if (factor.isPresent() && factor.get().isOn()) {
            return NextStep.CODE;
        }
        if (user.getClinic().isSecondFactorRequired() || (user.isInstallationOwner() && factor.isPresent())) {
            return NextStep.SET_UP;
        }
        return NextStep.NONE;
    }

    /** A new key to set up; nothing is stored until {@link #confirm}. */
    public Enrolment newEnrolment() {
        return Enrolment.random();
    }

    /**
     * Turns the second factor on with the enrolment's key once a current code of it was typed, and makes the
     * first recovery codes.
     *
     * @return the recovery codes to show once, or empty when the code was not right (nothing changed)
     */
    @Transactional
    public Optional<List<String>> confirm(Caller caller, Enrolment enrolment, String typedCode) {
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(enrolment.secret(), typedCode, now, -1);
        if (step.isEmpty()) {
            record(caller, AuditAction.SECOND_FACTOR_CHECK, AuditOutcome.FAILURE, "set-up code not right");
            return Optional.empty();
        }
        SecondFactor factor = factors.findForChange(caller.userId()).orElseGet(() -> {
            SecondFactor created = new SecondFactor(caller.userId());
            factors.add(created);
            return created;
        });
        SecretSeal seal = key.seal();
        factor.turnOn(seal.seal(enrolment.secret(), caller.userId()), seal.keyId(), step.getAsLong(), now);
        record(caller, AuditAction.SECOND_FACTOR_ON, AuditOutcome.SUCCESS, null);
        return Optional.of(replaceRecoveryCodes(caller, now));
    }

    /** Checks a code typed at sign-in (or to turn the second factor off): an authenticator code or a recovery code. */
    @Transactional
    public Check check(Caller caller, String typed) {
        Optional<SecondFactor> factor = factors.find(caller.userId()).filter(SecondFactor::isOn);
        if (factor.isEmpty()) {
            record(caller, AuditAction.SECOND_FACTOR_CHECK, AuditOutcome.FAILURE, "no second factor");
            return Check.WRONG;
        }
        Check result = Totp.looksLikeCode(typed) ? authenticatorCode(factor.get(), typed) : recoveryCode(caller, typed);
        switch (result) {
            case RECOVERY_CODE ->
                record(
                        caller,
                        AuditAction.RECOVERY_CODE_USE,
                        AuditOutcome.SUCCESS,
                        factors.unusedRecoveryCodes(caller.userId()) + " left");
            case WRONG ->
                record(
                        caller,
                        AuditAction.SECOND_FACTOR_CHECK,
                        AuditOutcome.FAILURE,
                        Totp.looksLikeCode(typed) ? "code not right" : "recovery code not right");
            case USED_BEFORE ->
                record(caller, AuditAction.SECOND_FACTOR_CHECK, AuditOutcome.FAILURE, "code used before");
            case KEY_UNREADABLE ->
                record(
                        caller,
                        AuditAction.SECOND_FACTOR_CHECK,
                        AuditOutcome.FAILURE,
                        "key sealed under another link key");
            case AUTHENTICATOR_CODE -> {
                // a success is recorded by the sign-in or the change it allowed
            }
        }
        return result;
    }

    private Check authenticatorCode(SecondFactor factor, String typed) {
        Optional<byte[]> secret = key.seal().open(factor.sealedSecret(), factor.sealedKeyId(), factor.userId());
        if (secret.isEmpty()) {
            return Check.KEY_UNREADABLE;
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret.get(), typed, now, factor.lastUsedStep());
        if (step.isEmpty()) {
            return Totp.matchingStep(secret.get(), typed, now, -1).isPresent() ? Check.USED_BEFORE : Check.WRONG;
        }
        return factors.spendStep(factor.userId(), step.getAsLong()) ? Check.AUTHENTICATOR_CODE : Check.USED_BEFORE;
    }

    private Check recoveryCode(Caller caller, String typed) {
        if (RecoveryCodes.normalized(typed).isEmpty()) {
            return Check.WRONG;
        }
        String hash = RecoveryCodes.hash(caller.userId(), typed);
        return factors.spendRecoveryCode(caller.userId(), hash, clock.instant()) ? Check.RECOVERY_CODE : Check.WRONG;
    }

    /** A new set of recovery codes, to show once; the old set no longer works. */
    @Transactional
    public List<String> newRecoveryCodes(Caller caller) {
        if (factors.find(caller.userId()).filter(SecondFactor::isOn).isEmpty()) {
            throw new IllegalStateException("Recovery codes belong to a second factor that is on");
        }
        return replaceRecoveryCodes(caller, clock.instant());
    }

    private List<String> replaceRecoveryCodes(Caller caller, Instant now) {
        factors.deleteRecoveryCodes(caller.userId());
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            factors.addRecoveryCode(new RecoveryCode(caller.userId(), RecoveryCodes.hash(caller.userId(), code), now));
        }
        record(caller, AuditAction.RECOVERY_CODES_CREATE, AuditOutcome.SUCCESS, null);
        return codes;
    }

    /** Turns the user's own second factor off (the caller checked the password and a current code). */
    @Transactional
    public void turnOff(Caller caller) {
        factors.findForChange(caller.userId()).ifPresent(SecondFactor::turnOff);
        factors.deleteRecoveryCodes(caller.userId());
        record(caller, AuditAction.SECOND_FACTOR_OFF, AuditOutcome.SUCCESS, null);
    }

    /**
     * An administrator's reset, for a lost phone: the key and recovery codes are gone, and the user signs in with
     * the password alone (or is sent to set up a new one, where one is required).
     *
     * @return whether there was a second factor to reset
     */
    @Transactional
    public boolean reset(long userId, Caller administrator) {
        Optional<SecondFactor> factor = factors.findForChange(userId).filter(SecondFactor::isOn);
        if (factor.isEmpty()) {
            return false;
        }
        factor.get().turnOff();
        factors.deleteRecoveryCodes(userId);
        audit.recordFor(
                administrator.userId(),
                administrator.clinicId(),
                administrator.address(),
                AuditAction.SECOND_FACTOR_RESET,
                RECORD,
                userId,
                AuditOutcome.SUCCESS,
                null);
        return true;
    }

    private void record(Caller caller, AuditAction action, AuditOutcome outcome, String detail) {
        audit.recordFor(
                caller.userId(), caller.clinicId(), caller.address(), action, RECORD, caller.userId(), outcome, detail);
    }
}
