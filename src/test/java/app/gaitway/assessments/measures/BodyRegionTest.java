package app.gaitway.assessments.measures;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyRegionTest {

    @Test
    void kneeCodesSuggestTheAnteriorKneePainScale() {
        assertEquals(BodyRegion.KNEE, BodyRegion.of("M22.2", null));
        assertEquals(BodyRegion.KNEE, BodyRegion.of("m25.561", null));
        assertEquals(
                EnumSet.of(OutcomeMeasure.LEFS, OutcomeMeasure.PSFS, OutcomeMeasure.AKPS), BodyRegion.KNEE.suggested());
    }

    @Test
    void backCodesSuggestThePatientSpecificScale() {
        assertEquals(BodyRegion.BACK, BodyRegion.of("M54.5", "knee pain too"));
        assertEquals(EnumSet.of(OutcomeMeasure.PSFS), BodyRegion.BACK.suggested());
    }

    @Test
    void withoutACodeTheReferralWordsDecide() {
        assertEquals(BodyRegion.KNEE, BodyRegion.of(null, "Pain around the kneecap on stairs"));
        assertEquals(BodyRegion.BACK, BodyRegion.of("", "Low back pain since May"));
        assertEquals(BodyRegion.LOWER_LIMB, BodyRegion.of("M16.1", "Hip pain"));
        assertEquals(EnumSet.of(OutcomeMeasure.LEFS, OutcomeMeasure.PSFS), BodyRegion.LOWER_LIMB.suggested());
    }
}
