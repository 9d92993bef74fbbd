package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-in and password change forms' own rules (the rest is the identity store's and the service's). */
class LoginFormsTest {

    @Test
    void signInNeedsBothEmailAndPasswordAndSaysSoForTheWholeForm() {
        List<FieldProblem> missing = List.of(new FieldProblem(FieldProblem.FORM, "login.missing"));
        assertEquals(missing, new LoginForm("  ", "secret", null).problems());
        assertEquals(missing, new LoginForm("ana@example.org", "", null).problems());
        assertEquals(missing, new LoginForm(null, null, null).problems());
        assertEquals(List.of(), new LoginForm("ana@example.org", " ", null).problems(), "a password is never trimmed");
    }

    @Test
    void theEmailIsLookedUpWithoutSurroundingBlanks() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("email", " ana@example.org ");
        body.add("password", " pw ");
        body.add("next", "/patients");
        LoginForm form = LoginForm.from(body);

        assertEquals("ana@example.org", form.typedEmail());
        assertEquals(" pw ", form.password());
        assertEquals("/patients", form.next());
        assertEquals("", new LoginForm(null, null, null).typedEmail());
    }

    @Test
    void aNewPasswordMustBeRepeatedExactly() {
        assertEquals(
                List.of(new FieldProblem("newPasswordRepeat", "password.mismatch")),
                new PasswordChangeForm("old", "plum orbit canvas", "plum orbit canvas ").problems());
        assertEquals(
                List.of(new FieldProblem("newPasswordRepeat", "password.mismatch")),
                new PasswordChangeForm("old", "plum orbit canvas", null).problems());
        assertEquals(List.of(), new PasswordChangeForm("old", "plum orbit canvas", "plum orbit canvas").problems());
    }
}
