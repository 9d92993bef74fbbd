package app.gaitway.assessments;

import java.util.List;

/** What an assessment page shows of one assessment: its findings, then each recorded section. */
public record AssessmentSummary(List<FindingLine> findings, List<Block> blocks) {

    /** One finding in plain clinical language; flagged ones are highlighted. */
    public record FindingLine(String text, boolean flagged) {}

    /** A section: label/value facts and/or a table (first cell of each row is its heading). */
    public record Block(String id, String title, List<Fact> facts, List<String> headings, List<Row> rows) {}

    public record Fact(String label, String value) {}

    public record Row(List<Cell> cells) {}

    public record Cell(String text, boolean flagged) {
        public static Cell of(String text) {
            return new Cell(text, false);
        }
    }
}
