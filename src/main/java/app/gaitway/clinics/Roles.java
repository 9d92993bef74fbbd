package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.FormChecks;
import app.gaitway.shared.web.Messages;

import java.util.Arrays;
import java.util.List;

/** Roles as forms offer and read them. */
final class Roles {

    /** What a role field may hold. */
    private static final List<String> OFFERED =
            Arrays.stream(Role.values()).map(Role::name).toList();

    private Roles() {}

    static List<Choice> choices(Messages messages) {
        return Arrays.stream(Role.values())
                .map(role -> new Choice(role.name(), messages.get("role." + role.name())))
                .toList();
    }

    /** A role field must name one of the roles offered. */
    static void check(FormChecks checks, String role) {
        checks.required("role", role, "staff.role.missing").oneOf("role", role, OFFERED, "staff.role.missing");
    }

    /** A role from a form value that passed {@link #check}. */
    static Role parse(String value) {
        return Role.valueOf(value.strip());
    }
}
