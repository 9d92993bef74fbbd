package app.gaitway.clinics;

/** What the edit form on a staff member's page shows: saved values, or the values typed. */
public record StaffEditValues(String fullName, String role, String credentials, int version) {

    static StaffEditValues saved(StaffDetails details) {
        return new StaffEditValues(details.fullName(), details.role(), details.credentials(), details.version());
    }

    static StaffEditValues typed(StaffEditForm form) {
        return new StaffEditValues(form.fullName(), form.role(), form.credentials(), form.versionSeen());
    }

    /** The values typed, to be saved over the given version on purpose (after a conflict). */
    StaffEditValues over(StaffDetails current) {
        return new StaffEditValues(fullName, role, credentials, current.version());
    }
}
