package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** A code as typed: at the second step of signing in (an app's code or a recovery code), or to confirm a new app. */
public record SecondFactorCodeForm(String code) {

    public static SecondFactorCodeForm from(MultivaluedMap<String, String> body) {
        return new SecondFactorCodeForm(body.getFirst("code"));
    }

    /** Only that something was typed; whether it is right is the service's to say. */
    public List<FieldProblem> problems() {
        return code == null || code.isBlank()
                ? List.of(new FieldProblem("code", "secondFactor.code.missing"))
                : List.of();
    }
}
