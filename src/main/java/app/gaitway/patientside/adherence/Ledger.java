package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Day by day, what was prescribed and logged: for one exercise, or for a whole program as the sum of its exercises. */
interface Ledger {

    Day on(LocalDate date);

    /** The days with any entry, newest first. */
    List<LocalDate> loggedDaysNewestFirst();

    static Exercise ofExercise(List<Prescribed> prescriptions, List<LoggedSession> entries) {
        return new Exercise(
                List.copyOf(prescriptions),
                entries.stream().collect(Collectors.groupingBy(LoggedSession::day, TreeMap::new, Collectors.toList())));
    }

    static Ledger ofProgram(List<? extends Ledger> exercises) {
        return new Program(List.copyOf(exercises));
    }

    /**
     * One exercise. Logging it twice on a day counts as two sessions only when it was asked for at least twice a day:
     * each day counts at most the times a day prescribed, so extra taps (a double tap, a tick after a tick) cannot lift
     * adherence above what was done. The entries themselves are kept, so the report can still say they were made.
     * When one exercise is in a version twice, the times a day add up.
     */
    record Exercise(List<Prescribed> prescriptions, TreeMap<LocalDate, List<LoggedSession>> entriesByDay)
            implements Ledger {

        @Override
        public Day on(LocalDate date) {
            int perDay = 0;
            int sevenths = 0;
            for (Prescribed p : prescriptions) {
                if (p.covers(date)) {
                    perDay += p.timesPerDay();
                    sevenths += p.seventhsPerDay();
                }
            }
            if (perDay == 0) {
                return Day.NOTHING_PRESCRIBED;
            }
            List<LoggedSession> entries = entriesByDay.getOrDefault(date, List.of());
            Integer pain = entries.stream()
                    .map(LoggedSession::pain)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            return new Day(
                    true,
                    sevenths,
                    Math.min(entries.size(), perDay),
                    entries.size(),
                    pain,
                    DifficultyCounts.ofOneDay(entries, perDay));
        }

        @Override
        public List<LocalDate> loggedDaysNewestFirst() {
            return new ArrayList<>(entriesByDay.descendingKeySet());
        }

        boolean prescribedBetween(LocalDate first, LocalDate last) {
            return prescriptions.stream()
                    .anyMatch(p -> !p.from().isAfter(last)
                            && (p.endsBefore() == null || p.endsBefore().isAfter(first))
                            && !p.from().equals(p.endsBefore()));
        }

        /** The name the newest prescription gives (an exercise renamed in the library keeps its latest name). */
        String name() {
            return prescriptions.stream()
                    .max(Comparator.comparing(Prescribed::from))
                    .map(Prescribed::exerciseName)
                    .orElse("");
        }
    }

    record Program(List<? extends Ledger> exercises) implements Ledger {

        @Override
        public Day on(LocalDate date) {
            Day sum = Day.NOTHING_PRESCRIBED;
            for (Ledger e : exercises) {
                sum = sum.plus(e.on(date));
            }
            return sum;
        }

        @Override
        public List<LocalDate> loggedDaysNewestFirst() {
            TreeSet<LocalDate> days = new TreeSet<>(Comparator.reverseOrder());
            exercises.forEach(e -> days.addAll(e.loggedDaysNewestFirst()));
            return new ArrayList<>(days);
        }
    }
}
