package app.gaitway.patientside.adherence;

import java.time.LocalDate;

/**
 * Adherence over a run of days ({@code first} to {@code last}, both included), judged only on the days something was
 * prescribed: a program that started three days ago is judged on three days, not seven.
 *
 * <p>Rounding, once and only for what is shown: the sessions prescribed are kept exactly, in sevenths
 * ({@link #prescribedSevenths()}), and {@link #prescribed()} rounds them to the nearest whole session (5 days a week
 * over 30 days is 21.43, shown as 21; over 3 days 2.14, shown as 2). Nearest, because rounding down would let a
 * partial week ask for nothing and rounding up would count a session the schedule did not ask for; with sevenths a
 * tie cannot happen. The percentage is worked out from the two numbers shown, so "21 of 21" never reads as 98%, and
 * rounded down, so 100% means every prescribed session was done.
 *
 * @param prescribedDays days within the run on which something was prescribed
 * @param done           sessions that count (see {@link Ledger.Exercise}), raw: it may exceed what was prescribed
 * @param entries        entries as logged, extra taps included
 * @param daysLogged     prescribed days with any entry
 * @param highestPain    the highest pain of the run (the latest day, if it was logged on several), or null
 */
public record WindowAdherence(
        LocalDate first,
        LocalDate last,
        int prescribedDays,
        int prescribedSevenths,
        int done,
        int entries,
        int daysLogged,
        DifficultyCounts difficulty,
        DatedPain highestPain) {

    static WindowAdherence over(Ledger ledger, LocalDate first, LocalDate last) {
        int days = 0;
        int sevenths = 0;
        int done = 0;
        int entries = 0;
        int daysLogged = 0;
        DifficultyCounts difficulty = DifficultyCounts.NONE;
        DatedPain highest = null;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Day day = ledger.on(date);
            if (!day.prescribed()) {
                continue;
            }
            days++;
            sevenths += day.seventhsDue();
            done += day.done();
            entries += day.entries();
            daysLogged += day.entries() > 0 ? 1 : 0;
            difficulty = difficulty.plus(day.difficulty());
            if (day.pain() != null && (highest == null || day.pain() >= highest.pain())) {
                highest = new DatedPain(date, day.pain());
            }
        }
        return new WindowAdherence(first, last, days, sevenths, done, entries, daysLogged, difficulty, highest);
    }

    public int calendarDays() {
        return (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }

    /** Whether anything was prescribed in the run at all; when not, there is nothing to judge. */
    public boolean isPrescribed() {
        return prescribedDays > 0;
    }

    /** Whether fewer days were prescribed than the run has: the program started, changed or ended within it. */
    public boolean isClipped() {
        return isPrescribed() && prescribedDays < calendarDays();
    }

    /** Sessions prescribed, to the nearest whole session. */
    public int prescribed() {
        return (prescribedSevenths + 3) / 7;
    }

    /** Sessions prescribed, unrounded (21.43 for 5 days a week over 30 days). */
    public double prescribedExactly() {
        return prescribedSevenths / 7.0;
    }

    /** Whether sessions were prescribed, though fewer than half of one: a 3-days-a-week exercise given yesterday. */
    public boolean noneDueYet() {
        return isPrescribed() && prescribed() == 0;
    }

    /** Done of prescribed in percent, rounded down and not capped (140 when 7 of 5 were done); null when none due. */
    public Integer percent() {
        return prescribed() == 0 ? null : done * 100 / prescribed();
    }

    /** The percentage to show: at most 100, since more sessions than asked is not better adherence. */
    public Integer percentShown() {
        Integer raw = percent();
        return raw == null ? null : Math.min(raw, 100);
    }

    /** Sessions done beyond those prescribed (the raw count keeps them; the percentage does not). */
    public int beyondPrescribed() {
        return Math.max(0, done - prescribed());
    }

    /** Entries that did not count because the day already had the times a day prescribed. */
    public int extraEntries() {
        return entries - done;
    }

    public boolean tooHardReported() {
        return difficulty.tooHard() > 0;
    }

    public boolean highPainReported() {
        return highestPain != null && highestPain.isHigh();
    }
}
