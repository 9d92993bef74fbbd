package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;

/** A clinic's saved name and address (null when none), as its details page shows them. */
public record ClinicDetails(long id, String name, String address) {

    static ClinicDetails of(Clinic clinic) {
        return new ClinicDetails(clinic.getId(), clinic.getName(), clinic.getAddress());
    }
}
