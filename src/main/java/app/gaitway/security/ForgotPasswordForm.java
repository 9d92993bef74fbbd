package app.gaitway.security;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** "Forgot password": the account's email address. Whether an account has it is never said. */
public record ForgotPasswordForm(String email) {

    public static ForgotPasswordForm from(MultivaluedMap<String, String> body) {
        return new ForgotPasswordForm(body.getFirst("email"));
    }

    public String typedEmail() {
        return email == null ? "" : email.strip();
    }

    public List<FieldProblem> problems() {
        return new FormChecks()
                .required("email", typedEmail(), "reset.email.required")
                .text("email", typedEmail(), TypedText.Lines.ONE, 254, "field.invalidEmail")
                .email("email", typedEmail())
                .problems();
    }
}
