package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.StepDownScore.Band;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepDownScoreTest {

    private static StepDownScore score(AssessmentValues values, Side side) {
        return StepDownScore.of(values, side).orElseThrow();
    }

    @Test
    void countsOnePointPerItemAndTwoForAKneeMedialToTheFoot() {
        AssessmentValues v = assessment()
                .stepDown(Side.RIGHT, "arm", "trunk", "pelvis", "unsteady", "knee2")
                .build();
        StepDownScore s = score(v, Side.RIGHT);
        assertEquals(6, s.total());
        assertEquals(Band.POOR, s.band());
    }

    @Test
    void aKneeMedialToTheSecondToeIsOnePoint() {
        assertEquals(
                1,
                score(assessment().stepDown(Side.LEFT, "knee1").build(), Side.LEFT)
                        .total());
    }

    @Test
    void testedWithNothingTickedIsZeroAndGood() {
        StepDownScore s = score(assessment().stepDown(Side.LEFT).build(), Side.LEFT);
        assertEquals(0, s.total());
        assertEquals(Band.GOOD, s.band());
    }

    @Test
    void anItemRecordedCountsAsTestedEvenWithoutTheTestedBox() {
        AssessmentValues v = assessment()
                .set("gait.step_down.right.trunk", "true")
                .set("gait.step_down.right.knee", "1")
                .build();
        assertEquals(2, score(v, Side.RIGHT).total());
    }

    @Test
    void aSideNotTestedHasNoScore() {
        AssessmentValues v = assessment().stepDown(Side.RIGHT, "arm").build();
        assertEquals(Optional.empty(), StepDownScore.of(v, Side.LEFT));
        assertEquals(Optional.empty(), StepDownScore.of(AssessmentValues.empty(), Side.RIGHT));
    }

    @Test
    void sidesAreScoredApart() {
        AssessmentValues v = assessment()
                .stepDown(Side.RIGHT, "arm", "pelvis", "knee2")
                .stepDown(Side.LEFT, "trunk")
                .build();
        assertEquals(4, score(v, Side.RIGHT).total());
        assertEquals(1, score(v, Side.LEFT).total());
    }

    @ParameterizedTest
    @CsvSource({"0,GOOD", "1,GOOD", "2,MODERATE", "3,MODERATE", "4,POOR", "5,POOR", "6,POOR"})
    void bandsAtTheBoundaries(int total, Band band) {
        assertEquals(band, Band.of(total));
    }

    @Test
    void noTotalOutsideZeroToSix() {
        assertThrows(IllegalArgumentException.class, () -> Band.of(7));
        assertThrows(IllegalArgumentException.class, () -> Band.of(-1));
        assertThrows(IllegalArgumentException.class, () -> new StepDownScore(Side.LEFT, false, false, false, 3, false));
    }

    @Test
    void bandsFollowTheItemsTicked() {
        assertEquals(Band.MODERATE, new StepDownScore(Side.LEFT, true, false, false, 1, false).band());
        assertEquals(Band.MODERATE, new StepDownScore(Side.LEFT, true, true, true, 0, false).band());
        assertTrue(new StepDownScore(Side.LEFT, true, true, false, 2, false).band() == Band.POOR);
    }
}
