package app.gaitway.exercises;

import app.gaitway.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A dosage in the words a patient reads: "3 sets of 10–15, each side", "once a day, 4 days a week". One place
 * for it, so the library, the program builder and the handout say it the same way.
 */
public final class DosageWords {

    private DosageWords() {}

    /** How much: sets and repetitions or holds, and the side. */
    public static String amount(Dosage d, Messages m) {
        String reps = d.repsMin() == null
                ? null
                : d.hasRepRange() ? m.get("dosage.range", d.repsMin(), d.repsMax()) : String.valueOf(d.repsMin());
        String amount;
        if (d.isHold()) {
            amount = reps == null
                    ? m.get("dosage.holdTimes", d.holdSeconds(), d.sets())
                    : m.get("dosage.holdSets", d.sets(), reps, d.holdSeconds());
        } else {
            amount = m.get("dosage.sets", d.sets(), reps);
        }
        return d.isEachSide() ? m.get("dosage.eachSide", amount) : amount;
    }

    /** How often: "once a day, every day". */
    public static String often(Dosage d, Messages m) {
        String perDay = m.get("dosage.perDay", d.timesPerDay());
        String perWeek = d.daysPerWeek() == 7 ? m.get("dosage.everyDay") : m.get("dosage.daysPerWeek", d.daysPerWeek());
        return m.get("dosage.often", perDay, perWeek);
    }

    /** Effort and rest, when given. */
    public static List<String> extras(Dosage d, Messages m) {
        List<String> extras = new ArrayList<>();
        if (d.effortMin() != null) {
            String effort = d.effortMin().equals(d.effortMax())
                    ? String.valueOf(d.effortMin())
                    : m.get("dosage.range", d.effortMin(), d.effortMax());
            extras.add(m.get("dosage.effort", effort));
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            extras.add(m.get("dosage.rest", d.restSeconds()));
        }
        return extras;
    }
}
