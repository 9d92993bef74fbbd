package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Side;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.Side.LEFT;
import static app.gaitway.assessments.record.Side.RIGHT;
import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendSeriesTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate MARCH_24 = LocalDate.of(2026, 3, 24);
    private static final LocalDate APRIL_14 = LocalDate.of(2026, 4, 14);

    /** Three visits of a patient whose right hip gets stronger; the second visit skipped pain and the LEFS. */
    private static final List<DatedAssessment> VISITS = List.of(
            new DatedAssessment(
                    MARCH_3,
                    assessment()
                            .pain(6, 2, 8)
                            .lefsTotal(40)
                            .grades(HIP_ABDUCTORS, "3", "5")
                            .forceUnit("n")
                            .bodyWeight("80")
                            .forces(HIP_ABDUCTORS, "110", "160")
                            .rom(HIP_EXTENSION, RIGHT, 10, 15)
                            .activeRom(KNEE_EXTENSION, -10, 0)
                            .stepDown(RIGHT, "arm", "pelvis", "knee2")
                            .build()),
            new DatedAssessment(
                    MARCH_24,
                    assessment()
                            .grades(HIP_ABDUCTORS, "3+", "5")
                            .forceUnit("kg")
                            .forces(HIP_ABDUCTORS, "13", "16")
                            .rom(HIP_EXTENSION, RIGHT, 15, null)
                            .build()),
            new DatedAssessment(
                    APRIL_14,
                    assessment()
                            .pain(3, 0, 5)
                            .lefsTotal(55)
                            .grades(HIP_ABDUCTORS, "4", "5")
                            .forceUnit("n")
                            .bodyWeight("78")
                            .forces(HIP_ABDUCTORS, "147", "157")
                            .rom(HIP_EXTENSION, RIGHT, 20, 25)
                            .activeRom(KNEE_EXTENSION, -5, 0)
                            .stepDown(RIGHT, "pelvis")
                            .build()));

    private static List<LocalDate> dates(Series s) {
        return s.points().stream().map(Series.Point::date).toList();
    }

    private static List<Double> values(Series s) {
        return s.points().stream().map(Series.Point::value).toList();
    }

    @Test
    void painSkipsTheVisitThatDidNotRecordIt() {
        Series now = TrendSeries.painNow(VISITS);
        assertEquals(List.of(MARCH_3, APRIL_14), dates(now));
        assertEquals(List.of(6.0, 3.0), values(now));
        assertEquals(Optional.of(-3.0), now.changeSinceFirst());
        assertEquals(Optional.of(-3.0), now.changeSincePrevious());
        assertEquals(List.of(8.0, 5.0), values(TrendSeries.painWorst(VISITS)));
        assertEquals(List.of(2.0, 0.0), values(TrendSeries.painBest(VISITS)));
        assertEquals("subjective.pain_now", now.measure());
    }

    @Test
    void lefsTotals() {
        Series lefs = TrendSeries.lefsTotal(VISITS);
        assertEquals(List.of(40.0, 55.0), values(lefs));
        assertEquals(Optional.of(15.0), lefs.changeSinceFirst());
    }

    @Test
    void anIncompleteLefsIsNoPoint() {
        List<DatedAssessment> visits =
                List.of(new DatedAssessment(MARCH_3, assessment().lefs(4, 4, 4).build()));
        assertTrue(TrendSeries.lefsTotal(visits).isEmpty());
    }

    @Test
    void gradesChartByValueAndReadAsWritten() {
        Series right = TrendSeries.grade(VISITS, HIP_ABDUCTORS, RIGHT);
        assertEquals(
                List.of("3", "3+", "4"),
                right.points().stream().map(Series.Point::label).toList());
        assertEquals(Optional.of(1.0), right.changeSinceFirst());
        assertEquals(Optional.of(0.67), right.changeSincePrevious());
        assertEquals(
                Optional.of(0.0), TrendSeries.grade(VISITS, HIP_ABDUCTORS, LEFT).changeSinceFirst());
        assertEquals("strength.hip_abductors.right.grade", right.measure());
    }

    @Test
    void forcesInNewtonsWhateverUnitTheyWereRecordedIn() {
        Series right = TrendSeries.force(VISITS, HIP_ABDUCTORS, RIGHT);
        assertEquals(List.of(110.0, 127.5, 147.0), values(right)); // 13 kg = 127.53 N
        assertEquals(Optional.of(37.0), right.changeSinceFirst());
        assertEquals(Optional.of(19.5), right.changeSincePrevious());
    }

    @Test
    void aForceWithoutAUnitIsSkipped() {
        List<DatedAssessment> visits = List.of(
                new DatedAssessment(
                        MARCH_3,
                        assessment().forces(HIP_ABDUCTORS, "110", "160").build()),
                new DatedAssessment(
                        MARCH_24,
                        assessment()
                                .forceUnit("n")
                                .forces(HIP_ABDUCTORS, "120", "160")
                                .build()));
        assertEquals(List.of(MARCH_24), dates(TrendSeries.force(visits, HIP_ABDUCTORS, RIGHT)));
    }

    @Test
    void forceAsPercentBodyWeightWhereTheWeightWasRecorded() {
        Series right = TrendSeries.forcePercentBodyWeight(VISITS, HIP_ABDUCTORS, RIGHT);
        assertEquals(List.of(MARCH_3, APRIL_14), dates(right));
        assertEquals(List.of(14.0, 19.2), values(right)); // 110 N / 9.81 / 80 kg; 147 N / 9.81 / 78 kg
    }

    @Test
    void forceSymmetryOverTime() {
        Series lsi = TrendSeries.forceSymmetry(VISITS, HIP_ABDUCTORS);
        assertEquals(List.of(68.8, 81.3, 93.6), values(lsi));
        assertEquals(Optional.of(24.8), lsi.changeSinceFirst());
    }

    @Test
    void romPerMotionAndSide() {
        Series active = TrendSeries.rom(VISITS, HIP_EXTENSION, RIGHT);
        assertEquals(List.of(10.0, 15.0, 20.0), values(active));
        assertEquals(Optional.of(10.0), active.changeSinceFirst());
        assertEquals(Optional.of(5.0), active.changeSincePrevious());
        assertEquals(List.of(15.0, 25.0), values(TrendSeries.rom(VISITS, HIP_EXTENSION, RIGHT, false)));
        assertTrue(TrendSeries.rom(VISITS, HIP_EXTENSION, LEFT).isEmpty());
    }

    @Test
    void negativeDegreesAreLabelledWithAMinusSign() {
        Series knee = TrendSeries.rom(VISITS, KNEE_EXTENSION, RIGHT);
        assertEquals(
                List.of("\u221210", "\u22125"),
                knee.points().stream().map(Series.Point::label).toList());
        assertEquals(Optional.of(5.0), knee.changeSinceFirst());
    }

    @Test
    void stepDownTotals() {
        Series right = TrendSeries.stepDown(VISITS, RIGHT);
        assertEquals(List.of(4.0, 1.0), values(right));
        assertEquals(Optional.of(-3.0), right.changeSincePrevious());
        assertTrue(TrendSeries.stepDown(VISITS, Side.LEFT).isEmpty());
    }

    @Test
    void oneOrNoPointHasNoChange() {
        Series one = TrendSeries.painNow(List.of(VISITS.get(0)));
        assertEquals(Optional.of(6.0), one.latest().map(Series.Point::value));
        assertEquals(Optional.empty(), one.changeSinceFirst());
        assertEquals(Optional.empty(), one.changeSincePrevious());
        Series none = TrendSeries.painNow(List.of());
        assertTrue(none.isEmpty());
        assertEquals(Optional.empty(), none.first());
        assertEquals(Optional.empty(), none.changeSinceFirst());
    }

    @Test
    void refusesAssessmentsOutOfOrder() {
        List<DatedAssessment> newestFirst = List.of(VISITS.get(2), VISITS.get(0));
        assertThrows(IllegalArgumentException.class, () -> TrendSeries.painNow(newestFirst));
    }

    @Test
    void twoAssessmentsOnOneDayAreAllowed() {
        AssessmentValues morning = assessment().pain(5, null, null).build();
        AssessmentValues afternoon = assessment().pain(3, null, null).build();
        Series s = TrendSeries.painNow(
                List.of(new DatedAssessment(MARCH_3, morning), new DatedAssessment(MARCH_3, afternoon)));
        assertEquals(Optional.of(-2.0), s.changeSincePrevious());
    }
}
