package app.gaitway.security;

import jakarta.ws.rs.core.MultivaluedMap;

/** Asking for a new set of recovery codes: the password. */
public record RecoveryCodesForm(String codesPassword) {

    public static RecoveryCodesForm from(MultivaluedMap<String, String> body) {
        return new RecoveryCodesForm(body.getFirst("codesPassword"));
    }
}
