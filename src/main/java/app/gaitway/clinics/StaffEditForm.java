package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/**
 * Name, role and credentials of a staff member, with the version of the record the form was built
 * from: a form built from an older version is a conflict, never a silent overwrite.
 */
public record StaffEditForm(String fullName, String role, String credentials, String version) {

    static final int UNKNOWN_VERSION = -1;

    static StaffEditForm from(MultivaluedMap<String, String> body) {
        return new StaffEditForm(
                body.getFirst("fullName"),
                body.getFirst("role"),
                body.getFirst("credentials"),
                body.getFirst("version"));
    }

    /** What the form alone shows wrong, in page order; the rules about who may change a role are the service's. */
    List<FieldProblem> problems() {
        FormChecks checks = new FormChecks();
        AccountFields.fullName(checks, fullName, "staff.fullName.required");
        Roles.check(checks, role);
        checks.text("credentials", credentials, TypedText.Lines.ONE, UserAccount.CREDENTIALS_MAX, "field.tooLong");
        return checks.problems();
    }

    /** The role chosen; only for a form without problems. */
    Role chosenRole() {
        return Roles.parse(role);
    }

    /** The version the form was built from; a missing or garbled one never matches a stored version. */
    int versionSeen() {
        return WholeNumbers.parseInt(version).orElse(UNKNOWN_VERSION);
    }
}
