package app.gaitway.security;

import jakarta.ws.rs.core.MultivaluedMap;

/** Turning the second factor off: the password and a current code from the app. */
public record SecondFactorOffForm(String offPassword, String offCode) {

    public static SecondFactorOffForm from(MultivaluedMap<String, String> body) {
        return new SecondFactorOffForm(body.getFirst("offPassword"), body.getFirst("offCode"));
    }
}
