package app.gaitway.patientside.adherence;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdherenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final long CLAMSHELL = 11;
    static final long BRIDGE = 12;

    static LocalDate daysAgo(int n) {
        return TODAY.minusDays(n);
    }

    static Prescribed clamshell(LocalDate from, LocalDate endsBefore, int timesPerDay, int daysPerWeek) {
        return new Prescribed(CLAMSHELL, "Clamshell", from, endsBefore, timesPerDay, daysPerWeek);
    }

    static List<LoggedSession> onceOnEachOf(long exerciseId, int... daysAgo) {
        List<LoggedSession> logs = new ArrayList<>();
        for (int n : daysAgo) {
            logs.add(LoggedSession.done(daysAgo(n), exerciseId));
        }
        return logs;
    }

    static Measures clamshellOf(Adherence report) {
        assertEquals(CLAMSHELL, report.exercises().get(0).exerciseId());
        return report.exercises().get(0).measures();
    }

    @Test
    void judgesAProgramThatStartedThreeDaysAgoOnThreeDays() {
        Adherence report =
                Adherence.of(List.of(clamshell(daysAgo(3), null, 1, 7)), onceOnEachOf(CLAMSHELL, 3, 1), TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(7, week.calendarDays());
        assertEquals(3, week.prescribedDays());
        assertTrue(week.isClipped());
        assertEquals(3, week.prescribed());
        assertEquals(2, week.done());
        assertEquals(66, week.percent(), "2 of 3 is 66.7%, rounded down");
        assertEquals(2, week.daysLogged());
        WindowAdherence month = clamshellOf(report).last30();
        assertEquals(3, month.prescribedDays());
        assertEquals(3, month.prescribed());
        assertEquals(2, month.done());
    }

    @Test
    void fiveDaysAWeekIsFiveSessionsInSevenDaysAndTwentyOneInThirty() {
        List<LoggedSession> logs = new ArrayList<>(onceOnEachOf(CLAMSHELL, 1, 2, 4, 6));
        logs.addAll(onceOnEachOf(CLAMSHELL, 8, 9, 10, 12, 13, 15, 16, 18, 20, 22, 23, 25, 27));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5)), logs, TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(35, week.prescribedSevenths());
        assertEquals(5, week.prescribed());
        assertEquals(4, week.done());
        assertEquals(80, week.percent());
        assertFalse(week.isClipped());

        WindowAdherence month = clamshellOf(report).last30();
        assertEquals(150, month.prescribedSevenths(), "30 days × 5 sevenths");
        assertEquals(21.428, month.prescribedExactly(), 0.001);
        assertEquals(21, month.prescribed(), "21.43 to the nearest session");
        assertEquals(17, month.done());
        assertEquals(80, month.percent(), "17 of 21 is 80.95%, rounded down");
        assertEquals(17, month.daysLogged());
    }

    @Test
    void roundsPrescribedSessionsToTheNearest() {
        // 3 days a week: over 30 days 12.86 → 13; over 7 days exactly 3; over 1 day 0.43 → 0, over 2 days 0.86 → 1
        Adherence longAgo = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 3)), List.of(), TODAY);
        assertEquals(13, clamshellOf(longAgo).last30().prescribed());
        assertEquals(3, clamshellOf(longAgo).last7().prescribed());

        Adherence yesterday =
                Adherence.of(List.of(clamshell(daysAgo(1), null, 1, 3)), onceOnEachOf(CLAMSHELL, 1), TODAY);
        WindowAdherence oneDay = clamshellOf(yesterday).last7();
        assertEquals(0, oneDay.prescribed());
        assertTrue(oneDay.noneDueYet());
        assertNull(oneDay.percent(), "no percentage of nothing");
        assertEquals(1, oneDay.done(), "the session done still shows");

        Adherence twoDays = Adherence.of(List.of(clamshell(daysAgo(2), null, 1, 3)), List.of(), TODAY);
        assertEquals(1, clamshellOf(twoDays).last7().prescribed());
        assertEquals(0, clamshellOf(twoDays).last7().percent());
    }

    @Test
    void twiceADayCountsUpToTwoSessionsADay() {
        List<LoggedSession> logs = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            logs.addAll(onceOnEachOf(CLAMSHELL, n, n));
        }
        logs.addAll(onceOnEachOf(CLAMSHELL, 6, 6, 6)); // a third tap on a twice-a-day day does not count
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(90), null, 2, 7)), logs, TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(14, week.prescribed());
        assertEquals(12, week.done(), "5 days × 2 + 2, the third tap not counted; day 7 nothing");
        assertEquals(13, week.entries());
        assertEquals(1, week.extraEntries());
        assertEquals(85, week.percent(), "12 of 14 is 85.7%");
        assertEquals(6, week.daysLogged());
    }

    @Test
    void duplicateTapsOnAOnceADayExerciseCountOnce() {
        List<LoggedSession> logs = List.of(
                new LoggedSession(daysAgo(2), CLAMSHELL, 3, Difficulty.TOO_HARD),
                new LoggedSession(daysAgo(2), CLAMSHELL, 3, Difficulty.TOO_HARD),
                new LoggedSession(daysAgo(2), CLAMSHELL, null, null));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(30), null, 1, 7)), logs, TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(1, week.done());
        assertEquals(3, week.entries());
        assertEquals(2, week.extraEntries());
        assertEquals(1, week.difficulty().tooHard(), "the same report tapped twice is one report");
        assertEquals(14, week.percent(), "1 of 7");
    }

    @Test
    void aDosageChangeMidWindowCountsEachDayAtItsOwnDosage() {
        // Version 1 from 20 days ago: once a day, 3 days a week. Version 2 saved 3 days ago, keeping the start date:
        // it is in force from the day it was saved, twice a day every day.
        List<Prescribed> prescribed = PrescriptionHistory.of(
                List.of(
                        new PrescriptionHistory.Version(
                                daysAgo(20),
                                daysAgo(20),
                                List.of(new PrescriptionHistory.Item(CLAMSHELL, "Clamshell", 1, 3))),
                        new PrescriptionHistory.Version(
                                daysAgo(20),
                                daysAgo(3),
                                List.of(new PrescriptionHistory.Item(CLAMSHELL, "Clamshell", 2, 7)))),
                null);
        List<LoggedSession> logs = new ArrayList<>(onceOnEachOf(CLAMSHELL, 7, 7, 5)); // version 1: two taps, one counts
        logs.addAll(onceOnEachOf(CLAMSHELL, 3, 3, 2, 2, 1)); // version 2: two a day count
        Adherence report = Adherence.of(prescribed, logs, TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(4 * 3 + 3 * 14, week.prescribedSevenths(), "4 days at 3/7, 3 days at 2 a day");
        assertEquals(8, week.prescribed(), "54/7 = 7.71");
        assertEquals(2 + 5, week.done());
        assertEquals(87, week.percent());

        WindowAdherence month = clamshellOf(report).last30();
        assertEquals(20, month.prescribedDays());
        assertEquals(17 * 3 + 3 * 14, month.prescribedSevenths());
        assertEquals(13, month.prescribed(), "93/7 = 13.29");
        assertEquals(7, month.done());
        assertEquals(53, month.percent());
    }

    @Test
    void anEndedProgramIsJudgedOnlyUntilItsEnd() {
        Prescribed ended = clamshell(daysAgo(40), daysAgo(5), 1, 7);
        List<LoggedSession> logs = onceOnEachOf(CLAMSHELL, 6, 2); // 2 days ago the program had ended
        Adherence report = Adherence.of(List.of(ended), logs, TODAY);

        Measures m = clamshellOf(report);
        assertEquals(2, m.last7().prescribedDays(), "7 and 6 days ago; 5 days ago it ended");
        assertEquals(2, m.last7().prescribed());
        assertEquals(1, m.last7().done(), "the log after the end is not adherence");
        assertEquals(50, m.last7().percent());
        assertEquals(25, m.last30().prescribedDays());
        assertEquals(25, m.last30().prescribed());
        assertEquals(1, m.last30().done());
        assertEquals(4, m.last30().percent());
        assertFalse(m.today().isPrescribed());

        Adherence longEnded = Adherence.of(List.of(clamshell(daysAgo(90), daysAgo(31), 1, 7)), logs, TODAY);
        assertTrue(longEnded.isEmpty());
        assertFalse(longEnded.wholeProgram().last30().isPrescribed());
    }

    @Test
    void noLogsAtAllIsZeroOfWhatWasPrescribed() {
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5)), List.of(), TODAY);

        Measures m = clamshellOf(report);
        assertEquals(0, m.last7().done());
        assertEquals(5, m.last7().prescribed());
        assertEquals(0, m.last7().percent(), "0%, not nothing");
        assertEquals(21, m.last30().prescribed());
        assertEquals(0, m.last30().percent());
        assertEquals(0, m.last30().daysLogged());
        assertNull(m.latestPain());
        assertEquals(PainTrend.Direction.TOO_FEW_VALUES, m.painTrend().direction());
        assertEquals(0, report.wholeProgram().last7().percent());
    }

    @Test
    void moreThanPrescribedKeepsTheCountAndCapsThePercentage() {
        Adherence report = Adherence.of(
                List.of(clamshell(daysAgo(60), null, 1, 3)), onceOnEachOf(CLAMSHELL, 1, 2, 3, 4, 5, 6, 7), TODAY);

        WindowAdherence week = clamshellOf(report).last7();
        assertEquals(7, week.done());
        assertEquals(3, week.prescribed());
        assertEquals(233, week.percent());
        assertEquals(100, week.percentShown());
        assertEquals(4, week.beyondPrescribed());
    }

    @Test
    void todayIsReportedApartAndNotJudgedYet() {
        List<LoggedSession> logs = List.of(new LoggedSession(TODAY, CLAMSHELL, 8, Difficulty.TOO_HARD));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        Measures m = clamshellOf(report);
        assertEquals(0, m.last7().done());
        assertEquals(7, m.last7().prescribed());
        assertFalse(m.last7().tooHardReported());
        assertEquals(1, m.today().done());
        assertTrue(m.today().tooHardReported());
        assertTrue(m.today().highPainReported());
        assertEquals(new DatedPain(TODAY, 8), m.latestPain());
        assertTrue(m.needsAttention());
    }

    @Test
    void tooHardAndHighPainAreFlaggedInTheirWindow() {
        List<LoggedSession> logs = List.of(
                new LoggedSession(daysAgo(2), CLAMSHELL, 6, Difficulty.TOO_HARD),
                new LoggedSession(daysAgo(20), CLAMSHELL, 7, Difficulty.ABOUT_RIGHT),
                new LoggedSession(daysAgo(21), CLAMSHELL, 7, Difficulty.TOO_HARD));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        Measures m = clamshellOf(report);
        assertTrue(m.last7().tooHardReported());
        assertFalse(m.last7().highPainReported(), "6 is not high");
        assertEquals(new DatedPain(daysAgo(2), 6), m.last7().highestPain());
        assertEquals(2, m.last30().difficulty().tooHard());
        assertEquals(1, m.last30().difficulty().aboutRight());
        assertTrue(m.last30().highPainReported());
        assertEquals(new DatedPain(daysAgo(20), 7), m.last30().highestPain(), "of equal pains, the latest day");
        assertTrue(m.needsAttention());

        Adherence older = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs.subList(1, 3), TODAY);
        assertTrue(clamshellOf(older).last30().tooHardReported());
        assertFalse(clamshellOf(older).needsAttention(), "reports older than a week stay in the 30 days only");
    }

    @Test
    void theWholeProgramAddsExactFiguresAndRoundsOnce() {
        Prescribed bridge = new Prescribed(BRIDGE, "Hip bridge", daysAgo(60), null, 1, 5);
        List<LoggedSession> logs = new ArrayList<>(onceOnEachOf(CLAMSHELL, 1, 2, 3));
        logs.addAll(onceOnEachOf(BRIDGE, 2, 3, 4));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 5), bridge), logs, TODAY);

        assertEquals(
                List.of("Clamshell", "Hip bridge"),
                report.exercises().stream().map(ExerciseAdherence::exerciseName).toList());
        assertEquals(21, report.exercises().get(1).measures().last30().prescribed());
        WindowAdherence whole = report.wholeProgram().last30();
        assertEquals(300, whole.prescribedSevenths());
        assertEquals(43, whole.prescribed(), "42.86 rounded once, not 21 + 21");
        assertEquals(6, whole.done());
        assertEquals(4, whole.daysLogged(), "days with any exercise logged");
        assertEquals(10, report.wholeProgram().last7().prescribed());
        assertEquals(60, report.wholeProgram().last7().percent());
    }

    @Test
    void anExerciseTakenOutOfTheProgramStaysForTheDaysItWasIn() {
        Prescribed removed = clamshell(daysAgo(40), daysAgo(10), 1, 7);
        Prescribed bridge = new Prescribed(BRIDGE, "Hip bridge", daysAgo(10), null, 1, 7);
        Adherence report = Adherence.of(List.of(bridge, removed), onceOnEachOf(CLAMSHELL, 12), TODAY);

        assertEquals(
                List.of(BRIDGE, CLAMSHELL),
                report.exercises().stream().map(ExerciseAdherence::exerciseId).toList());
        Measures clamshell = report.exercises().get(1).measures();
        assertFalse(clamshell.last7().isPrescribed());
        assertNull(clamshell.last7().percent());
        assertEquals(20, clamshell.last30().prescribedDays());
        assertEquals(1, clamshell.last30().done());
        assertEquals(30, report.wholeProgram().last30().prescribedDays());
    }

    @Test
    void leavesOutLogsOfExercisesNotPrescribedAndLogsDatedAfterToday() {
        List<LoggedSession> logs = List.of(
                LoggedSession.done(daysAgo(1), 99),
                LoggedSession.done(TODAY.plusDays(1), CLAMSHELL),
                new LoggedSession(daysAgo(1), 99, 9, Difficulty.TOO_HARD));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        assertEquals(1, report.exercises().size());
        assertEquals(0, report.wholeProgram().last7().entries());
        assertEquals(0, report.wholeProgram().today().entries());
        assertNull(report.wholeProgram().latestPain());
    }

    @Test
    void latestPainIsTheLatestDaysHighest() {
        List<LoggedSession> logs = List.of(
                new LoggedSession(daysAgo(9), CLAMSHELL, 2, null),
                new LoggedSession(daysAgo(3), CLAMSHELL, 5, null),
                new LoggedSession(daysAgo(3), CLAMSHELL, 4, null),
                LoggedSession.done(daysAgo(1), CLAMSHELL));
        Adherence report = Adherence.of(List.of(clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        assertEquals(new DatedPain(daysAgo(3), 5), clamshellOf(report).latestPain());
    }

    @Test
    void rejectsPainOutsideZeroToTen() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new LoggedSession(TODAY, CLAMSHELL, 11, null));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new LoggedSession(TODAY, CLAMSHELL, -1, null));
    }

    @Test
    void rejectsAPrescriptionThatEndsBeforeItStarts() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> clamshell(TODAY, daysAgo(1), 1, 7));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> clamshell(TODAY, null, 1, 8));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> clamshell(TODAY, null, 0, 7));
    }
}
