package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Objects;

/** A new password chosen through a reset link: the link's token (a hidden field), the password and its repetition. */
public record NewPasswordForm(String token, String newPassword, String newPasswordRepeat) {

    public static NewPasswordForm from(MultivaluedMap<String, String> body) {
        return new NewPasswordForm(
                body.getFirst("token"), body.getFirst("newPassword"), body.getFirst("newPasswordRepeat"));
    }

    /** What the form alone shows wrong; the password's strength is the policy's. */
    public List<FieldProblem> problems() {
        if (!Objects.equals(newPassword, newPasswordRepeat)) {
            return List.of(new FieldProblem("newPasswordRepeat", "password.mismatch"));
        }
        return List.of();
    }
}
