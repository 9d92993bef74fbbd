package app.gaitway.shared.audit;

import java.util.List;

/** The choices of the filter form's selects: the clinic's users, the actions, the outcomes. */
public record AuditFilterOptions(List<Choice> users, List<Choice> actions, List<Choice> outcomes) {

    /** Whether the id is one of the clinic's users (the first choice is "anyone"). */
    public boolean hasUser(Long id) {
        String value = String.valueOf(id);
        return users.stream().skip(1).anyMatch(choice -> choice.value().equals(value));
    }
}
