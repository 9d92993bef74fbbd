package app.gaitway.patientside.adherence;

/**
 * What one day asked for and what was logged on it, for one exercise or summed over a program. Only days on which
 * something was prescribed carry entries: a log on any other day is not adherence.
 *
 * @param seventhsDue sessions asked for on this day, in sevenths (see {@link Prescribed#seventhsPerDay()})
 * @param done        sessions that count: the day's entries, at most the times a day prescribed
 * @param entries     the day's entries as logged, extra taps included
 * @param pain        the highest pain logged that day, or null
 */
record Day(boolean prescribed, int seventhsDue, int done, int entries, Integer pain, DifficultyCounts difficulty) {

    static final Day NOTHING_PRESCRIBED = new Day(false, 0, 0, 0, null, DifficultyCounts.NONE);

    Day plus(Day other) {
        Integer higher = pain;
        if (other.pain != null && (pain == null || other.pain > pain)) {
            higher = other.pain; // not a ternary: mixing Integer and int there unboxes a null
        }
        return new Day(
                prescribed || other.prescribed,
                seventhsDue + other.seventhsDue,
                done + other.done,
                entries + other.entries,
                higher,
                difficulty.plus(other.difficulty));
    }
}
