package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.accounts.Clinic;
import app.gaitway.security.accounts.ClinicAddress;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Objects;

/**
 * The name and address of the signed-in administrator's own clinic. Any other clinic id is "not found", also
 * for the installation owner, who creates clinics but does not run them. Every change is audited.
 */
@ApplicationScoped
public class ClinicDetailsService {

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Transactional
    public ClinicDetails details(long clinicId) {
        return ClinicDetails.of(ownClinic(clinicId));
    }

    /**
     * Saves name and address.
     *
     * @return whether anything changed
     * @throws AdministrationRefused for a name another clinic has, or an address that does not fit the report
     */
    @Transactional
    public boolean update(long clinicId, String name, String address) {
        ownClinic(clinicId);
        Clinic clinic = clinics.lock(clinicId);
        ClinicAddress.problemWith(address).ifPresent(key -> {
            throw new AdministrationRefused("address", key);
        });
        boolean renamed = !clinic.getName().equals(name.strip());
        if (renamed && !clinic.getName().equalsIgnoreCase(name.strip()) && clinics.nameTaken(name)) {
            throw new AdministrationRefused("clinicName", "clinics.nameTaken");
        }
        boolean readdressed = !Objects.equals(clinic.getAddress(), ClinicAddress.normalize(address));
        if (!renamed && !readdressed) {
            return false;
        }
        clinic.rename(name);
        clinic.changeAddress(address);
        em.flush();
        audit.record(AuditAction.CHANGE, "clinic", clinicId, AuditOutcome.SUCCESS);
        return true;
    }

    /**
     * Requires a second factor of everyone in the clinic, or stops requiring it. Staff without one are sent to set
     * it up at their next sign-in.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean requireSecondFactor(long clinicId, boolean required) {
        ownClinic(clinicId);
        Clinic clinic = clinics.lock(clinicId);
        if (clinic.isSecondFactorRequired() == required) {
            return false;
        }
        clinic.requireSecondFactor(required);
        em.flush();
        audit.recordFor(
                currentUser.id(),
                clinicId,
                currentUser.clientAddress(),
                AuditAction.CHANGE,
                "clinic",
                clinicId,
                AuditOutcome.SUCCESS,
                required ? "second factor required" : "second factor no longer required");
        return true;
    }

    private Clinic ownClinic(long clinicId) {
        if (!currentUser.isAdmin() || clinicId != currentUser.clinicId()) {
            throw new RecordNotFoundException("clinic", clinicId);
        }
        return clinics.find(clinicId).orElseThrow(() -> new RecordNotFoundException("clinic", clinicId));
    }
}
