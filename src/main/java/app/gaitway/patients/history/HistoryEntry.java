package app.gaitway.patients.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated event of a patient's story on the patient page: an assessment with its main findings, or a home
 * program given, changed or ended. Every text is ready to show (escaped by the template like any other).
 *
 * @param kind   what it is, for the page's styling: "assessment" or "program"
 * @param date   the day it belongs to (the visit date, the day a version was saved or a program ended)
 * @param at     when it was recorded, to order events of the same day
 * @param title  the link text
 * @param href   the page it links to
 * @param badge  a short status beside the title ("Draft", "Version 3"), or null
 * @param tone   the badge's tone: "ok", "off" or null
 * @param lines  what it found or changed
 * @param more   what is left out of the lines ("and 3 more findings"), or null
 * @param byline who did it, or null when the badge already says
 */
public record HistoryEntry(
        String kind,
        LocalDate date,
        Instant at,
        String title,
        String href,
        String badge,
        String tone,
        List<Line> lines,
        String more,
        String byline) {

    public record Line(String text, boolean flagged) {}

    public HistoryEntry {
        lines = List.copyOf(lines);
    }
}
