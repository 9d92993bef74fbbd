package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;

import java.util.Arrays;
import java.util.List;

/** Roles as forms offer and read them. */
final class Roles {

    /** What a role field may hold (checked by the forms' validation). */
    static final String PATTERN = "ADMIN|THERAPIST";

    private Roles() {
    }

    static List<Choice> choices(Messages messages) {
        return Arrays.stream(Role.values())
                .map(role -> new Choice(role.name(), messages.get("role." + role.name())))
                .toList();
    }

    /** A role from a form value that passed validation. */
    static Role parse(String value) {
        return Role.valueOf(value.strip());
    }
}
