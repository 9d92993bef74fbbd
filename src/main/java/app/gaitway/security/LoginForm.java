package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** The sign-in form: email, password and the page to return to. */
public record LoginForm(String email, String password, String next) {

    public static LoginForm from(MultivaluedMap<String, String> body) {
        return new LoginForm(body.getFirst("email"), body.getFirst("password"), body.getFirst("next"));
    }

    /** The email as looked up (without surrounding blanks), empty when none was sent. */
    public String typedEmail() {
        return email == null ? "" : email.strip();
    }

    /** Both fields must be filled in; anything else is the identity store's to judge, with one answer for all. */
    public List<FieldProblem> problems() {
        if (typedEmail().isEmpty() || password == null || password.isEmpty()) {
            return List.of(new FieldProblem(FieldProblem.FORM, "login.missing"));
        }
        return List.of();
    }
}
