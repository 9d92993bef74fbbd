package app.gaitway.goals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalEvaluationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 4, 1);
    private static final LocalDate BEFORE_DUE = LocalDate.of(2027, 3, 1);
    private static final LocalDate AFTER_DUE = LocalDate.of(2027, 4, 2);

    private static final GoalMeasure PAIN =
            GoalMeasures.find("subjective.pain_now").orElseThrow();
    private static final GoalMeasure LEFS = GoalMeasures.find("lefs.total").orElseThrow();
    private static final GoalMeasure FORCE =
            GoalMeasures.find("strength.hip_abductors.right.force").orElseThrow();
    private static final GoalMeasure HIP_EXTENSION =
            GoalMeasures.find("rom.hip_extension.right.active").orElseThrow();

    private static GoalStatus status(GoalMeasure m, double baseline, double target, Double value, LocalDate asOf) {
        Optional<GoalEvaluation.Measured> measured =
                value == null ? Optional.empty() : Optional.of(new GoalEvaluation.Measured(BEFORE_DUE, value));
        return GoalEvaluation.evaluate(m, baseline, target, DUE, measured, asOf).status();
    }

    @Test
    void higherIsBetterIsMetWhenTheTargetIsReachedOrPassed() {
        assertEquals(GoalStatus.MET, status(LEFS, 40, 60, 60.0, BEFORE_DUE));
        assertEquals(GoalStatus.MET, status(LEFS, 40, 60, 65.0, BEFORE_DUE));
    }

    @Test
    void lowerIsBetterIsMetWhenTheValueFallsToTheTarget() {
        assertEquals(GoalStatus.MET, status(PAIN, 6, 2, 2.0, BEFORE_DUE));
        assertEquals(GoalStatus.MET, status(PAIN, 6, 2, 0.0, BEFORE_DUE));
        assertEquals(GoalStatus.PROGRESSING, status(PAIN, 6, 2, 3.0, BEFORE_DUE), "3 is not 2, but 3 points down");
    }

    @Test
    void progressingNeedsTheMcidWhereTheMeasureHasOne() {
        // LEFS MCID 9: 8 points up is not yet meaningful, 9 is
        assertEquals(GoalStatus.NO_CHANGE, status(LEFS, 40, 60, 48.0, BEFORE_DUE));
        assertEquals(GoalStatus.PROGRESSING, status(LEFS, 40, 60, 49.0, BEFORE_DUE));
        // pain MCID 2, lower is better
        assertEquals(GoalStatus.NO_CHANGE, status(PAIN, 7, 2, 6.0, BEFORE_DUE));
        assertEquals(GoalStatus.PROGRESSING, status(PAIN, 7, 2, 5.0, BEFORE_DUE));
    }

    @Test
    void progressingNeedsMoreThanTheMeasurementErrorOfGoniometry() {
        assertEquals(GoalStatus.NO_CHANGE, status(HIP_EXTENSION, 10, 25, 15.0, BEFORE_DUE));
        assertEquals(GoalStatus.PROGRESSING, status(HIP_EXTENSION, 10, 25, 16.0, BEFORE_DUE));
    }

    @Test
    void withoutAKnownThresholdAnyMovementTowardTheTargetCounts() {
        assertEquals(GoalStatus.PROGRESSING, status(FORCE, 120, 150, 121.0, BEFORE_DUE));
        assertEquals(GoalStatus.NO_CHANGE, status(FORCE, 120, 150, 120.0, BEFORE_DUE));
        assertEquals(GoalStatus.WORSE, status(FORCE, 120, 150, 119.0, BEFORE_DUE));
    }

    @Test
    void worseRespectsTheDirectionAndTheThreshold() {
        assertEquals(GoalStatus.WORSE, status(PAIN, 4, 1, 6.0, BEFORE_DUE), "pain up 2: worse");
        assertEquals(GoalStatus.NO_CHANGE, status(PAIN, 4, 1, 5.0, BEFORE_DUE), "pain up 1: within the MCID");
        assertEquals(GoalStatus.WORSE, status(LEFS, 50, 70, 41.0, BEFORE_DUE));
    }

    @Test
    void overdueWhenTheDatePassedUnmetButMetStaysMet() {
        assertEquals(GoalStatus.OVERDUE, status(LEFS, 40, 60, 55.0, AFTER_DUE));
        assertEquals(GoalStatus.OVERDUE, status(LEFS, 40, 60, null, AFTER_DUE), "never measured, and too late");
        assertEquals(GoalStatus.MET, status(LEFS, 40, 60, 61.0, AFTER_DUE));
        assertEquals(GoalStatus.PROGRESSING, status(LEFS, 40, 60, 55.0, DUE), "the due day itself is not overdue");
    }

    @Test
    void notYetMeasuredWithoutAValueAfterTheBaseline() {
        GoalEvaluation.Result r = GoalEvaluation.evaluate(LEFS, 40, 60, DUE, Optional.empty(), BEFORE_DUE);
        assertEquals(GoalStatus.NOT_YET_MEASURED, r.status());
        assertTrue(r.latest().isEmpty());
        assertTrue(r.gain().isEmpty());
    }

    @Test
    void gainIsSignedByTheDirection() {
        GoalEvaluation.Result r = GoalEvaluation.evaluate(
                PAIN, 6, 2, DUE, Optional.of(new GoalEvaluation.Measured(BEFORE_DUE, 3)), BEFORE_DUE);
        assertEquals(3.0, r.gain().orElseThrow(), 1e-9, "pain from 6 to 3 is a gain of 3");
    }

    @Test
    void aTargetMustBeBetterThanTheBaseline() {
        assertTrue(GoalEvaluation.isImprovement(LEFS, 40, 60));
        assertFalse(GoalEvaluation.isImprovement(LEFS, 40, 40));
        assertFalse(GoalEvaluation.isImprovement(PAIN, 3, 5));
        assertTrue(GoalEvaluation.isImprovement(PAIN, 5, 3));
    }

    @Test
    void functionalGoalsCarryTheTherapistsRating() {
        assertEquals(GoalStatus.NOT_YET_MEASURED, GoalEvaluation.functional(null, DUE, BEFORE_DUE));
        assertEquals(GoalStatus.PARTLY_MET, GoalEvaluation.functional(GoalStatus.PARTLY_MET, DUE, BEFORE_DUE));
        assertEquals(GoalStatus.NOT_MET, GoalEvaluation.functional(GoalStatus.NOT_MET, null, AFTER_DUE));
        assertEquals(GoalStatus.OVERDUE, GoalEvaluation.functional(GoalStatus.PARTLY_MET, DUE, AFTER_DUE));
        assertEquals(GoalStatus.MET, GoalEvaluation.functional(GoalStatus.MET, DUE, AFTER_DUE));
    }
}
