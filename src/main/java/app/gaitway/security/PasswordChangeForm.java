package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Objects;

/** A user's own password change: the current password, the new one and its repetition (never shown again). */
public record PasswordChangeForm(String currentPassword, String newPassword, String newPasswordRepeat) {

    public static PasswordChangeForm from(MultivaluedMap<String, String> body) {
        return new PasswordChangeForm(
                body.getFirst("currentPassword"), body.getFirst("newPassword"), body.getFirst("newPasswordRepeat"));
    }

    /** What the form alone shows wrong; the current password and the new one's strength are the service's. */
    public List<FieldProblem> problems() {
        if (!Objects.equals(newPassword, newPasswordRepeat)) {
            return List.of(new FieldProblem("newPasswordRepeat", "password.mismatch"));
        }
        return List.of();
    }
}
