package app.gaitway.clinics;

import app.gaitway.security.PasswordPolicy;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Objects;

/** The one-time setup page: the first clinic and its administrator, as typed. */
public record SetupForm(String clinicName, String fullName, String email, String password, String passwordRepeat) {

    static SetupForm blank() {
        return new SetupForm(null, null, null, null, null);
    }

    static SetupForm from(MultivaluedMap<String, String> body) {
        return new SetupForm(
                body.getFirst("clinicName"),
                body.getFirst("fullName"),
                body.getFirst("email"),
                body.getFirst("password"),
                body.getFirst("passwordRepeat"));
    }

    /** Everything wrong, in page order; a password the policy refuses is not compared with its repetition. */
    List<FieldProblem> problems(PasswordPolicy policy) {
        FormChecks checks = new FormChecks();
        AccountFields.clinicName(checks, clinicName, "field.required");
        AccountFields.fullName(checks, fullName, "field.required");
        AccountFields.email(checks, email, "field.required");
        AccountFields.password(checks, "password", password, "field.required");
        checks.text("passwordRepeat", passwordRepeat, TypedText.Lines.MANY);
        if (!checks.has("password")) {
            policy.problemWith(password, email).ifPresent(key -> checks.add("password", key));
        }
        if (!checks.has("password") && !Objects.equals(password, passwordRepeat)) {
            checks.add("passwordRepeat", "password.mismatch");
        }
        return checks.problems();
    }
}
