package app.gaitway.patients;

import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/** The options of the patient form's selects, "Not recorded" first, and the words for saved codes. */
final class PatientChoices {

    private PatientChoices() {}

    static List<Choice> sexes(Messages messages) {
        return choices(Sex.values(), "patient.sex.", messages);
    }

    static List<Choice> sides(Messages messages) {
        return choices(AffectedSide.values(), "patient.side.", messages);
    }

    /** The word for a saved code ("FEMALE" is "Female"), or "Not recorded" for none. */
    static String label(String prefix, String code, Messages messages) {
        return code == null || code.isEmpty() ? messages.get("patient.notRecorded") : messages.get(prefix + code);
    }

    private static List<Choice> choices(Enum<?>[] values, String prefix, Messages messages) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", messages.get("patient.notRecorded")));
        for (Enum<?> value : values) {
            choices.add(new Choice(value.name(), messages.get(prefix + value.name())));
        }
        return List.copyOf(choices);
    }
}
