package app.gaitway.patientside.adherence;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static app.gaitway.patientside.adherence.AdherenceTest.CLAMSHELL;
import static app.gaitway.patientside.adherence.AdherenceTest.TODAY;
import static app.gaitway.patientside.adherence.AdherenceTest.daysAgo;
import static app.gaitway.patientside.adherence.PainTrend.Direction.FALLING;
import static app.gaitway.patientside.adherence.PainTrend.Direction.RISING;
import static app.gaitway.patientside.adherence.PainTrend.Direction.STEADY;
import static app.gaitway.patientside.adherence.PainTrend.Direction.TOO_FEW_VALUES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PainTrendTest {

    @Test
    void aWholePointUpIsRising() {
        assertEquals(RISING, PainTrend.of(List.of(3, 3, 3), List.of(4, 4, 4)).direction());
        // 2.67 → 3.67: exactly one point, said exactly (no floating point)
        assertEquals(RISING, PainTrend.of(List.of(2, 3, 3), List.of(4, 3, 4)).direction());
    }

    @Test
    void lessThanAPointEitherWayIsSteady() {
        // 2.75 → 3.67 is 0.92
        assertEquals(STEADY, PainTrend.of(List.of(2, 3, 3, 3), List.of(4, 3, 4)).direction());
        assertEquals(STEADY, PainTrend.of(List.of(4, 4, 4), List.of(4, 3, 4)).direction());
        assertEquals(STEADY, PainTrend.of(List.of(5, 5, 5), List.of(5, 5, 5)).direction());
    }

    @Test
    void aWholePointDownIsFalling() {
        assertEquals(FALLING, PainTrend.of(List.of(6, 6, 5), List.of(4, 5, 5)).direction());
        assertEquals(STEADY, PainTrend.of(List.of(6, 6, 5), List.of(5, 5, 5)).direction());
    }

    @Test
    void saysNoDirectionWithFewerThanThreeDaysInEitherWeek() {
        assertEquals(
                TOO_FEW_VALUES, PainTrend.of(List.of(1, 1), List.of(8, 8, 8)).direction());
        assertEquals(
                TOO_FEW_VALUES, PainTrend.of(List.of(1, 1, 1), List.of(8, 8)).direction());
        PainTrend none = PainTrend.of(List.of(), List.of());
        assertEquals(TOO_FEW_VALUES, none.direction());
        assertNull(none.earlierAverage());
        assertNull(none.recentAverage());
    }

    @Test
    void comparesTheLastSevenDaysWithTheSevenBeforeLeavingTodayOut() {
        List<LoggedSession> logs = new ArrayList<>();
        for (int n : new int[] {14, 10, 8}) {
            logs.add(pain(daysAgo(n), 2));
        }
        logs.add(pain(daysAgo(15), 9)); // before the earlier week
        for (int n : new int[] {7, 4, 1}) {
            logs.add(pain(daysAgo(n), 4));
        }
        logs.add(pain(TODAY, 0)); // today is not judged yet
        Adherence report = Adherence.of(List.of(AdherenceTest.clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        PainTrend trend = report.exercises().get(0).measures().painTrend();
        assertEquals(RISING, trend.direction());
        assertEquals(2.0, trend.earlierAverage());
        assertEquals(4.0, trend.recentAverage());
        assertEquals(3, trend.earlierDays());
        assertEquals(3, trend.recentDays());
    }

    @Test
    void aDayWeighsOnceWithItsHighestPain() {
        List<LoggedSession> logs = new ArrayList<>();
        for (int n : new int[] {13, 12, 11}) {
            logs.add(pain(daysAgo(n), 3));
        }
        // two taps on one day: 1 and 5 make the day's pain 5, not two values averaging 3
        logs.add(pain(daysAgo(3), 1));
        logs.add(pain(daysAgo(3), 5));
        logs.add(pain(daysAgo(2), 3));
        Adherence report = Adherence.of(List.of(AdherenceTest.clamshell(daysAgo(60), null, 1, 7)), logs, TODAY);

        PainTrend trend = report.exercises().get(0).measures().painTrend();
        assertEquals(2, trend.recentDays());
        assertEquals(TOO_FEW_VALUES, trend.direction(), "two days with pain are too few, however many taps");
        assertEquals(4.0, trend.recentAverage());
    }

    @Test
    void theWholeProgramTakesEachDaysHighestOverAllExercises() {
        List<LoggedSession> logs = new ArrayList<>();
        for (int n : new int[] {13, 12, 11, 3, 2, 1}) {
            logs.add(pain(daysAgo(n), 2));
            logs.add(new LoggedSession(daysAgo(n), AdherenceTest.BRIDGE, n < 7 ? 5 : 2, null));
        }
        Adherence report = Adherence.of(
                List.of(
                        AdherenceTest.clamshell(daysAgo(60), null, 1, 7),
                        new Prescribed(AdherenceTest.BRIDGE, "Hip bridge", daysAgo(60), null, 1, 7)),
                logs,
                TODAY);

        assertEquals(STEADY, report.exercises().get(0).measures().painTrend().direction());
        assertEquals(RISING, report.exercises().get(1).measures().painTrend().direction());
        PainTrend whole = report.wholeProgram().painTrend();
        assertEquals(RISING, whole.direction());
        assertEquals(5.0, whole.recentAverage());
    }

    private static LoggedSession pain(LocalDate day, int pain) {
        return new LoggedSession(day, CLAMSHELL, pain, null);
    }
}
