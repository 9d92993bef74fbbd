package app.gaitway.patientside.adherence;

import app.gaitway.shared.web.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The adherence report in the words a therapist reads on the patient page: a table of figures with their warnings
 * written out, and one line per exercise such as "Clamshell: 4 of 5 sessions in the last 7 days (80%) · pain 2 → 4,
 * rising · 1 × too hard".
 */
public final class AdherenceWords {

    private static final String SEPARATOR = " \u00B7 ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Listed most telling first: "too hard" is the report a therapist must not miss. */
    private static final List<Difficulty> FELT_ORDER =
            List.of(Difficulty.TOO_HARD, Difficulty.ABOUT_RIGHT, Difficulty.TOO_EASY);

    private AdherenceWords() {}

    /** The whole report for one program, for {@code templates/patientside/adherence.html}. */
    public static AdherenceView view(Adherence report, long programId, String programTitle, Messages messages) {
        List<AdherenceView.Row> rows = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        // no day before today was prescribed: the program started today
        boolean startedToday =
                !report.isEmpty() && !report.wholeProgram().last30().isPrescribed();
        int dueToday = 0;
        int doneToday = 0;
        for (ExerciseAdherence e : report.exercises()) {
            AdherenceView.Row row = row(e.exerciseName(), e.measures(), messages);
            rows.add(row);
            WindowAdherence today = e.measures().today();
            dueToday += today.isPrescribed() ? 1 : 0;
            doneToday += today.isPrescribed() && today.done() > 0 ? 1 : 0;
            if (startedToday) {
                todaysWarning(e.exerciseName(), today, messages).ifPresent(attention::add);
            } else if (row.needsAttention()) {
                attention.add(row.summary());
            }
        }
        return new AdherenceView(
                "adherence-" + programId,
                messages.get("adherence.heading", programTitle),
                messages.get("adherence.caption", DATE.format(report.today().minusDays(1))),
                report.isEmpty(),
                startedToday,
                startedToday ? messages.get("adherence.startedToday", doneToday, dueToday) : null,
                attention,
                rows,
                row(messages.get("adherence.wholeProgram"), report.wholeProgram(), messages));
    }

