package app.gaitway.patientside.adherence;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.gaitway.patientside.adherence.AdherenceTest.BRIDGE;
import static app.gaitway.patientside.adherence.AdherenceTest.CLAMSHELL;
import static app.gaitway.patientside.adherence.AdherenceTest.TODAY;
import static app.gaitway.patientside.adherence.AdherenceTest.clamshell;
import static app.gaitway.patientside.adherence.AdherenceTest.daysAgo;
import static app.gaitway.patientside.adherence.AdherenceTest.onceOnEachOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdherenceWordsTest {

    private final Messages messages = new MessagesWithAdherence();

    /** 5 days a week; 4 sessions last week with pain 4, 5, 3 (the week before 2, 2, 2), one said too hard. */
    private static List<LoggedSession> risingWeek() {
        List<LoggedSession> logs = new ArrayList<>();
        logs.add(new LoggedSession(daysAgo(6), CLAMSHELL, 4, Difficulty.ABOUT_RIGHT));
        logs.add(new LoggedSession(daysAgo(4), CLAMSHELL, 5, Difficulty.TOO_HARD));
        logs.add(new LoggedSession(daysAgo(2), CLAMSHELL, 3, Difficulty.ABOUT_RIGHT));
        logs.add(LoggedSession.done(daysAgo(1), CLAMSHELL));
        for (int n : new int[] {12, 10, 8}) {
            logs.add(new LoggedSession(daysAgo(n), CLAMSHELL, 2, Difficulty.TOO_EASY));
        }
        return logs;
    }

    private ExerciseAdherence only(Adherence report) {
        return report.exercises().get(0);
    }

    @Test
    void summarisesAnExerciseInOneLine() {
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5)), risingWeek(), TODAY);
        ExerciseAdherence e = only(report);

        assertEquals(
                "Clamshell: 4 of 5 sessions in the last 7 days (80%) \u00B7 pain 2 \u2192 4, rising"
                        + " \u00B7 1 \u00D7 too hard",
                AdherenceWords.summary(e.exerciseName(), e.measures(), messages));
    }

    @Test
    void summarySaysNoLogsAsZeroOfWhatWasPrescribed() {
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5)), List.of(), TODAY);

        assertEquals(
                "Clamshell: 0 of 5 sessions in the last 7 days (0%)",
                AdherenceWords.summary("Clamshell", only(report).measures(), messages));
    }

    @Test
    void summaryOfAShortStartSaysOnHowManyDays() {
        Adherence started = Adherence.of(List.of(clamshell(daysAgo(3), null, 1, 7)), onceOnEachOf(CLAMSHELL, 2), TODAY);
        assertEquals(
                "Clamshell: 1 of 3 sessions in the last 7 days (33%, prescribed on 3 of them)",
                AdherenceWords.summary("Clamshell", only(started).measures(), messages));

        Adherence yesterday =
                Adherence.of(List.of(clamshell(daysAgo(1), null, 1, 3)), onceOnEachOf(CLAMSHELL, 1), TODAY);
        assertEquals(
                "Clamshell: 1 session in the last 7 days, none due yet",
                AdherenceWords.summary("Clamshell", only(yesterday).measures(), messages));

        Adherence ended = Adherence.of(List.of(clamshell(daysAgo(40), daysAgo(10), 1, 7)), List.of(), TODAY);
        assertEquals(
                "Clamshell: not prescribed in the last 7 days",
                AdherenceWords.summary("Clamshell", only(ended).measures(), messages));
    }

    @Test
    void summaryNamesHighPainAndTodaysReports() {
        List<LoggedSession> logs = List.of(
                new LoggedSession(daysAgo(3), CLAMSHELL, 8, null),
                new LoggedSession(TODAY, CLAMSHELL, 7, Difficulty.TOO_HARD));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        assertEquals(
                "Clamshell: 1 of 7 sessions in the last 7 days (14%) \u00B7 pain 8 on 13 Mar"
                        + " \u00B7 too hard today \u00B7 pain 7 today",
                AdherenceWords.summary("Clamshell", only(report).measures(), messages));

        List<LoggedSession> mild = List.of(
                new LoggedSession(daysAgo(3), CLAMSHELL, 8, null), new LoggedSession(TODAY, CLAMSHELL, 3, null));
        assertEquals(
                "Clamshell: 1 of 7 sessions in the last 7 days (14%) \u00B7 latest pain 3 on 16 Mar"
                        + " \u00B7 pain 8 on 13 Mar",
                AdherenceWords.summary(
                        "Clamshell",
                        only(Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), mild, TODAY))
                                .measures(),
                        messages));
    }

    @Test
    void cellsSayTheFiguresAndTheWarningsInWords() {
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5)), risingWeek(), TODAY);
        AdherenceView.Row row = AdherenceWords.row("Clamshell", only(report).measures(), messages);

        assertEquals("4 of 5 sessions (80%)", row.last7().sessions());
        assertEquals(List.of("Logged on 4 of 7 days"), row.last7().details());
        assertEquals(80, row.last7().percentShown());
        assertEquals(List.of("Too hard: said once"), row.last7().warnings());
        assertEquals("7 of 21 sessions (33%)", row.last30().sessions());
        assertEquals("Latest: 3 on 14 Mar", row.latestPain(), "the day's pain; the tick on 15 Mar had none");
        assertEquals("Week average: 2 \u2192 4, rising", row.painTrend());
        assertTrue(row.painRising());
        assertEquals(
                List.of(
                        new AdherenceView.Felt("Too hard: 1", true),
                        new AdherenceView.Felt("About right: 2", false),
                        new AdherenceView.Felt("Too easy: 3", false)),
                row.felt());
        assertEquals("None logged yet", row.today().sessions());
        assertTrue(row.needsAttention());
    }

    @Test
    void cellsOfEdgeCases() {
        List<LoggedSession> logs = new ArrayList<>(onceOnEachOf(CLAMSHELL, 1, 1, 2, 3, 4, 5, 6, 7));
        logs.add(new LoggedSession(daysAgo(2), CLAMSHELL, 9, null));
        logs.addAll(onceOnEachOf(CLAMSHELL, 0, 0));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(3), null, 1, 3)), logs, TODAY);
        AdherenceView.Row row = AdherenceWords.row("Clamshell", only(report).measures(), messages);

        // 3 days at 3 a week: 1.29 → 1 session; 3 done (a double tap and days before the start not counted)
        assertEquals(
                "3 of 1 session (100%, 2 more than prescribed)", row.last7().sessions());
        assertEquals(
                List.of("Logged on 3 of 3 days", "Prescribed on 3 of these 7 days", "2 extra taps not counted"),
                row.last7().details());
        assertEquals(List.of("High pain: 9 out of 10 on 14 Mar"), row.last7().warnings());
        assertEquals("1 session logged", row.today().sessions());
        assertEquals(List.of("1 extra tap not counted"), row.today().details());
        assertEquals("Too few days with pain for a trend", row.painTrend());
        assertEquals(List.of(new AdherenceView.Felt("Not said", false)), row.felt());
    }

    @Test
    void aReportWithNoPainAtAllSaysSo() {
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 2, 7)), List.of(), TODAY);
        AdherenceView.Row row = AdherenceWords.row("Clamshell", only(report).measures(), messages);

        assertEquals("0 of 14 sessions (0%)", row.last7().sessions());
        assertEquals("None logged", row.latestPain());
        assertNull(row.painTrend());
        assertFalse(row.painRising());
        assertFalse(row.needsAttention());
    }

    @Test
    void theViewListsWhatNeedsALookAndTheWholeProgram() {
        List<LoggedSession> logs = new ArrayList<>(risingWeek());
        logs.addAll(onceOnEachOf(BRIDGE, 1, 2, 3, 4, 5, 6, 7));
        Adherence report = Adherence.of(
                List.of(
                        clamshell(daysAgo(60), null, 1, 5),
                        new Prescribed(BRIDGE, "Hip bridge", daysAgo(60), null, 1, 7)),
                logs,
                TODAY);
        AdherenceView view = AdherenceWords.view(report, 42, "Knee pain", messages);

        assertEquals("adherence-42", view.id());
        assertEquals("Logged by the patient: Knee pain", view.heading());
        assertEquals("Sessions logged against sessions prescribed, up to 15 Mar 2026", view.caption());
        assertFalse(view.empty());
        assertEquals(2, view.exercises().size());
        assertEquals(1, view.attention().size());
        assertTrue(view.attention().get(0).startsWith("Clamshell: 4 of 5 sessions"));
        assertEquals("Whole program", view.wholeProgram().name());
        assertEquals("11 of 12 sessions (91%)", view.wholeProgram().last7().sessions());
    }

    @Test
    void anEmptyReportSaysSo() {
        AdherenceView view = AdherenceWords.view(Adherence.of(List.of(), List.of(), TODAY), 42, "Knee pain", messages);

        assertTrue(view.empty());
        assertEquals(List.of(), view.exercises());
        assertEquals("Not prescribed in these days", view.wholeProgram().last7().sessions());
    }

    @Test
    void aProgramThatStartedTodayReadsSimply() {
        Prescribed clamshell = clamshell(TODAY, null, 1, 7);
        Prescribed bridge = new Prescribed(BRIDGE, "Hip bridge", TODAY, null, 1, 7);
        Prescribed squat = new Prescribed(BRIDGE + 1, "Mini squat", TODAY, null, 1, 7);
        AdherenceView none = AdherenceWords.view(
                Adherence.of(List.of(clamshell, bridge, squat), List.of(), TODAY), 42, "Knee pain", messages);
        assertTrue(none.startedToday());
        assertEquals("Started today: 0 of 3 exercises done.", none.startedTodayText());
        assertEquals(List.of(), none.attention());

        List<LoggedSession> doneThisMorning = List.of(
                new LoggedSession(TODAY, CLAMSHELL, 2, Difficulty.ABOUT_RIGHT),
                new LoggedSession(TODAY, CLAMSHELL, 3, Difficulty.ABOUT_RIGHT));
        AdherenceView logged = AdherenceWords.view(
                Adherence.of(List.of(clamshell, bridge, squat), doneThisMorning, TODAY), 42, "Knee pain", messages);
        assertTrue(logged.startedToday(), "still the first day once something is logged");
        assertEquals(
                "Started today: 1 of 3 exercises done.", logged.startedTodayText(), "a double tap is one exercise");

        AdherenceView one =
                AdherenceWords.view(Adherence.of(List.of(clamshell), List.of(), TODAY), 42, "Knee pain", messages);
        assertEquals("Started today: 0 of 1 exercise done.", one.startedTodayText());

        AdherenceView yesterday = AdherenceWords.view(
                Adherence.of(List.of(clamshell(daysAgo(1), null, 1, 7)), List.of(), TODAY), 42, "Knee pain", messages);
        assertFalse(yesterday.startedToday(), "yesterday is over, so it is judged");
        assertNull(yesterday.startedTodayText());
    }

    @Test
    void aProgramStartedTodaySaysWhatWasSaidTodayThatNeedsALook() {
        Prescribed fromToday = clamshell(TODAY, null, 1, 7);
        List<LoggedSession> hard = List.of(new LoggedSession(TODAY, CLAMSHELL, 8, Difficulty.TOO_HARD));
        AdherenceView view =
                AdherenceWords.view(Adherence.of(List.of(fromToday), hard, TODAY), 42, "Knee pain", messages);
        assertEquals(
                List.of("Clamshell: too hard today \u00B7 pain 8 today"),
                view.attention(),
                "no \"not prescribed in the last 7 days\" on a program one day old");
    }

    @Test
    void howItFeltCountsTodaysReportTheMomentItIsLogged() {
        List<LoggedSession> logs = new ArrayList<>(onceOnEachOf(CLAMSHELL, 3, 2));
        logs.add(new LoggedSession(TODAY, CLAMSHELL, 6, Difficulty.TOO_HARD));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);
        AdherenceView.Row row = AdherenceWords.row("Clamshell", only(report).measures(), messages);

        assertEquals(List.of(new AdherenceView.Felt("Too hard: 1", true)), row.felt(), "said this morning, shown now");
        assertEquals("Latest: 6 on 16 Mar", row.latestPain(), "as today's pain is");
    }

    @Test
    void writesPainAveragesWithAtMostOneDecimal() {
        assertEquals("4", AdherenceWords.average(12, 3));
        assertEquals("2.3", AdherenceWords.average(7, 3));
        assertEquals("2.7", AdherenceWords.average(8, 3));
        assertEquals("10", AdherenceWords.average(30, 3));
        assertEquals("0", AdherenceWords.average(0, 3));
        assertEquals("2.5", AdherenceWords.average(5, 2));
    }
}
