package app.gaitway.clinics;

import app.gaitway.security.PasswordHasher;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Turns an empty installation into one with a first clinic and its administrator, once.
 * After any user exists, setup is refused for good: there is no default account and no
 * way back to the setup page.
 */
@ApplicationScoped
public class InstallationService {

    @Inject
    UserRepository users;

    @Inject
    ClinicRepository clinics;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public boolean isSetUp() {
        return users.anyUserExists();
    }

    /**
     * @throws SetupClosedException when a user already exists (also when two people submit at once)
     */
    @Transactional
    public UserAccount setUp(String clinicName, String adminName, String adminEmail, String password, String clientAddress) {
        // Serialises concurrent set-up attempts on the audit chain head row.
        em.createNativeQuery("select id from audit_chain_head where id = 1 for update").getResultList();
        if (users.anyUserExists()) {
            throw new SetupClosedException();
        }
        Clinic clinic = new Clinic(clinicName);
        clinics.add(clinic);
        UserAccount owner = UserAccount.installationOwner(clinic, adminEmail, adminName, hasher.hash(password));
        users.add(owner);
        em.flush();
        audit.recordFor(owner.getId(), clinic.getId(), clientAddress, AuditAction.SETUP, "clinic", clinic.getId(),
                AuditOutcome.SUCCESS, null);
        return owner;
    }

    /** Thrown when setup is attempted on an installation that already has users. */
    public static class SetupClosedException extends RuntimeException {
        public SetupClosedException() {
            super("Setup is closed: the installation already has users");
        }
    }
}
