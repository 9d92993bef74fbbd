package app.gaitway.auditlog;

import app.gaitway.shared.web.Choice;

import java.util.List;

/**
 * The choices of the filter form's selects: the clinic's users, the actions, the outcomes.
 * A clinic with very many staff gets a search field for the user instead of a select
 * ({@code searchUsers}), so the page stays small.
 */
public record AuditFilterOptions(
        List<Choice> users, boolean searchUsers, List<Choice> actions, List<Choice> outcomes) {}
