package app.gaitway.assessments;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionTest {

    @Test
    void theAdultNormsOfDomainMd() {
        assertEquals("120\u00B0", Motion.HIP_FLEXION.normText());
        assertEquals("20\u201330\u00B0", Motion.HIP_EXTENSION.normText());
        assertEquals("45\u00B0", Motion.HIP_ABDUCTION.normText());
        assertEquals("30\u00B0", Motion.HIP_ADDUCTION.normText());
        assertEquals("45\u00B0", Motion.HIP_INTERNAL_ROTATION.normText());
        assertEquals("45\u00B0", Motion.HIP_EXTERNAL_ROTATION.normText());
        assertEquals("135\u2013150\u00B0", Motion.KNEE_FLEXION.normText());
        assertEquals("0\u00B0", Motion.KNEE_EXTENSION.normText());
    }

    @Test
    void flagsOnlyBelowTheLowEndOfTheNorm() {
        assertTrue(Motion.HIP_EXTENSION.belowNorm(19));
        assertFalse(Motion.HIP_EXTENSION.belowNorm(20));
        assertFalse(Motion.HIP_EXTENSION.belowNorm(35));
        assertTrue(Motion.KNEE_EXTENSION.belowNorm(-1));
        assertFalse(Motion.KNEE_EXTENSION.belowNorm(5));
    }

    @Test
    void everyNormLiesWithinWhatTheFormAccepts() {
        for (Motion m : Motion.values()) {
            assertTrue(m.min <= m.normLow && m.normLow <= m.normHigh && m.normHigh <= m.max, m.name());
        }
    }
}
