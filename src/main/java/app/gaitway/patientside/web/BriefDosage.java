package app.gaitway.patientside.web;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's dosage in a few words for the patient's "Today" list ("3 × 10 each side", "hold 30 s × 3"), and
 * the order of holds the "do it now" timer walks through. The full sentence stays on the exercise's card; this is
 * the reminder for a patient who already knows the exercise.
 */
public final class BriefDosage {

    private BriefDosage() {}

    /**
     * The holds the timer counts, in the order they are done: each set, each side of it in turn, each hold of that
     * side. {@code sides} is empty when no side needs saying (both legs at once, or no side).
     */
    public record TimerPlan(int sets, int holdsPerSet, List<String> sides) {

        /** How many holds the whole exercise has. */
        public int holds() {
            return sets * holdsPerSet * Math.max(1, sides.size());
        }
    }

    public static String words(ItemDosage d, Messages messages) {
        String amount = amount(d, messages);
        return switch (d.side()) {
            case BOTH -> amount;
            case EACH_SIDE -> messages.get("patientPage.brief.eachSide", amount);
            case LEFT_ONLY -> messages.get("patientPage.brief.leftOnly", amount);
            case RIGHT_ONLY -> messages.get("patientPage.brief.rightOnly", amount);
        };
    }

    /** Null when the exercise has no hold: the timer is only for holds. */
    public static TimerPlan plan(ItemDosage d) {
        if (!d.isHold()) {
            return null;
        }
        List<String> sides = new ArrayList<>();
        switch (d.side()) {
            case EACH_SIDE -> sides.addAll(List.of("left", "right"));
            case LEFT_ONLY -> sides.add("left");
            case RIGHT_ONLY -> sides.add("right");
            case BOTH -> {
                // nothing to say about sides
            }
        }
        return new TimerPlan(Math.max(1, d.sets()), holdsPerSet(d), List.copyOf(sides));
    }

    private static String amount(ItemDosage d, Messages messages) {
        if (d.isHold()) {
            if (holdsPerSet(d) > 1) {
                return d.sets() > 1
                        ? messages.get("patientPage.brief.holds", d.sets(), reps(d, messages), d.holdSeconds())
                        : messages.get("patientPage.brief.holdsOnce", reps(d, messages), d.holdSeconds());
            }
            return d.sets() > 1
                    ? messages.get("patientPage.brief.hold", d.holdSeconds(), d.sets())
                    : messages.get("patientPage.brief.holdOnce", d.holdSeconds());
        }
        if (d.repsMin() == null) {
            return messages.get("patientPage.brief.sets", d.sets());
        }
        return d.sets() > 1
                ? messages.get("patientPage.brief.reps", d.sets(), reps(d, messages))
                : messages.get("patientPage.brief.repsOnce", reps(d, messages));
    }

    /** A range of holds ("5–8 holds") is timed as its lower end: the patient stops there or goes on by choice. */
    private static int holdsPerSet(ItemDosage d) {
        return d.repsMin() == null ? 1 : Math.max(1, d.repsMin());
    }

    private static String reps(ItemDosage d, Messages messages) {
        return d.hasRepRange() ? messages.get("dosage.range", d.repsMin(), d.repsMax()) : String.valueOf(d.repsMin());
    }
}
