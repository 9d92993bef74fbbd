package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.PsfsScore.Activity;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PsfsScoreTest {

    private static PsfsScore psfs(Object... nameThenRating) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < nameThenRating.length; i += 2) {
            m.put(AssessmentFields.psfsActivity(i / 2 + 1), (String) nameThenRating[i]);
            if (nameThenRating[i + 1] != null) {
                m.put(AssessmentFields.psfsRating(i / 2 + 1), String.valueOf(nameThenRating[i + 1]));
            }
        }
        return PsfsScore.of(new AssessmentValues(m));
    }

    @Test
    void theScoreIsTheMeanOfTheActivities() {
        assertEquals(
                OptionalDouble.of(4.0),
                psfs("Stairs", 3, "Running", 5, "Squatting", 4).average());
        // 8 / 3 = 2.67, shown with one decimal
        assertEquals(
                OptionalDouble.of(2.7),
                psfs("Stairs", 2, "Running", 3, "Kneeling", 3).average());
    }

    @Test
    void theEnds() {
        assertEquals(
                OptionalDouble.of(0.0),
                psfs("Stairs", 0, "Running", 0, "Squatting", 0).average());
        assertEquals(OptionalDouble.of(10.0), psfs("Stairs", 10).average());
    }

    @Test
    void fiveActivitiesAreAllowedAndSixAreNot() {
        assertEquals(
                OptionalDouble.of(6.0),
                psfs("a", 2, "b", 4, "c", 6, "d", 8, "e", 10).average());
        List<Activity> six = List.of(
                new Activity("a", 1),
                new Activity("b", 1),
                new Activity("c", 1),
                new Activity("d", 1),
                new Activity("e", 1),
                new Activity("f", 1));
        assertThrows(IllegalArgumentException.class, () -> PsfsScore.ofActivities(six));
    }

    @Test
    void anUnscoredActivityLeavesNoScore() {
        PsfsScore s = psfs("Stairs", 3, "Running", null);
        assertFalse(s.isComplete());
        assertEquals(1, s.rated());
        assertEquals(OptionalDouble.empty(), s.average());
        assertEquals(OptionalDouble.empty(), psfs().average());
    }

    @Test
    void aScoreWithoutAnActivityIsAProblem() {
        Map<String, String> clean = Map.of(AssessmentFields.psfsRating(2), "4", AssessmentFields.psfsActivity(1), "x");
        assertEquals(
                Map.of(AssessmentFields.psfsRating(2), "assessment.psfs.ratingWithoutActivity"),
                PsfsScore.problems(clean));
    }

    @Test
    void twoPointsOnTheMeanIsClinicallyImportant() {
        PsfsScore before = psfs("Stairs", 3, "Running", 4, "Squatting", 5); // 4.0
        PsfsScore slightlyBetter = psfs("Stairs", 4, "Running", 5, "Squatting", 6); // 5.0
        PsfsScore better = psfs("Stairs", 5, "Running", 6, "Squatting", 7); // 6.0
        assertFalse(PsfsScore.change(before, slightlyBetter).orElseThrow().isClinicallyImportant());
        PsfsScore.Change c = PsfsScore.change(before, better).orElseThrow();
        assertEquals(2.0, c.points());
        assertTrue(c.isClinicallyImportant());
        assertFalse(c.isImportantWorsening());
        assertTrue(PsfsScore.change(better, before).orElseThrow().isImportantWorsening());
    }

    @Test
    void threePointsOnOneActivityRescoredUnderTheSameNameIsClinicallyImportant() {
        PsfsScore before = psfs("Stairs", 6, "Running", 4);
        PsfsScore after = psfs("stairs ", 3, "Running", 5); // mean 5.0 -> 4.0
        PsfsScore.Change c = PsfsScore.change(before, after).orElseThrow();
        assertEquals(-3, c.activities().get(0).points());
        assertTrue(c.isClinicallyImportant());
        assertTrue(c.isImportantWorsening());
    }
}
