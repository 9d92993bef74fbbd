package app.gaitway.patients.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static HistoryEntry entry(String kind, String title, LocalDate date, String at) {
        return new HistoryEntry(
                kind, date, at == null ? null : Instant.parse(at), title, "/x", null, null, List.of(), null, null);
    }

    private static List<String> titles(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::title).toList();
    }

    @Test
    void eventsOfEverySourceAreOneLineNewestDayFirst() {
        List<HistoryEntry> assessments = List.of(
                entry("assessment", "first visit", MONDAY, "2026-03-02T09:00:00Z"),
                entry("assessment", "re-assessment", MONDAY.plusDays(14), "2026-03-16T09:00:00Z"));
        List<HistoryEntry> programs = List.of(
                entry("program", "program given", MONDAY, "2026-03-02T09:40:00Z"),
                entry("program", "program changed", MONDAY.plusDays(14), "2026-03-16T10:00:00Z"),
                entry("program", "program ended", MONDAY.plusDays(30), "2026-04-01T08:00:00Z"));

        History history = History.of(List.of(assessments, programs));

        assertEquals(
                List.of("program ended", "program changed", "re-assessment", "program given", "first visit"),
                titles(history.entries()));
        assertEquals(2, history.countOf("assessment"));
        assertEquals(3, history.countOf("program"));
    }

    @Test
    void anAssessmentDatedEarlierThanItWasTypedSortsByItsVisitDay() {
        // typed on Friday for Monday's visit, after a program was given on Wednesday
        List<HistoryEntry> assessments = List.of(entry("assessment", "Monday's visit", MONDAY, "2026-03-06T17:00:00Z"));
        List<HistoryEntry> programs =
                List.of(entry("program", "given Wednesday", MONDAY.plusDays(2), "2026-03-04T10:00:00Z"));

        assertEquals(
                List.of("given Wednesday", "Monday's visit"),
                titles(History.of(List.of(assessments, programs)).entries()));
    }

    @Test
    void theMostRecentEntriesAreShownAndTheRestFolded() {
        List<HistoryEntry> many = new ArrayList<>();
        for (int day = 0; day < History.SHOWN + 3; day++) {
            many.add(entry("program", "day " + day, MONDAY.plusDays(day), null));
        }
        History history = History.of(List.of(many));

        assertEquals(History.SHOWN, history.recent().size());
        assertEquals("day " + (History.SHOWN + 2), history.recent().get(0).title());
        assertEquals(List.of("day 2", "day 1", "day 0"), titles(history.older()));
    }

    @Test
    void aShortHistoryFoldsNothing() {
        History history = History.of(List.of(List.of(entry("assessment", "only visit", MONDAY, null)), List.of()));
        assertEquals(1, history.recent().size());
        assertTrue(history.older().isEmpty());
        assertTrue(History.of(List.of(List.of(), List.of())).isEmpty());
    }
}
