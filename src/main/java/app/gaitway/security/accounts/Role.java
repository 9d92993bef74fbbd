package app.gaitway.security.accounts;

/** What a staff member may do. ADMIN manages the clinic's users; THERAPIST does clinical work. */
public enum Role {
    ADMIN,
    THERAPIST
}
