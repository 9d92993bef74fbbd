package app.gaitway.programs.suggestions;

import org.junit.jupiter.api.Test;

import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.programs.suggestions.SuggestionRule.rule;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionRuleTest {

    @Test
    void rowsForTheSameMuscleOverlapWhenTheirGradesMeet() {
        SuggestionRule lying = rule("a").graded(HIP_ABDUCTORS, "2-", "3").offer("clamshell");
        assertTrue(lying.overlaps(rule("b").graded(HIP_ABDUCTORS, "3", "4").offer("clamshell")));
        assertFalse(lying.overlaps(rule("c").graded(HIP_ABDUCTORS, "3+", "4").offer("clamshell")));
        assertFalse(lying.overlaps(rule("d").graded(HIP_EXTENSORS, "2-", "3").offer("hip-bridge")));
    }

    @Test
    void rowsForTheSameSignOrMotionAlwaysOverlap() {
        assertTrue(rule("a")
                .seen(PELVIC_DROP)
                .offer("pelvic-drop")
                .overlaps(rule("b").seen(PELVIC_DROP).offer("single-leg-balance")));
        assertTrue(rule("a")
                .belowNorm(HIP_EXTENSION)
                .offer("x")
                .overlaps(rule("b").belowNorm(HIP_EXTENSION).offer("y")));
        assertFalse(rule("a")
                .seen(PELVIC_DROP)
                .offer("x")
                .overlaps(rule("b").belowNorm(HIP_EXTENSION).offer("x")));
    }

    @Test
    void rejectsARowThatOffersNothingOrTheSameExerciseTwice() {
        assertThrows(
                IllegalArgumentException.class,
                () -> rule("a").seen(PELVIC_DROP).offer());
        assertThrows(
                IllegalArgumentException.class,
                () -> rule("a").seen(PELVIC_DROP).offer("pelvic-drop", "pelvic-drop"));
    }

    @Test
    void rejectsAnUpsideDownGradeRangeAndAGradeThatDoesNotExist() {
        assertThrows(
                IllegalArgumentException.class,
                () -> rule("a").graded(HIP_ABDUCTORS, "4", "3").offer("clamshell"));
        assertThrows(
                IllegalArgumentException.class,
                () -> rule("a").graded(HIP_ABDUCTORS, "5+", "5+").offer("clamshell"));
    }

    @Test
    void rejectsAnIdThatIsNotLowerCaseWords() {
        assertThrows(
                IllegalArgumentException.class,
                () -> rule("Hip abductors").seen(PELVIC_DROP).offer("pelvic-drop"));
    }
}
