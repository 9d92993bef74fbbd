package app.gaitway.goals;

import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.patients.AffectedSide;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which assessments count for a goal: after its baseline day, up to the day judged, the latest that measured it. */
class GoalBoardTest {

    private static final LocalDate D1 = LocalDate.of(2027, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2027, 2, 10);
    private static final LocalDate D3 = LocalDate.of(2027, 3, 10);

    private static DatedAssessment visit(LocalDate date, Map<String, String> values) {
        return new DatedAssessment(date, new AssessmentValues(values));
    }

    private static Goal forceGoal() {
        return Goal.numeric(
                1, 2, "strength.hip_abductors.right.force", 120, D1, 150, D3.plusDays(30), null, D1, "Sam Lee");
    }

    private static final List<DatedAssessment> VISITS = List.of(
            visit(D1, Map.of("strength.force_unit", "n", "strength.hip_abductors.right.force", "120")),
            visit(D2, Map.of("strength.force_unit", "n", "strength.hip_abductors.right.force", "135")),
            visit(D3, Map.of("subjective.pain_now", "2")));

    @Test
    void theLatestValueAfterTheBaselineCountsEvenWhenTheLastVisitSkippedTheMeasure() {
        GoalBoard.Evaluated e = GoalBoard.evaluate(forceGoal(), VISITS, PatientContext.adult(), D3);
        assertEquals(GoalStatus.PROGRESSING, e.status());
        assertEquals(D2, e.latest().orElseThrow().date());
        assertEquals(135.0, e.latest().orElseThrow().value(), 1e-9);
    }

    @Test
    void theBaselineVisitItselfIsNotAFollowUp() {
        GoalBoard.Evaluated e = GoalBoard.evaluate(forceGoal(), VISITS.subList(0, 1), PatientContext.adult(), D1);
        assertEquals(GoalStatus.NOT_YET_MEASURED, e.status());
    }

    @Test
    void aVisitAfterTheDayJudgedDoesNotCount() {
        List<DatedAssessment> withLater = List.of(
                VISITS.get(0),
                visit(D3, Map.of("strength.force_unit", "n", "strength.hip_abductors.right.force", "155")));
        assertEquals(
                GoalStatus.NOT_YET_MEASURED,
                GoalBoard.evaluate(forceGoal(), withLater, PatientContext.adult(), D2)
                        .status());
        assertEquals(
                GoalStatus.MET,
                GoalBoard.evaluate(forceGoal(), withLater, PatientContext.adult(), D3)
                        .status());
    }

    @Test
    void forcesInKilogramsAreComparedInNewtons() {
        List<DatedAssessment> kg = List.of(
                VISITS.get(0),
                visit(D2, Map.of("strength.force_unit", "kg", "strength.hip_abductors.right.force", "15.5")));
        GoalBoard.Evaluated e = GoalBoard.evaluate(forceGoal(), kg, PatientContext.adult(), D2);
        assertEquals(GoalStatus.MET, e.status(), "15.5 kg is 152 N");
    }

    @Test
    void symmetryIsInvolvedOverUninvolvedWhenTheAffectedSideIsKnown() {
        GoalMeasure lsi = GoalMeasures.find("strength.hip_abductors.force_lsi").orElseThrow();
        AssessmentValues v = new AssessmentValues(Map.of(
                "strength.force_unit", "n",
                "strength.hip_abductors.right.force", "150",
                "strength.hip_abductors.left.force", "120"));
        assertEquals(80.0, lsi.read(v, PatientContext.adult()).getAsDouble(), 1e-9, "weaker as % of stronger");
        assertEquals(
                125.0,
                lsi.read(v, new PatientContext(40, null, AffectedSide.RIGHT)).getAsDouble(),
                1e-9,
                "the affected right as % of the left");
    }

    @Test
    void aFunctionalGoalIsItsRating() {
        Goal g = Goal.functional(1, 2, "Climb the stairs at home without the rail", "Stairs", null, D1, "Sam Lee");
        assertEquals(
                GoalStatus.NOT_YET_MEASURED,
                GoalBoard.evaluate(g, VISITS, PatientContext.adult(), D3).status());
        g.rate(GoalStatus.PARTLY_MET, D2);
        assertEquals(
                GoalStatus.PARTLY_MET,
                GoalBoard.evaluate(g, VISITS, PatientContext.adult(), D3).status());
        assertTrue(GoalBoard.evaluate(g, VISITS, PatientContext.adult(), D3)
                .latest()
                .isEmpty());
    }
}
