package app.gaitway.assessments.screen;

import app.gaitway.assessments.AssessmentInput;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.screen.Precaution.HipApproach;
import app.gaitway.assessments.screen.Precaution.Kind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafetyScreenTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static AssessmentInput.Checked typed(String... keysAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            typed.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return AssessmentInput.check(typed);
    }

    private static SafetyScreen screen(String... keysAndValues) {
        AssessmentInput.Checked checked = typed(keysAndValues);
        assertTrue(checked.ok(), () -> checked.problems().toString());
        return SafetyScreen.of(checked.values());
    }

    @Test
    void anEmptyAssessmentHasAnEmptyScreen() {
        SafetyScreen s = SafetyScreen.of(AssessmentValues.empty());
        assertTrue(s.isEmpty());
        assertFalse(s.needsMedicalReview());
    }

    @Test
    void aRedFlagNeedsAMedicalReviewUntilTheTherapistDecides() {
        assertTrue(screen("screen.red.dvt", "true").needsMedicalReview());
        assertEquals(
                List.of(RedFlag.DVT, RedFlag.CHEST_PAIN),
                screen("screen.red.dvt", "true", "screen.red.chest_pain", "true")
                        .redFlags());
        assertFalse(screen("screen.red.dvt", "true", "screen.red.decision", "referred")
                .needsMedicalReview());
        SafetyScreen cleared = screen(
                "screen.red.night_pain",
                "true",
                "screen.red.decision",
                "cleared",
                "screen.red.decision_note",
                "GP saw her on 3 March: mechanical pain");
        assertFalse(cleared.needsMedicalReview());
        assertEquals(SafetyScreen.Decision.CLEARED, cleared.decision().orElseThrow());
    }

    @Test
    void safeToExerciseNeedsItsReason() {
        AssessmentInput.Checked c = typed("screen.red.fever", "true", "screen.red.decision", "cleared");
        assertFalse(c.ok());
        assertEquals(
                "screen.error.clearedNeedsReason",
                c.problems().get(SafetyScreen.DECISION_NOTE).key());
    }

    @Test
    void aDecisionAloneAnswersTheRedFlagsOfAnEarlierAssessment() {
        SafetyScreen s = screen("screen.red.decision", "referred");
        assertFalse(s.needsMedicalReview());
        assertTrue(s.decision().isPresent());
    }

    @Test
    void aHipReplacementReadsItsApproachSideAndDate() {
        LocalDate sixWeeksAgo = TODAY.minusWeeks(6);
        SafetyScreen s = screen(
                "screen.hip_replacement.approach",
                "posterior",
                "screen.hip_replacement.side",
                "right",
                "screen.hip_replacement.date",
                sixWeeksAgo.toString());
        Precaution p = s.precautions().get(0);
        assertEquals(Kind.HIP_REPLACEMENT, p.kind());
        assertEquals(HipApproach.POSTERIOR, p.approach());
        assertEquals(Side.RIGHT, p.side());
        assertEquals(6, p.weeksSince(TODAY));
        assertTrue(p.appliesOn(TODAY));
    }

    @Test
    void hipPrecautionsLapseAfterTwelveWeeksButStandWithoutADate() {
        Precaution old = Precaution.hipReplacement(HipApproach.POSTERIOR, null, TODAY.minusWeeks(12));
        assertFalse(old.appliesOn(TODAY));
        assertTrue(Precaution.hipReplacement(HipApproach.POSTERIOR, null, TODAY.minusWeeks(11))
                .appliesOn(TODAY));
        assertTrue(Precaution.hipReplacement(HipApproach.POSTERIOR, null, null).appliesOn(TODAY.plusYears(5)));
        SafetyScreen s = screen(
                "screen.hip_replacement.approach",
                "anterior",
                "screen.hip_replacement.date",
                TODAY.minusWeeks(20).toString());
        assertEquals(1, s.precautions().size());
        assertEquals(List.of(), s.precautionsOn(TODAY));
    }

    @Test
    void aHipDateOrSideWithoutAnApproachAsksForIt() {
        assertEquals(
                "screen.error.hipApproach",
                typed("screen.hip_replacement.side", "left")
                        .problems()
                        .get(SafetyScreen.HIP_APPROACH)
                        .key());
        assertEquals(
                HipApproach.UNKNOWN,
                screen("screen.hip_replacement.approach", "unknown")
                        .precautions()
                        .get(0)
                        .approach(),
                "unknown stands for the strictest");
    }

    @Test
    void aFutureOrImpossibleOperationDateIsRefused() {
        assertEquals(
                "assessment.field.datePast",
                typed(
                                "screen.hip_replacement.approach",
                                "posterior",
                                "screen.hip_replacement.date",
                                TODAY.plusDays(1).toString())
                        .problems()
                        .get(SafetyScreen.HIP_DATE)
                        .key());
        assertEquals(
                "assessment.field.date",
                typed("screen.hip_replacement.approach", "posterior", "screen.hip_replacement.date", "2026-02-30")
                        .problems()
                        .get(SafetyScreen.HIP_DATE)
                        .key());
    }

    @Test
    void fullWeightBearingIsNoPrecautionAndTheOthersAre() {
        assertTrue(screen("screen.weight_bearing", "full").precautions().isEmpty());
        SafetyScreen s = screen(
                "screen.weight_bearing",
                "toe_touch",
                "screen.osteoporosis",
                "true",
                "screen.fall_risk",
                "true",
                "screen.pregnancy_weeks",
                "20",
                "screen.recent_surgery",
                "knee arthroscopy 2 weeks ago");
        assertEquals(
                List.of(Kind.WEIGHT_BEARING, Kind.OSTEOPOROSIS, Kind.PREGNANCY, Kind.RECENT_SURGERY, Kind.FALL_RISK),
                s.precautions().stream().map(Precaution::kind).toList());
        assertTrue(s.precautions().get(2).pastFirstTrimester());
        assertFalse(Precaution.pregnancy(10).pastFirstTrimester());
        assertTrue(Precaution.pregnancy(null).pastFirstTrimester(), "weeks not recorded: the cautious reading");
    }
}
