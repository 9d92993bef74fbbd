package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Readable names of actions and outcomes (audit.properties), for the page and its
 * filter. A code that is not one of today's enum values (written by a later or earlier
 * version) is shown as it is stored. Templates see it as {@code auditLabels}.
 */
@Named("auditLabels")
@ApplicationScoped
public class AuditLabels {

    private static final Set<String> ACTIONS = names(AuditAction.values());
    private static final Set<String> OUTCOMES = names(AuditOutcome.values());

    @Inject
    Messages messages;

    public String action(String code) {
        return ACTIONS.contains(code) ? messages.get("audit.action." + code) : code;
    }

    public String outcome(String code) {
        return OUTCOMES.contains(code) ? messages.get("audit.outcome." + code) : code;
    }

    List<Choice> actionChoices() {
        return choices(AuditAction.values(), "audit.filter.anyAction", this::action);
    }

    List<Choice> outcomeChoices() {
        return choices(AuditOutcome.values(), "audit.filter.anyOutcome", this::outcome);
    }

    private List<Choice> choices(Enum<?>[] values, String anyKey, UnaryOperator<String> label) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", messages.get(anyKey)));
        for (Enum<?> value : values) {
            choices.add(new Choice(value.name(), label.apply(value.name())));
        }
        return List.copyOf(choices);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
