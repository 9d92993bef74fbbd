package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a program's versions into what was asked of the patient on which days.
 *
 * <p>A version is in force from the later of its start date and the day it was saved: a version saved on 10 March
 * with a start date of 3 March (kept from the version before) could not have been followed before the patient had it,
 * while a version saved with a start date next Monday begins on Monday. It stays in force until a later version comes
 * into force, or until the program's end date (the first day nothing is asked for: a program ended at the discharge
 * visit asks nothing more that day). A version overtaken before its own start is never in force.
 */
public final class PrescriptionHistory {

    /** One saved version: its start date, the day it was saved (in the clinic's time zone) and its exercises. */
    public record Version(LocalDate startDate, LocalDate savedOn, List<Item> items) {

        public Version {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(savedOn, "savedOn");
            items = List.copyOf(items);
        }

        LocalDate inForceFrom() {
            return startDate.isAfter(savedOn) ? startDate : savedOn;
        }
    }

    /** One exercise of a version with how often it was asked for (from its {@code ItemDosage}). */
    public record Item(long exerciseId, String exerciseName, int timesPerDay, int daysPerWeek) {}

    private PrescriptionHistory() {}

    /**
     * What each version asked for, newest version first and in its own order, so that a report listing exercises in
     * order of first appearance shows the current program's order, then exercises that only older versions had.
     *
     * @param oldestFirst the versions in the order they were saved
     * @param endedOn     the program's end date, or null while it runs
     */
    public static List<Prescribed> of(List<Version> oldestFirst, LocalDate endedOn) {
        List<Prescribed> newestFirst = new ArrayList<>();
        LocalDate overtakenOn = endedOn;
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Version v = oldestFirst.get(i);
            LocalDate from = v.inForceFrom();
            if (overtakenOn == null || from.isBefore(overtakenOn)) {
                for (Item item : v.items()) {
                    newestFirst.add(new Prescribed(
                            item.exerciseId(),
                            item.exerciseName(),
                            from,
                            overtakenOn,
                            item.timesPerDay(),
                            item.daysPerWeek()));
                }
            }
            overtakenOn = overtakenOn == null || from.isBefore(overtakenOn) ? from : overtakenOn;
        }
        return List.copyOf(newestFirst);
    }
}
