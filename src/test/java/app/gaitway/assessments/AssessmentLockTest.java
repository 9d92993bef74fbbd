package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentLockTest {

    @Test
    void aFinalizedAssessmentCannotBeChangedOrSignedAgain() {
        Assessment a = Assessment.draft(1, 2, 3, LocalDate.of(2026, 3, 3));
        AssessmentValues values =
                AssessmentInput.check(Map.of("subjective.pain_now", "6")).values();
        a.record(LocalDate.of(2026, 3, 4), values);
        a.finalizeBy(3, "Ana Lopez");
        assertTrue(a.isFinal());
        assertEquals("Ana Lopez", a.getFinalizedByName());
        assertThrows(Assessment.Locked.class, () -> a.record(LocalDate.of(2026, 3, 5), AssessmentValues.empty()));
        assertThrows(Assessment.Locked.class, () -> a.finalizeBy(4, "Someone Else"));
        assertEquals(values, a.values());
        assertEquals(LocalDate.of(2026, 3, 4), a.getVisitDate());
    }

    @Test
    void storedValuesReadBackExactly() {
        AssessmentValues values = AssessmentInput.check(Map.of(
                        "strength.hip_abductors.right.grade", "3 +",
                        "rom.hip_extension.right.active", "10",
                        "plan.plan", "Hip strength, 3 times a week\nReview in 4 weeks"))
                .values();
        assertEquals(values, AssessmentValues.fromJson(values.toJson()));
        assertEquals("3+", values.text("strength.hip_abductors.right.grade").orElseThrow());
    }

    @Test
    void theFormMarksActiveRangeBelowThePatientsLowerLimit() {
        AssessmentForm form = new AssessmentForm(
                Map.of(
                        "rom.hip_extension.right.active",
                        "3",
                        "rom.hip_extension.left.active",
                        "8",
                        "rom.knee_flexion.left.active",
                        "abc",
                        "rom.hip_adduction.left.active",
                        "2"),
                "2026-03-03",
                "0",
                "");
        Map<String, Integer> limits = Map.of("hip_extension", 6, "knee_flexion", 110);
        assertTrue(form.belowLimit("hip_extension", "right", limits));
        assertTrue(!form.belowLimit("hip_extension", "left", limits));
        assertTrue(!form.belowLimit("knee_flexion", "left", limits), "text that is not a number is not flagged");
        assertTrue(!form.belowLimit("hip_adduction", "left", limits), "no limit, no mark: only the sides compare");
    }
}
