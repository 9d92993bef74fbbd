package app.gaitway.goals;

import app.gaitway.shared.web.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalFormTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static List<String> fields(GoalForm form, OptionalDouble latest) {
        return form.problems(TODAY, latest).stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(GoalForm form, OptionalDouble latest) {
        return form.problems(TODAY, latest).stream().map(FieldProblem::key).toList();
    }

    @Test
    void aNumericGoalTakesTheLatestValueWhenTheBaselineIsEmpty() {
        GoalForm form = new GoalForm("numeric", "lefs.total", "", "60", "2027-05-01", "", "");
        assertEquals(List.of(), fields(form, OptionalDouble.of(40)));
        assertEquals(List.of("baseline"), fields(form, OptionalDouble.empty()));
    }

    @Test
    void theTargetMustBeBetterThanTheBaselineInTheMeasuresDirection() {
        GoalForm pain = new GoalForm("numeric", "subjective.pain_now", "3", "5", "2027-05-01", "", "");
        assertEquals(List.of("goal.error.targetNotLower"), keys(pain, OptionalDouble.empty()));
        GoalForm lefs = new GoalForm("numeric", "lefs.total", "", "30", "2027-05-01", "", "");
        assertEquals(List.of("goal.error.targetNotHigher"), keys(lefs, OptionalDouble.of(40)));
    }

    @Test
    void eachBadValueIsReportedBesideItsField() {
        GoalForm form = new GoalForm("numeric", "no.such.measure", "x", "", "next week", "", "");
        assertEquals(List.of("measure", "target", "dueOn"), fields(form, OptionalDouble.empty()));
        GoalForm grade = new GoalForm("numeric", "strength.hip_abductors.right.grade", "3", "6", "2027-02-01", "", "");
        assertEquals(List.of("goal.error.grade", "goal.error.duePast"), keys(grade, OptionalDouble.empty()));
    }

    @Test
    void aChangedGoalMayKeepItsPassedDateButNotMoveToAnotherPassedOne() {
        LocalDate saved = TODAY.minusDays(10);
        GoalForm kept = new GoalForm("numeric", "lefs.total", "40", "60", saved.toString(), "Back to work", "");
        assertEquals(List.of(), kept.problemsOfChange(TODAY, saved), "only the words were corrected");
        GoalForm moved = new GoalForm(
                "numeric", "lefs.total", "40", "60", TODAY.minusDays(5).toString(), "", "");
        assertEquals(
                List.of("goal.error.duePast"),
                moved.problemsOfChange(TODAY, saved).stream()
                        .map(FieldProblem::key)
                        .toList());
        GoalForm worse = new GoalForm("numeric", "lefs.total", "40", "35", saved.toString(), "", "");
        assertEquals(
                List.of("goal.error.targetNotHigher"),
                worse.problemsOfChange(TODAY, saved).stream()
                        .map(FieldProblem::key)
                        .toList(),
                "the target is still checked against the saved baseline");
    }

    @Test
    void aFunctionalGoalNeedsWordsAndNoDate() {
        assertEquals(
                List.of("description"),
                fields(new GoalForm("functional", "", "", "", "", "", ""), OptionalDouble.empty()));
        assertTrue(fields(
                        new GoalForm("functional", "", "", "", "", "Walk the dog for 30 minutes", "Walking"),
                        OptionalDouble.empty())
                .isEmpty());
    }

    @Test
    void aDateTooFarAheadIsAMistypedYear() {
        GoalForm form = new GoalForm("numeric", "lefs.total", "40", "60", "2207-05-01", "", "");
        assertEquals(List.of("goal.error.dueFar"), keys(form, OptionalDouble.empty()));
    }
}
