package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The one transaction of {@link InstallationService#setUp}: short, because the password arrives hashed. */
@ApplicationScoped
public class InstallationRecords {

    @Inject
    UserRepository users;

    @Inject
    ClinicRepository clinics;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** @throws InstallationService.SetupClosedException when a user exists by the time the lock is held */
    @Transactional
    public UserAccount createFirst(
            String clinicName, String adminName, String adminEmail, String passwordHash, String clientAddress) {
        // Serialises concurrent set-up attempts on the audit chain head row.
        em.createNativeQuery("select id from audit_chain_head where id = 1 for update")
                .getResultList();
        if (users.anyUserExists()) {
            throw new InstallationService.SetupClosedException();
        }
        Clinic clinic = new Clinic(clinicName);
        clinics.add(clinic);
        UserAccount owner = UserAccount.installationOwner(clinic, adminEmail, adminName, passwordHash);
        users.add(owner);
        em.flush();
        audit.recordFor(
                owner.getId(),
                clinic.getId(),
                clientAddress,
                AuditAction.SETUP,
                "clinic",
                clinic.getId(),
                AuditOutcome.SUCCESS,
                null);
        return owner;
    }
}
