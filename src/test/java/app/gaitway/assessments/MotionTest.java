package app.gaitway.assessments;

import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.record.Motion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionTest {

    @Test
    void everyLowerLimitOfNormalIsAValueTheFormAccepts() {
        for (Motion m : Motion.values()) {
            for (Integer age : new Integer[] {null, 25, 45, 70, 90}) {
                RomNorms.lowerLimit(m, age)
                        .ifPresent(
                                limit -> assertTrue(m.min <= limit && limit <= m.max, m + " at " + age + ": " + limit));
            }
        }
    }

    @Test
    void kneeExtensionAcceptsALagAndSomeHyperextension() {
        assertTrue(Motion.KNEE_EXTENSION.min < 0 && Motion.KNEE_EXTENSION.max > 0);
    }
}
