package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Honest adherence to one home program: sessions the patient logged against sessions prescribed, per exercise and for
 * the whole program, over the last 7 and the last 30 days, with pain and how the sessions felt.
 *
 * <p>Honest means: only what the patient logged counts, and only on days the exercise was prescribed; no logs at all
 * is "0 of 5", never "no data"; extra taps on a day count no more than the times a day prescribed; days before the
 * program started, after it ended, or while an exercise was not in it are not judged (see {@link WindowAdherence}
 * for the rounding, {@link Measures} for why the windows end yesterday, {@link PainTrend} for the trend rule).
 *
 * <p>The program's totals add up the exercises' exact figures and round once, so its "sessions prescribed" may differ
 * by one from the sum of the rounded figures in the rows. Its pain is each day's highest over all exercises.
 *
 * @param exercises one line per exercise prescribed on any of the last 30 days or today, in the order of first
 *                  appearance in the prescriptions (see {@link PrescriptionHistory#of})
 */
public record Adherence(LocalDate today, List<ExerciseAdherence> exercises, Measures wholeProgram) {

    public static final int SHORT_WINDOW = 7;
    public static final int LONG_WINDOW = 30;

    public Adherence {
        exercises = List.copyOf(exercises);
    }

    /**
     * @param prescribed what was asked for, per exercise and stretch of time
     * @param logged     the patient's entries as they stand; entries for exercises not prescribed on their day, or
     *                   dated after {@code today}, are left out
     * @param today      the clinic's today
     */
    public static Adherence of(List<Prescribed> prescribed, List<LoggedSession> logged, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Map<Long, List<Prescribed>> prescribedByExercise = new LinkedHashMap<>();
        for (Prescribed p : prescribed) {
            prescribedByExercise
                    .computeIfAbsent(p.exerciseId(), id -> new ArrayList<>())
                    .add(p);
        }
        Map<Long, List<LoggedSession>> loggedByExercise = logged.stream()
                .filter(s -> !s.day().isAfter(today))
                .collect(Collectors.groupingBy(LoggedSession::exerciseId));

        List<ExerciseAdherence> lines = new ArrayList<>();
        List<Ledger.Exercise> ledgers = new ArrayList<>();
        for (Map.Entry<Long, List<Prescribed>> e : prescribedByExercise.entrySet()) {
            List<LoggedSession> entries = loggedByExercise.getOrDefault(e.getKey(), List.of());
            Ledger.Exercise ledger = Ledger.ofExercise(e.getValue(), entries);
            if (ledger.prescribedBetween(today.minusDays(LONG_WINDOW), today)) {
                lines.add(new ExerciseAdherence(e.getKey(), ledger.name(), Measures.of(ledger, today)));
                ledgers.add(ledger);
            }
        }
        return new Adherence(today, lines, Measures.of(Ledger.ofProgram(ledgers), today));
    }

    /** Whether nothing was prescribed in the last 30 days or today: the report has no lines. */
    public boolean isEmpty() {
        return exercises.isEmpty();
    }
}
