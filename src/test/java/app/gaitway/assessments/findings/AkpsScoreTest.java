package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkpsScoreTest {

    /** Every item answered with its answer at {@code index} (0 = best), the last answer where an item has fewer. */
    private static AssessmentValues answering(int index) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i <= AkpsScore.ITEMS; i++) {
            int[] points = AssessmentFields.akpsPoints(i);
            m.put(AssessmentFields.akps(i), String.valueOf(points[Math.min(index, points.length - 1)]));
        }
        return new AssessmentValues(m);
    }

    @Test
    void bestAnswersMakeOneHundred() {
        assertEquals(OptionalInt.of(100), AkpsScore.total(answering(0)));
    }

    @Test
    void worstAnswersMakeZero() {
        assertEquals(OptionalInt.of(0), AkpsScore.total(answering(4)));
    }

    @Test
    void addsThePublishedPointsOfEachAnswer() {
        // answer (b) everywhere: limp 3, support 3, walking 3, stairs 8, squatting 4, running 8, jumping 7,
        // sitting 8, pain 8, swelling 8, kneecap movements 6, atrophy 3, flexion 3 (Kujala et al. 1993)
        assertEquals(OptionalInt.of(72), AkpsScore.total(answering(1)));
    }

    @Test
    void aMissingItemLeavesNoTotal() {
        Map<String, String> m = new HashMap<>(answering(0).asMap());
        m.remove(AssessmentFields.akps(7));
        AkpsScore s = AkpsScore.of(new AssessmentValues(m));
        assertFalse(s.isComplete());
        assertEquals(12, s.answered());
        assertEquals(OptionalInt.empty(), s.total());
    }

    @Test
    void refusesPointsNoAnswerOfTheItemCarries() {
        Integer[] points = {5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5};
        points[3] = 9; // stairs: 10, 8, 5 or 0
        assertThrows(IllegalArgumentException.class, () -> AkpsScore.ofPoints(points));
    }

    @Test
    void tenPointsEitherWayIsClinicallyImportant() {
        AkpsScore first = AkpsScore.of(answering(1)); // 72
        Integer[] better = {5, 5, 5, 10, 4, 8, 7, 8, 8, 8, 6, 3, 3}; // 80
        Integer[] muchBetter = {5, 5, 5, 10, 5, 10, 7, 8, 8, 8, 6, 3, 3}; // 83
        assertFalse(AkpsScore.change(first, AkpsScore.ofPoints(better))
                .orElseThrow()
                .isClinicallyImportant());
        AkpsScore.Change up =
                AkpsScore.change(first, AkpsScore.ofPoints(muchBetter)).orElseThrow();
        assertEquals(11, up.points());
        assertTrue(up.isClinicallyImportant());
        assertTrue(AkpsScore.change(AkpsScore.ofPoints(muchBetter), first)
                .orElseThrow()
                .isClinicallyImportant());
    }
}
