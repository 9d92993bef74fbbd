package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimbSymmetryTest {

    private static LimbSymmetry lsi(double right, double left) {
        return LimbSymmetry.of(right, left).orElseThrow();
    }

    private static MmtGrade grade(String text) {
        return MmtGrade.parse(text).orElseThrow();
    }

    @Test
    void weakerAsAPercentageOfStronger() {
        LimbSymmetry s = lsi(82, 100);
        assertEquals(82.0, s.index());
        assertEquals(Optional.of(Side.RIGHT), s.weaker());
        assertEquals(Optional.of(Side.LEFT), s.stronger());
    }

    @Test
    void theSameWhicheverSideIsWeaker() {
        LimbSymmetry s = lsi(150, 120);
        assertEquals(80.0, s.index());
        assertEquals(Optional.of(Side.LEFT), s.weaker());
    }

    @Test
    void roundsToOneDecimal() {
        assertEquals(66.7, lsi(2, 3).index());
        assertEquals(89.9, lsi(89.94, 100).index());
    }

    @Test
    void flagsBelowNinetyPercent() {
        assertTrue(lsi(89.9, 100).isFlagged());
        assertFalse(lsi(90, 100).isFlagged());
        assertFalse(lsi(100, 95).isFlagged());
        assertTrue(lsi(100, 85).isFlagged());
    }

    @Test
    void equalSidesAreAHundredPercentWithNoWeakerSide() {
        LimbSymmetry s = lsi(120, 120);
        assertEquals(100.0, s.index());
        assertEquals(Optional.empty(), s.weaker());
        assertFalse(s.isFlagged());
    }

    @Test
    void zeroAgainstStrengthIsZeroPercent() {
        LimbSymmetry s = lsi(0, 40);
        assertEquals(0.0, s.index());
        assertEquals(Optional.of(Side.RIGHT), s.weaker());
        assertTrue(s.isFlagged());
    }

    @Test
    void twoZerosAreEqualSides() {
        assertEquals(100.0, lsi(0, 0).index());
        assertEquals(Optional.empty(), lsi(0, 0).weaker());
    }

    @Test
    void aMissingSideGivesNoIndex() {
        assertEquals(Optional.empty(), LimbSymmetry.of(null, 100.0));
        assertEquals(Optional.empty(), LimbSymmetry.of(100.0, null));
        assertEquals(Optional.empty(), LimbSymmetry.ofGrades(null, grade("4")));
    }

    @Test
    void refusesNegativeMeasurements() {
        assertThrows(IllegalArgumentException.class, () -> LimbSymmetry.of(-1.0, 10.0));
    }

    @Test
    void comparesGradesByTheirValue() {
        LimbSymmetry s = LimbSymmetry.ofGrades(grade("3+"), grade("5")).orElseThrow();
        assertEquals(66.7, s.index());
        assertEquals(Optional.of(Side.RIGHT), s.weaker());
        assertEquals(
                80.0,
                LimbSymmetry.ofGrades(grade("5"), grade("4")).orElseThrow().index());
    }

    @Test
    void readsForcesAndGradesOfAnAssessment() {
        AssessmentValues v = new AssessmentValues(Map.of(
                "strength.hip_abductors.right.force", "123",
                "strength.hip_abductors.left.force", "150",
                "strength.hip_abductors.right.grade", "4",
                "strength.hip_abductors.left.grade", "5",
                "strength.hip_extensors.right.force", "200"));
        assertEquals(
                82.0,
                LimbSymmetry.ofForces(v, MuscleGroup.HIP_ABDUCTORS)
                        .orElseThrow()
                        .index());
        assertEquals(
                80.0,
                LimbSymmetry.ofGrades(v, MuscleGroup.HIP_ABDUCTORS)
                        .orElseThrow()
                        .index());
        assertEquals(Optional.empty(), LimbSymmetry.ofForces(v, MuscleGroup.HIP_EXTENSORS));
        assertEquals(Optional.empty(), LimbSymmetry.ofGrades(v, MuscleGroup.KNEE_FLEXORS));
    }
}
