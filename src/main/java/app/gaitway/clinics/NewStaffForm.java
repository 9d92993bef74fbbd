package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** An administrator adds a staff member with a temporary password. */
public record NewStaffForm(String fullName, String email, String role, String temporaryPassword) {

    /** The empty form: a new account is a therapist unless the administrator says otherwise. */
    static NewStaffForm blank() {
        return new NewStaffForm(null, null, Role.THERAPIST.name(), null);
    }

    static NewStaffForm from(MultivaluedMap<String, String> body) {
        return new NewStaffForm(
                body.getFirst("fullName"),
                body.getFirst("email"),
                body.getFirst("role"),
                body.getFirst("temporaryPassword"));
    }

    /** What the form alone shows wrong, in page order; an email in use and the password's strength are the service's. */
    List<FieldProblem> problems() {
        FormChecks checks = new FormChecks();
        AccountFields.fullName(checks, fullName, "staff.fullName.required");
        AccountFields.email(checks, email, "staff.email.required");
        Roles.check(checks, role);
        AccountFields.password(checks, "temporaryPassword", temporaryPassword, "staff.password.required");
        return checks.problems();
    }

    /** The role chosen; only for a form without problems. */
    Role chosenRole() {
        return Roles.parse(role);
    }
}
