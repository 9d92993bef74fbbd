package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;

/**
 * A clinic's saved name and address (null when none), as its details page shows them, and whether it requires a
 * second factor of its staff.
 */
public record ClinicDetails(long id, String name, String address, boolean secondFactorRequired) {

    static ClinicDetails of(Clinic clinic) {
        return new ClinicDetails(
                clinic.getId(), clinic.getName(), clinic.getAddress(), clinic.isSecondFactorRequired());
    }
}
