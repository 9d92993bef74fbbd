package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.LefsScore.Change;
import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LefsScoreTest {

    private static LefsScore lefs(int total) {
        return LefsScore.of(assessment().lefsTotal(total).build());
    }

    @Test
    void addsUpAllTwentyItems() {
        AssessmentValues v = assessment()
                .lefs(4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0)
                .build();
        LefsScore s = LefsScore.of(v);
        assertTrue(s.isComplete());
        assertEquals(OptionalInt.of(40), s.total());
        assertEquals(Optional.of(50.0), s.percentOfMaximum());
    }

    @Test
    void theEnds() {
        assertEquals(OptionalInt.of(0), lefs(0).total());
        assertEquals(Optional.of(0.0), lefs(0).percentOfMaximum());
        assertEquals(OptionalInt.of(80), lefs(80).total());
        assertEquals(Optional.of(100.0), lefs(80).percentOfMaximum());
    }

    @Test
    void percentOfMaximalFunctionHasOneDecimal() {
        assertEquals(Optional.of(66.3), lefs(53).percentOfMaximum());
        assertEquals(Optional.of(65.0), lefs(52).percentOfMaximum());
    }

    @Test
    void noTotalUntilEveryItemIsAnswered() {
        LefsScore s = LefsScore.of(assessment()
                .lefs(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)
                .build());
        assertFalse(s.isComplete());
        assertFalse(s.isEmpty());
        assertEquals(19, s.answered());
        assertEquals(OptionalInt.empty(), s.total());
        assertEquals(Optional.empty(), s.percentOfMaximum());
    }

    @Test
    void aMissingItemInTheMiddleCountsToo() {
        AssessmentValues v = assessment().lefsTotal(60).set("lefs.item7", "").build();
        assertEquals(19, LefsScore.of(v).answered());
        assertEquals(OptionalInt.empty(), LefsScore.of(v).total());
    }

    @Test
    void notUsedAtAll() {
        LefsScore s = LefsScore.of(AssessmentValues.empty());
        assertTrue(s.isEmpty());
        assertEquals(0, s.answered());
    }

    @Test
    void changeOfNineOrMoreIsClinicallyImportantEitherWay() {
        Change better = LefsScore.change(lefs(40), lefs(49)).orElseThrow();
        assertEquals(9, better.points());
        assertTrue(better.isClinicallyImportant());

        Change worse = LefsScore.change(lefs(49), lefs(40)).orElseThrow();
        assertEquals(-9, worse.points());
        assertTrue(worse.isClinicallyImportant());
    }

    @Test
    void changeOfEightIsNot() {
        assertFalse(LefsScore.change(lefs(40), lefs(48)).orElseThrow().isClinicallyImportant());
        assertFalse(LefsScore.change(lefs(48), lefs(40)).orElseThrow().isClinicallyImportant());
        assertEquals(0, LefsScore.change(lefs(40), lefs(40)).orElseThrow().points());
    }

    @Test
    void noChangeWithoutTwoCompleteScores() {
        LefsScore incomplete = LefsScore.of(assessment().lefs(4, 4).build());
        assertEquals(Optional.empty(), LefsScore.change(incomplete, lefs(40)));
        assertEquals(Optional.empty(), LefsScore.change(lefs(40), incomplete));
        assertEquals(Optional.empty(), LefsScore.change(null, lefs(40)));
    }

    @Test
    void refusesAnswersOutsideTheScale() {
        Integer[] answers = new Integer[20];
        answers[0] = 5;
        assertThrows(IllegalArgumentException.class, () -> LefsScore.ofAnswers(answers));
        assertThrows(IllegalArgumentException.class, () -> LefsScore.ofAnswers(1, 2, 3));
    }
}
