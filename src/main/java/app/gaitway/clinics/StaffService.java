package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.PasswordHasher;
import app.gaitway.security.PasswordPolicy;
import app.gaitway.security.SignedInSessions;
import app.gaitway.security.accounts.Clinic;
import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.security.secondfactor.SecondFactors;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff administration of the signed-in administrator's own clinic. Every method checks
 * that the caller is an administrator now and takes the clinic from {@link CurrentUser},
 * never from a form: an id of another clinic's user is "not found", exactly like an id
 * that does not exist. Changes that depend on how many administrators a clinic has lock
 * the clinic first, so two administrators acting at once cannot leave it without one.
 * Every change is audited in the same transaction.
 */
@ApplicationScoped
public class StaffService {

    @Inject
    UserRepository users;

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SignedInSessions sessions;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();

    @Transactional
    public StaffPage page(int requested) {
        long clinicId = adminsClinic();
        long total = users.countInClinic(clinicId);
        int page = StaffPage.clamp(requested, total);
        List<StaffRow> rows = users.pageInClinic(clinicId, StaffPage.offset(page), StaffPage.SIZE).stream()
                .map(StaffRow::of)
                .toList();
        return new StaffPage(rows, page, StaffPage.pageCount(total), total);
    }

    @Transactional
    public StaffDetails details(long id) {
        return StaffDetails.of(
                findInOwnClinic(id), isSelf(id), secondFactors.status(id).on());
    }

    /**
     * Adds a user who must choose their own password at first sign-in.
     *
     * @return the new user's id
     * @throws AdministrationRefused for a weak temporary password or an email already in use
     */
    @Transactional
    public long add(String fullName, String email, Role role, String temporaryPassword) {
        long clinicId = adminsClinic();
        checkPassword("temporaryPassword", temporaryPassword, email);
        if (users.emailTaken(email)) {
            throw new AdministrationRefused("email", "staff.emailTaken");
        }
        Clinic clinic = clinics.find(clinicId).orElseThrow();
        UserAccount user =
                UserAccount.withTemporaryPassword(clinic, email, fullName, role, hasher.hash(temporaryPassword));
        users.add(user);
        flushNewAccount(em);
        audit.record(AuditAction.USER_CREATE, "user", user.getId(), AuditOutcome.SUCCESS);
        return user.getId();
    }

    /**
     * Saves name, role and credentials, if the form was built from the version now stored.
     *
     * @return whether anything changed
     * @throws app.gaitway.shared.persistence.StaleEditException when someone else saved in between
     * @throws AdministrationRefused when the role change would break a rule
     */
    @Transactional
    public boolean update(long id, int versionSeen, String fullName, Role role, String credentials) {
        UserAccount user = findForChange(id);
        user.checkVersion(versionSeen);
        AdministrationRules.whyNotChangeRole(user, role, isSelf(id), users.countActiveAdmins(adminsClinic()))
                .ifPresent(key -> {
                    throw new AdministrationRefused("role", key);
                });
        String previousCredentials = user.getCredentials();
        user.changeCredentials(credentials);
        if (user.getFullName().equals(fullName.strip())
                && user.getRole() == role
                && Objects.equals(previousCredentials, user.getCredentials())) {
            return false;
        }
        user.updateProfile(fullName, role);
        em.flush();
        audit.record(AuditAction.USER_UPDATE, "user", id, AuditOutcome.SUCCESS);
        return true;
    }

    /** Stops the user signing in; their open sessions end at their next request. */
    @Transactional
    public void deactivate(long id) {
        UserAccount user = findForChange(id);
        AdministrationRules.whyNotDeactivate(user, isSelf(id), users.countActiveAdmins(adminsClinic()))
                .ifPresent(key -> {
                    throw AdministrationRefused.forWholeForm(key);
                });
        if (user.isActive()) {
            user.deactivate();
            em.flush();
            audit.record(AuditAction.USER_DEACTIVATE, "user", id, AuditOutcome.SUCCESS);
        }
    }

    @Transactional
    public void reactivate(long id) {
        UserAccount user = findForChange(id);
        if (!user.isActive()) {
            user.reactivate();
            em.flush();
            audit.record(AuditAction.USER_REACTIVATE, "user", id, AuditOutcome.SUCCESS);
        }
    }

    /**
     * Sets a temporary password the user must change at next sign-in; their open
     * sessions end at their next request.
     */
    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        UserAccount user = findForChange(id);
        AdministrationRules.whyNotResetPassword(isSelf(id)).ifPresent(key -> {
            throw new AdministrationRefused("temporaryPassword", key);
        });
        checkPassword("temporaryPassword", temporaryPassword, user.getEmail());
        user.resetPasswordByAdmin(hasher.hash(temporaryPassword));
        em.flush();
        audit.record(AuditAction.USER_PASSWORD_RESET, "user", id, AuditOutcome.SUCCESS);
    }

    /**
     * Signs the user out on every device (audited, with ids only); each session ends at its next request.
     *
     * @return how many sessions were open
     */
    @Transactional
    public int signOutEverywhere(long id) {
        findInOwnClinic(id);
        int count = sessions.endAllByAdministrator(id, clock.instant());
        audit.recordFor(
                currentUser.id(),
                currentUser.clinicId(),
                currentUser.clientAddress(),
                AuditAction.SESSIONS_SIGN_OUT,
                "user",
                id,
                AuditOutcome.SUCCESS,
                "by an administrator");
        return count;
    }

    /**
     * Resets the second factor of a user who lost their phone (audited); not one's own, which its owner manages
     * with their password and a code.
     *
     * @return whether there was one to reset
     */
    @Transactional
    public boolean resetSecondFactor(long id) {
        findForChange(id);
        if (isSelf(id)) {
            throw AdministrationRefused.forWholeForm("staff.secondFactor.self");
        }
        return secondFactors.reset(
                id, new SecondFactors.Caller(currentUser.id(), currentUser.clinicId(), currentUser.clientAddress()));
    }

    /**
     * The caller's clinic, once it is clear the caller is an administrator now. The role
     * comes from the database on every request, so an administrator demoted a moment
     * ago is refused even though their session was opened with the old role.
     */
    private long adminsClinic() {
        if (!currentUser.isAdmin()) {
            throw new ForbiddenException();
        }
        return currentUser.clinicId();
    }

    private UserAccount findInOwnClinic(long id) {
        return users.findInClinic(id, adminsClinic()).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    /** Locks the clinic (see class comment), then loads the user from it. */
    private UserAccount findForChange(long id) {
        clinics.lock(adminsClinic());
        return findInOwnClinic(id);
    }

    private boolean isSelf(long id) {
        return id == currentUser.id();
    }

    private void checkPassword(String field, String password, String email) {
        Optional<String> problem = passwordPolicy.problemWith(password, email);
        if (problem.isPresent()) {
            throw new AdministrationRefused(field, problem.get());
        }
    }

    /** Two administrators adding the same email at once: the database's unique key decides. */
    static void flushNewAccount(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof jakarta.persistence.EntityExistsException
                    || hasCause(e, org.hibernate.exception.ConstraintViolationException.class)) {
                throw new AdministrationRefused("email", "staff.emailTaken");
            }
            throw e;
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
