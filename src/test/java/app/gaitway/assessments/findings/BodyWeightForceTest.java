package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyWeightForceTest {

    @Test
    void newtonsToKilogramForce() {
        assertEquals(10.0, BodyWeightForce.newtonsToKilograms(98.1), 1e-9);
        assertEquals(98.1, ForceUnit.KILOGRAM.toNewtons(10), 1e-9);
    }

    @Test
    void percentOfBodyWeightFromNewtons() {
        // 147.15 N = 15 kgf; 15 / 75 = 20 %
        assertEquals(Optional.of(20.0), BodyWeightForce.percent(147.15, ForceUnit.NEWTON, 75.0));
        // 120 N = 12.232 kgf; / 72 kg = 16.99 %
        assertEquals(Optional.of(17.0), BodyWeightForce.percent(120.0, ForceUnit.NEWTON, 72.0));
    }

    @Test
    void percentOfBodyWeightFromKilograms() {
        assertEquals(Optional.of(16.7), BodyWeightForce.percent(12.0, ForceUnit.KILOGRAM, 72.0));
    }

    @Test
    void nothingWithoutForceUnitOrWeight() {
        assertEquals(Optional.empty(), BodyWeightForce.percent(null, ForceUnit.NEWTON, 72.0));
        assertEquals(Optional.empty(), BodyWeightForce.percent(120.0, null, 72.0));
        assertEquals(Optional.empty(), BodyWeightForce.percent(120.0, ForceUnit.NEWTON, null));
        assertEquals(Optional.empty(), BodyWeightForce.percent(12.0, 0.0));
    }

    @Test
    void aZeroForceIsZeroPercent() {
        assertEquals(Optional.of(0.0), BodyWeightForce.percent(0.0, ForceUnit.NEWTON, 72.0));
    }

    @Test
    void readsTheAssessment() {
        AssessmentValues v = assessment()
                .bodyWeight("80")
                .forceUnit("n")
                .forces(MuscleGroup.HIP_ABDUCTORS, "156.9", "196.2")
                .build();
        assertEquals(Optional.of(20.0), BodyWeightForce.percent(v, MuscleGroup.HIP_ABDUCTORS, Side.RIGHT));
        assertEquals(Optional.of(25.0), BodyWeightForce.percent(v, MuscleGroup.HIP_ABDUCTORS, Side.LEFT));
        assertEquals(Optional.empty(), BodyWeightForce.percent(v, MuscleGroup.HIP_EXTENSORS, Side.LEFT));
    }

    @Test
    void anAssessmentWithoutAUnitOrWeightHasNoPercentage() {
        AssessmentValues noUnit = assessment()
                .bodyWeight("80")
                .forces(MuscleGroup.HIP_ABDUCTORS, "150", "150")
                .build();
        assertEquals(Optional.empty(), BodyWeightForce.percent(noUnit, MuscleGroup.HIP_ABDUCTORS, Side.RIGHT));
        AssessmentValues noWeight = assessment()
                .forceUnit("kg")
                .forces(MuscleGroup.HIP_ABDUCTORS, "15", "15")
                .build();
        assertEquals(Optional.empty(), BodyWeightForce.percent(noWeight, MuscleGroup.HIP_ABDUCTORS, Side.RIGHT));
    }

    @Test
    void readsTheUnitCode() {
        assertEquals(Optional.of(ForceUnit.KILOGRAM), ForceUnit.ofCode("kg"));
        assertEquals(Optional.of(ForceUnit.NEWTON), ForceUnit.ofCode("n"));
        assertEquals(Optional.empty(), ForceUnit.ofCode("lb"));
    }
}
