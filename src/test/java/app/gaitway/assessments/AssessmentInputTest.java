package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentInput.Checked;
import app.gaitway.assessments.record.Motion;
import app.gaitway.shared.web.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentInputTest {

    private static final String GRADE = "strength.hip_abductors.right.grade";
    private static final String FORCE = "strength.hip_abductors.right.force";
    private static final String PAIN = "subjective.pain_now";
    private static final String ROM = "rom.hip_extension.left.active";
    private static final String KNEE_EXTENSION = "rom.knee_extension.right.active";

    private static FieldProblem onlyProblem(Map<String, String> typed, String key) {
        Checked checked = AssessmentInput.check(typed);
        assertFalse(checked.ok());
        assertNull(checked.values(), "no values when any field has a problem");
        assertEquals(List.of(key), List.copyOf(checked.problems().keySet()));
        FieldProblem problem = checked.problems().get(key);
        assertEquals(key, problem.field());
        return problem;
    }

    @Test
    void aShortTissueNeedsAPositiveThomasTestOnThatSide() {
        String tissue = "special.thomas.right.iliopsoas";
        String result = "special.thomas.right";
        assertEquals(
                "exam.error.tissueNeedsPositive",
                onlyProblem(Map.of(tissue, "true", result, "negative"), result).key());
        assertEquals(
                "exam.error.tissueNeedsPositive",
                onlyProblem(Map.of(tissue, "true"), result).key());
        assertTrue(AssessmentInput.check(Map.of(tissue, "true", result, "positive"))
                .ok());
    }

    @Test
    void refusesPerformanceTimesOutsideWhatAPersonCanScore() {
        assertEquals(
                "assessment.field.range",
                onlyProblem(Map.of("performance.tug_seconds", "0.5"), "performance.tug_seconds")
                        .key());
        assertEquals(
                "assessment.field.wholeNumber",
                onlyProblem(Map.of("performance.chair_stand_30s", "11.5"), "performance.chair_stand_30s")
                        .key());
        assertEquals(
                "assessment.field.range",
                onlyProblem(Map.of("lunge.left.cm", "40"), "lunge.left.cm").key());
    }

    @Test
    void rejectsGradeSix() {
        assertEquals(
                "assessment.field.grade", onlyProblem(Map.of(GRADE, "6"), GRADE).key());
    }

    @Test
    void rejectsGradesThatDoNotExist() {
        assertEquals(
                "assessment.field.grade",
                onlyProblem(Map.of(GRADE, "5+"), GRADE).key());
        assertEquals(
                "assessment.field.grade",
                onlyProblem(Map.of(GRADE, "0-"), GRADE).key());
    }

    @Test
    void rejectsPainEleven() {
        FieldProblem p = onlyProblem(Map.of(PAIN, "11"), PAIN);
        assertEquals("assessment.field.range", p.key());
        assertArrayEquals(new Object[] {0, 10}, p.args());
    }

    @Test
    void rejectsFourHundredDegrees() {
        FieldProblem p = onlyProblem(Map.of(ROM, "400"), ROM);
        assertEquals("assessment.field.range", p.key());
        assertArrayEquals(new Object[] {Motion.HIP_EXTENSION.min, Motion.HIP_EXTENSION.max}, p.args());
    }

    @Test
    void rejectsANegativeForce() {
        FieldProblem p = onlyProblem(Map.of(FORCE, "-1"), FORCE);
        assertEquals("assessment.field.range", p.key());
        assertArrayEquals(new Object[] {"0", "2000"}, p.args());
    }

    @Test
    void rejectsLettersInAWholeNumber() {
        FieldProblem p = onlyProblem(Map.of(PAIN, "abc"), PAIN);
        assertEquals("assessment.field.wholeNumber", p.key());
        assertArrayEquals(new Object[] {0, 10}, p.args());
    }

    @Test
    void rejectsLettersInADecimal() {
        assertEquals(
                "assessment.field.number",
                onlyProblem(Map.of(FORCE, "abc"), FORCE).key());
    }

    @Test
    void rejectsADecimalInAWholeNumber() {
        assertEquals(
                "assessment.field.wholeNumber",
                onlyProblem(Map.of(PAIN, "6.5"), PAIN).key());
    }

    @Test
    void rejectsTwoDecimals() {
        assertEquals(
                "assessment.field.oneDecimal",
                onlyProblem(Map.of(FORCE, "120.25"), FORCE).key());
    }

    @Test
    void acceptsATrailingZeroAfterTheOneDecimal() {
        Checked checked = AssessmentInput.check(Map.of(FORCE, "120.50"));
        assertEquals("120.5", checked.values().text(FORCE).orElseThrow());
    }

    @Test
    void rejectsAChoiceThatIsNotOffered() {
        String key = "gait.pelvic_drop.right";
        assertEquals(
                "assessment.field.choice",
                onlyProblem(Map.of(key, "severe"), key).key());
        String lefs = "lefs.item3";
        assertEquals(
                "assessment.field.choice", onlyProblem(Map.of(lefs, "5"), lefs).key());
    }

    @Test
    void rejectsAFlagThatIsNotTrue() {
        String key = "gait.step_down.left.arm";
        assertEquals(
                "assessment.field.choice", onlyProblem(Map.of(key, "yes"), key).key());
    }

    @Test
    void rejectsTooLongText() {
        String key = "subjective.complaint";
        FieldProblem p = onlyProblem(Map.of(key, "x".repeat(501)), key);
        assertEquals("assessment.field.tooLong", p.key());
        assertArrayEquals(new Object[] {500, 501}, p.args());
    }

    @Test
    void reportsEveryFieldWithAProblemAndKeepsNoValues() {
        Checked checked = AssessmentInput.check(Map.of(
                GRADE,
                "6",
                PAIN,
                "11",
                ROM,
                "400",
                FORCE,
                "-1",
                "subjective.pain_worst",
                "abc",
                "subjective.pain_best",
                "2"));
        assertNull(checked.values());
        assertEquals(
                Map.of(
                        GRADE,
                        "assessment.field.grade",
                        PAIN,
                        "assessment.field.range",
                        ROM,
                        "assessment.field.range",
                        FORCE,
                        "assessment.field.range",
                        "subjective.pain_worst",
                        "assessment.field.wholeNumber"),
                checked.problems().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().key())));
    }

    @Test
    void normalisesValidInput() {
        Checked checked = AssessmentInput.check(Map.of(
                GRADE,
                " 4\u2212 ",
                "strength.hip_abductors.left.grade",
                "3 +",
                PAIN,
                " 06 ",
                FORCE,
                "120,50",
                "strength.body_weight_kg",
                "72.0",
                KNEE_EXTENSION,
                "\u221210",
                "subjective.complaint",
                "knee pain\r\n  on stairs",
                "gait.pelvic_drop.right",
                "moderate",
                "gait.step_down.right.arm",
                "true"));
        assertTrue(checked.ok(), () -> checked.problems().toString());
        assertEquals(
                Map.of(
                        GRADE,
                        "4-",
                        "strength.hip_abductors.left.grade",
                        "3+",
                        PAIN,
                        "6",
                        FORCE,
                        "120.5",
                        "strength.body_weight_kg",
                        "72",
                        KNEE_EXTENSION,
                        "-10",
                        "subjective.complaint",
                        "knee pain on stairs",
                        "gait.pelvic_drop.right",
                        "moderate",
                        "gait.step_down.right.arm",
                        "true"),
                checked.values().asMap());
    }

    @Test
    void leavesOutEmptyFieldsAndKeysItDoesNotKnow() {
        Checked checked = AssessmentInput.check(Map.of(PAIN, "   ", GRADE, "", "_csrf", "token", "lefs.item21", "4"));
        assertTrue(checked.ok());
        assertTrue(checked.values().isEmpty());
    }

    @Test
    void keepsLineBreaksInLongText() {
        Checked checked = AssessmentInput.check(Map.of("gait.notes", "first line\nsecond line"));
        assertEquals(
                "first line\nsecond line", checked.values().text("gait.notes").orElseThrow());
    }

    @Test
    void acceptsTheEndsOfEachRange() {
        Checked checked = AssessmentInput.check(Map.of(
                PAIN,
                "0",
                "subjective.pain_worst",
                "10",
                GRADE,
                "0",
                "strength.hip_abductors.left.grade",
                "5",
                ROM,
                "-30",
                FORCE,
                "2000"));
        assertTrue(checked.ok(), () -> checked.problems().toString());
    }

    @Test
    void refusesControlCharactersInTextButKeepsLineBreaks() {
        assertEquals(
                "field.controlCharacter",
                onlyProblem(Map.of("subjective.complaint", "Knee\u0000pain"), "subjective.complaint")
                        .key());
        assertEquals(
                "field.controlCharacter",
                onlyProblem(Map.of("gait.notes", "Limps\u0085"), "gait.notes").key());
        assertTrue(AssessmentInput.check(Map.of("gait.notes", "Limps.\r\n\tMore on stairs."))
                .ok());
    }
}
