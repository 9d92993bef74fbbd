package app.gaitway.clinics;

import jakarta.ws.rs.core.MultivaluedMap;

/** The temporary password an administrator sets for a staff member; its rules are the password policy's (the service's). */
record TemporaryPasswordForm(String temporaryPassword) {

    static TemporaryPasswordForm from(MultivaluedMap<String, String> body) {
        return new TemporaryPasswordForm(body.getFirst("temporaryPassword"));
    }
}