    /** What was said today that needs a look, on a program started today: "Clamshell: too hard today · pain 8 today". */
    private static Optional<String> todaysWarning(String name, WindowAdherence today, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (today.tooHardReported()) {
            parts.add(messages.get("adherence.summary.tooHardToday"));
        }
        if (today.highPainReported()) {
            parts.add(messages.get(
                    "adherence.summary.highPainToday", today.highestPain().pain()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(name + ": " + String.join(SEPARATOR, parts));
    }

    /** One line: "Clamshell: 4 of 5 sessions in the last 7 days (80%) · pain 2 → 4, rising · 1 × too hard". */
    public static String summary(String name, Measures m, Messages messages) {
        WindowAdherence week = m.last7();
        List<String> parts = new ArrayList<>();
        if (!week.isPrescribed()) {
            parts.add(messages.get("adherence.summary.notPrescribed", name));
        } else if (week.noneDueYet()) {
            parts.add(messages.get("adherence.summary.noneDue", name, week.done()));
        } else if (week.isClipped()) {
            parts.add(messages.get(
                    "adherence.summary.sessionsClipped",
                    name,
                    week.done(),
                    week.prescribed(),
                    week.percentShown(),
                    week.prescribedDays()));
        } else {
            parts.add(messages.get(
                    "adherence.summary.sessions", name, week.done(), week.prescribed(), week.percentShown()));
        }
        PainTrend trend = m.painTrend();
        if (trend.isKnown()) {
            parts.add(messages.get(
                    "adherence.summary.painTrend",
                    average(trend.earlierSum(), trend.earlierDays()),
                    average(trend.recentSum(), trend.recentDays()),
                    direction(trend, messages)));
        } else if (m.latestPain() != null && !m.today().highPainReported()) { // else "pain 8 today" says it
            parts.add(messages.get(
                    "adherence.summary.painLatest",
                    m.latestPain().pain(),
                    DAY.format(m.latestPain().day())));
        }
        if (week.tooHardReported()) {
            parts.add(
                    messages.get("adherence.summary.tooHard", week.difficulty().tooHard()));
        }
        if (week.highPainReported()) {
            parts.add(messages.get(
                    "adherence.summary.highPain",
                    week.highestPain().pain(),
                    DAY.format(week.highestPain().day())));
        }
        if (m.today().tooHardReported()) {
            parts.add(messages.get("adherence.summary.tooHardToday"));
        }
        if (m.today().highPainReported()) {
            parts.add(messages.get(
                    "adherence.summary.highPainToday", m.today().highestPain().pain()));
        }
        return String.join(SEPARATOR, parts);
    }

    static AdherenceView.Row row(String name, Measures m, Messages messages) {
        PainTrend trend = m.painTrend();
        String trendText = trend.isKnown()
                ? messages.get(
                        "adherence.pain.trend",
                        average(trend.earlierSum(), trend.earlierDays()),
                        average(trend.recentSum(), trend.recentDays()),
                        direction(trend, messages))
                : trend.earlierDays() + trend.recentDays() > 0 ? messages.get("adherence.pain.tooFew") : null;
        String latest = m.latestPain() == null
                ? messages.get("adherence.pain.none")
                : messages.get(
                        "adherence.pain.latest",
                        m.latestPain().pain(),
                        DAY.format(m.latestPain().day()));
        return new AdherenceView.Row(
                name,
                period(m.last7(), messages),
                period(m.last30(), messages),
                today(m.today(), messages),
                latest,
                trendText,
                trend.direction() == PainTrend.Direction.RISING,
                // today's "how it felt" counts the moment it is logged, as today's pain does in the pain column
                felt(m.last30().difficulty().plus(m.today().difficulty()), messages),
                m.needsAttention(),
                summary(name, m, messages));
    }

    /** The last 7 or 30 days: "4 of 5 sessions (80%)", "Logged on 4 of 7 days", and any warnings. */
    static AdherenceView.Cell period(WindowAdherence w, Messages messages) {
        String sessions;
        if (!w.isPrescribed()) {
            sessions = messages.get("adherence.notPrescribed");
        } else if (w.noneDueYet()) {
            sessions = messages.get("adherence.sessions.noneDue", w.done());
        } else if (w.beyondPrescribed() > 0) {
            sessions = messages.get("adherence.sessions.beyond", w.done(), w.prescribed(), w.beyondPrescribed());
        } else {
            sessions = messages.get("adherence.sessions", w.done(), w.prescribed(), w.percentShown());
        }
        List<String> details = new ArrayList<>();
        if (w.isPrescribed()) {
            details.add(messages.get("adherence.days", w.daysLogged(), w.prescribedDays()));
        }
        if (w.isClipped()) {
            details.add(messages.get("adherence.clipped", w.prescribedDays(), w.calendarDays()));
        }
        addExtraTaps(details, w, messages);
        return new AdherenceView.Cell(sessions, details, w.percentShown(), warnings(w, messages));
    }

    /** Today so far: "1 session logged", "None logged yet" or "Not prescribed today", and any warnings. */
    static AdherenceView.Cell today(WindowAdherence w, Messages messages) {
        String sessions = w.isPrescribed()
                ? messages.get("adherence.today.logged", w.done())
                : messages.get("adherence.today.notPrescribed");
        List<String> details = new ArrayList<>();
        addExtraTaps(details, w, messages);
        return new AdherenceView.Cell(sessions, details, null, warnings(w, messages));
    }

    static List<AdherenceView.Felt> felt(DifficultyCounts counts, Messages messages) {
        if (counts.total() == 0) {
            return List.of(new AdherenceView.Felt(messages.get("adherence.felt.none"), false));
        }
        List<AdherenceView.Felt> felt = new ArrayList<>();
        for (Difficulty d : FELT_ORDER) {
            if (counts.of(d) > 0) {
                felt.add(new AdherenceView.Felt(
                        messages.get("adherence.felt." + d.name(), counts.of(d)), d == Difficulty.TOO_HARD));
            }
        }
        return felt;
    }

    /** A pain average as written: "4", "2.3" (one decimal, half up). */
    static String average(int sum, int count) {
        return BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static List<String> warnings(WindowAdherence w, Messages messages) {
        List<String> warnings = new ArrayList<>();
        if (w.tooHardReported()) {
            warnings.add(
                    messages.get("adherence.warning.tooHard", w.difficulty().tooHard()));
        }
        if (w.highPainReported()) {
            warnings.add(messages.get(
                    "adherence.warning.highPain",
                    w.highestPain().pain(),
                    DAY.format(w.highestPain().day())));
        }
        return warnings;
    }

    private static void addExtraTaps(List<String> details, WindowAdherence w, Messages messages) {
        if (w.extraEntries() > 0) {
            details.add(messages.get("adherence.extraEntries", w.extraEntries()));
        }
    }

    private static String direction(PainTrend trend, Messages messages) {
        return messages.get("adherence.pain.direction." + trend.direction().name());
    }
}
