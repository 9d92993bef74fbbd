package app.gaitway.assessments;

import java.time.LocalDate;
import java.util.List;

/** A patient's assessments side by side, oldest first, with trend charts. */
public record Comparison(List<Visit> visits, List<Row> rows, List<Chart> charts) {

    /** With exactly two visits, the change since the first is the change since the previous: one column says it. */
    public boolean hasOneChangeColumn() {
        return visits.size() == 2;
    }

    public record Visit(long id, LocalDate date, boolean isFinal) {}

    /** A measure across visits; a heading row only names a section. */
    public record Row(String label, boolean heading, List<String> cells, String sinceFirst, String sinceLast) {
        public static Row heading(String label) {
            return new Row(label, true, List.of(), "", "");
        }
    }

    /** A chart as an image: its SVG as a data address, with its text alternative. */
    public record Chart(String title, String dataUri, String alt) {}
}
