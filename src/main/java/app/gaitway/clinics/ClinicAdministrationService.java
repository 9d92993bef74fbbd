package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.PasswordHasher;
import app.gaitway.security.PasswordPolicy;
import app.gaitway.security.accounts.Clinic;
import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The clinics of an installation, for its owner only (the first administrator). A new
 * clinic starts with one administrator, who manages its staff from then on; the owner
 * does not see into it. For anyone else these pages do not exist (404).
 */
@ApplicationScoped
public class ClinicAdministrationService {

    @Inject
    ClinicRepository clinics;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();

    /** Whether the signed-in user may manage clinics; every method below checks it. */
    public boolean mayManageClinics() {
        return currentUser.isAdmin() && currentUser.isInstallationOwner();
    }

    public void requireOwner() {
        if (!mayManageClinics()) {
            throw new RecordNotFoundException("page", "clinics");
        }
    }

    @Transactional
    public List<ClinicSummary> clinics() {
        requireOwner();
        return clinics.summaries();
    }

    /**
     * Creates a clinic and its first administrator, who must replace the password chosen
     * here at first sign-in.
     *
     * @return the new clinic's id
     * @throws AdministrationRefused for a clinic name or email already in use, or a weak password
     */
    @Transactional
    public long create(String clinicName, String adminName, String adminEmail, String password) {
        requireOwner();
        if (clinics.nameTaken(clinicName)) {
            throw new AdministrationRefused("clinicName", "clinics.nameTaken");
        }
        passwordPolicy.problemWith(password, adminEmail).ifPresent(key -> {
            throw new AdministrationRefused("password", key);
        });
        if (users.emailTaken(adminEmail)) {
            throw new AdministrationRefused("email", "staff.emailTaken");
        }
        Clinic clinic = new Clinic(clinicName);
        clinics.add(clinic);
        UserAccount admin =
                UserAccount.withTemporaryPassword(clinic, adminEmail, adminName, Role.ADMIN, hasher.hash(password));
        users.add(admin);
        StaffService.flushNewAccount(em);
        audit.record(AuditAction.CLINIC_CREATE, "clinic", clinic.getId(), AuditOutcome.SUCCESS);
        audit.record(AuditAction.USER_CREATE, "user", admin.getId(), AuditOutcome.SUCCESS);
        return clinic.getId();
    }
}
