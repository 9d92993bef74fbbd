package app.gaitway.programs.builder;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button of the builder asks for. Every button submits the whole builder, so nothing typed is lost
 * whichever is pressed; the value says what to do: {@code save}, {@code search}, {@code update},
 * {@code add-<exercise id>}, {@code remove-<item>}, {@code up-<item>}, {@code down-<item>},
 * {@code page-<search page>}; from the suggestions {@code pick-<exercise id>} (added at the suggested dose, lower
 * when the assessment calls for it) and {@code picks} (the top pick of every group).
 */
public record BuilderAction(Kind kind, long argument) {

    public enum Kind {
        SAVE,
        SEARCH,
        UPDATE,
        ADD,
        REMOVE,
        UP,
        DOWN,
        PAGE,
        PICK,
        PICKS
    }

    private static final Pattern WITH_ARGUMENT = Pattern.compile("(add|remove|up|down|page|pick)-([0-9]{1,18})");

    public static final BuilderAction UPDATE_ONLY = new BuilderAction(Kind.UPDATE, 0);

    /** The action of a button value; an unknown value only updates the page (nothing is saved by accident). */
    public static BuilderAction parse(String value) {
        if (value == null) {
            return UPDATE_ONLY;
        }
        switch (value) {
            case "save":
                return new BuilderAction(Kind.SAVE, 0);
            case "search":
                return new BuilderAction(Kind.SEARCH, 0);
            case "picks":
                return new BuilderAction(Kind.PICKS, 0);
            default:
                break;
        }
        Matcher m = WITH_ARGUMENT.matcher(value);
        if (!m.matches()) {
            return UPDATE_ONLY;
        }
        return new BuilderAction(Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Long.parseLong(m.group(2)));
    }

    public boolean isSave() {
        return kind == Kind.SAVE;
    }

    /** The item an item button acts on. */
    public Optional<Integer> item() {
        return switch (kind) {
            case REMOVE, UP, DOWN -> Optional.of((int) Math.min(argument, Integer.MAX_VALUE));
            default -> Optional.empty();
        };
    }
}
