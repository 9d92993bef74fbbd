package app.gaitway.programs.suggestions;

import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.screen.Precaution;
import app.gaitway.assessments.screen.Precaution.HipApproach;
import app.gaitway.assessments.screen.Precaution.Kind;
import app.gaitway.assessments.screen.Precaution.WeightBearing;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static app.gaitway.exercises.Vocabulary.LoadTag.ADDUCTION_PAST_MIDLINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.DEEP_HIP_FLEXION;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_EXTENSION;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_EXTERNAL_ROTATION;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_INTERNAL_ROTATION;
import static app.gaitway.exercises.Vocabulary.LoadTag.SUPINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.WEIGHT_BEARING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final Messages MESSAGES = new Messages();

    @Test
    void aPosteriorHipRulesOutDeepFlexionAdductionAndInternalRotation() {
        Precaution hip = Precaution.hipReplacement(HipApproach.POSTERIOR, Side.RIGHT, TODAY.minusWeeks(6));
        assertEquals(
                EnumSet.of(DEEP_HIP_FLEXION, ADDUCTION_PAST_MIDLINE, HIP_INTERNAL_ROTATION), Conflicts.ruledOut(hip));
        assertEquals(
                Conflicts.ruledOut(hip),
                Conflicts.ruledOut(Precaution.hipReplacement(HipApproach.UNKNOWN, null, null)),
                "an approach not recorded is treated as the strictest");
    }

    @Test
    void anAnteriorHipRulesOutExtensionAndExternalRotationButAllowsDeepFlexion() {
        Set<LoadTag> out = Conflicts.ruledOut(Precaution.hipReplacement(HipApproach.ANTERIOR, null, TODAY));
        assertEquals(EnumSet.of(HIP_EXTENSION, HIP_EXTERNAL_ROTATION), out);
    }

    @Test
    void everyPrecautionButRecentSurgeryRulesSomethingOut() {
        for (Precaution p : List.of(
                Precaution.weightBearing(WeightBearing.PARTIAL),
                Precaution.of(Kind.OSTEOPOROSIS),
                Precaution.pregnancy(8),
                Precaution.of(Kind.FALL_RISK))) {
            assertFalse(Conflicts.ruledOut(p).isEmpty(), p.kind().toString());
        }
        assertTrue(Conflicts.ruledOut(Precaution.recentSurgery("arthroscopy")).isEmpty());
        assertTrue(Conflicts.onlyReminds(Precaution.recentSurgery("arthroscopy")));
    }

    @Test
    void onlyNoWeightBearingRulesOutStandingOnBothLegs() {
        assertFalse(Conflicts.ruledOut(Precaution.weightBearing(WeightBearing.PARTIAL))
                .contains(WEIGHT_BEARING));
        assertTrue(Conflicts.ruledOut(Precaution.weightBearing(WeightBearing.TOE_TOUCH))
                .contains(WEIGHT_BEARING));
        assertTrue(
                Conflicts.ruledOut(Precaution.weightBearing(WeightBearing.NONE)).contains(WEIGHT_BEARING));
    }

    @Test
    void lyingOnTheBackIsRuledOutOnlyAfterTheFirstTrimester() {
        assertFalse(Conflicts.ruledOut(Precaution.pregnancy(10)).contains(SUPINE));
        assertTrue(Conflicts.ruledOut(Precaution.pregnancy(13)).contains(SUPINE));
    }

    @Test
    void aConflictReadsAsThePrecautionThenWhatTheExerciseDoes() {
        Precaution hip = Precaution.hipReplacement(HipApproach.POSTERIOR, null, TODAY.minusWeeks(6));
        List<Conflict> found = Conflicts.between(List.of(hip), List.of(LoadTag.SUPINE, DEEP_HIP_FLEXION));
        assertEquals(1, found.size());
        assertEquals(
                "hip replacement (posterior approach, 6 weeks): bends the hip past 90\u00b0",
                Conflicts.text(found.get(0), TODAY, MESSAGES));
        assertEquals(
                "hip replacement (anterior approach, right, date not recorded)",
                Conflicts.label(Precaution.hipReplacement(HipApproach.ANTERIOR, Side.RIGHT, null), TODAY, MESSAGES));
    }

    @Test
    void everyLoadHasAReasonInWords() {
        for (LoadTag load : LoadTag.values()) {
            assertFalse(MESSAGES.get(new Conflict(Precaution.of(Kind.OSTEOPOROSIS), load).reasonKey())
                    .isBlank());
        }
    }
}
