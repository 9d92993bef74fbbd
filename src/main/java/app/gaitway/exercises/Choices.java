package app.gaitway.exercises;

import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/** The vocabulary as choices for filters and forms, labelled from the message bundle. */
public final class Choices {

    private Choices() {}

    public static <E extends Enum<E>> List<Choice> of(
            Class<E> type, String prefix, Messages messages, String emptyLabel) {
        List<Choice> choices = new ArrayList<>();
        if (emptyLabel != null) {
            choices.add(new Choice("", emptyLabel));
        }
        for (E e : type.getEnumConstants()) {
            choices.add(new Choice(Vocabulary.code(e), messages.get(prefix + "." + Vocabulary.code(e))));
        }
        return choices;
    }
}
