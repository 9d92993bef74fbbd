package app.gaitway.patientside.adherence;

import java.util.List;

/**
 * The adherence report as the patient page shows it ({@code templates/patientside/adherence.html}), every text worked out
 * by {@link AdherenceWords} so the template only places them.
 *
 * @param id        unique on the page, for the heading and the note the table points to (one report per program)
 * @param startedToday whether the program's first day is today: no day is over to judge, so instead of a table of
 *                     "not prescribed" the report reads simply, {@code startedTodayText}
 * @param startedTodayText "Started today: 1 of 3 exercises done", or null when {@code startedToday} is false
 * @param attention the summaries of the exercises that need a look (see {@link Measures#needsAttention()}); on a
 *                  program started today, only what was said today ("Clamshell: too hard today")
 */
public record AdherenceView(
        String id,
        String heading,
        String caption,
        boolean empty,
        boolean startedToday,
        String startedTodayText,
        List<String> attention,
        List<Row> exercises,
        Row wholeProgram) {

    public AdherenceView {
        attention = List.copyOf(attention);
        exercises = List.copyOf(exercises);
    }

    /**
     * One line of the table.
     *
     * @param painTrend  the week averages and their direction, "too few days" or null with no pain in two weeks
     * @param painRising whether the trend is rising, to highlight it (the text says "rising" too)
     */
    public record Row(
            String name,
            Cell last7,
            Cell last30,
            Cell today,
            String latestPain,
            String painTrend,
            boolean painRising,
            List<Felt> felt,
            boolean needsAttention,
            String summary) {

        public Row {
            felt = List.copyOf(felt);
        }
    }

    /**
     * One period of one line: the sessions in words, details under them, and warnings, each a sentence that says what
     * it is ("Too hard: said twice"), so nothing is told by colour alone.
     *
     * @param percentShown done of prescribed, at most 100, or null when nothing was due
     */
    public record Cell(String sessions, List<String> details, Integer percentShown, List<String> warnings) {

        public Cell {
            details = List.copyOf(details);
            warnings = List.copyOf(warnings);
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }
    }

    /** How many times one difficulty was said; "too hard" is highlighted. */
    public record Felt(String text, boolean tooHard) {}
}
