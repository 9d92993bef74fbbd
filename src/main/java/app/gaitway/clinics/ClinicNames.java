package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A clinic's name by id, for pages that show it without a signed-in user (a patient's link). */
@ApplicationScoped
public class ClinicNames {

    @Inject
    ClinicRepository clinics;

    @Transactional
    public String of(long clinicId) {
        return clinics.find(clinicId).map(Clinic::getName).orElse("");
    }
}
