package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentValues;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpTest {

    private static AssessmentValues firstVisit() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("strength.body_weight_kg", "72.5");
        v.put("strength.force_unit", "kg");
        v.put("strength.hip_abductors.position", "Side-lying, belt-fixed");
        v.put("strength.hip_extensors.position", "Prone, knee bent 90°");
        v.put("strength.hip_abductors.right.grade", "3+");
        v.put("strength.hip_abductors.right.force", "14.2");
        v.put("rom.hip_flexion.right.active", "110");
        v.put("subjective.pain_now", "6");
        v.put("lefs.item1", "2");
        v.put("plan.plan", "Hip abductor strengthening");
        return new AssessmentValues(v);
    }

    @Test
    void aFollowUpTakesBodyWeightForceUnitAndTestPositionsAndNoMeasurement() {
        AssessmentValues carried = FollowUp.startingFrom(firstVisit());
        assertEquals(
                Map.of(
                        "strength.body_weight_kg",
                        "72.5",
                        "strength.force_unit",
                        "kg",
                        "strength.hip_abductors.position",
                        "Side-lying, belt-fixed",
                        "strength.hip_extensors.position",
                        "Prone, knee bent 90°"),
                carried.asMap());
    }

    @Test
    void theHipReplacementAndOtherPrecautionsAreCarriedButRedFlagsAreAskedAgain() {
        Map<String, String> v = new LinkedHashMap<>(firstVisit().asMap());
        v.put("screen.hip_replacement.approach", "posterior");
        v.put("screen.hip_replacement.side", "left");
        v.put("screen.hip_replacement.date", "2026-10-25");
        v.put("screen.fall_risk", "true");
        v.put("screen.red.night_pain", "true");
        v.put("screen.red.decision", "cleared");
        v.put("screen.red.decision_note", "Seen by the GP");
        AssessmentValues carried = FollowUp.startingFrom(new AssessmentValues(v));
        assertEquals(
                "posterior", carried.text("screen.hip_replacement.approach").orElseThrow());
        assertEquals("2026-10-25", carried.text("screen.hip_replacement.date").orElseThrow());
        assertTrue(carried.flag("screen.fall_risk"));
        assertTrue(
                carried.asMap().keySet().stream().noneMatch(k -> k.startsWith("screen.red")),
                carried.asMap().toString());
        assertEquals(FollowUp.Part.PRECAUTIONS, FollowUp.parts(carried).get(0));
    }

    @Test
    void nothingIsCarriedFromAnAssessmentWithoutThoseValues() {
        AssessmentValues carried = FollowUp.startingFrom(new AssessmentValues(Map.of("subjective.pain_now", "4")));
        assertTrue(carried.isEmpty());
        assertEquals(List.of(), FollowUp.parts(carried));
    }

    @Test
    void theNoticeNamesWhatWasCarried() {
        AssessmentValues carried = FollowUp.startingFrom(firstVisit());
        assertEquals(
                List.of(FollowUp.Part.BODY_WEIGHT, FollowUp.Part.FORCE_UNIT, FollowUp.Part.TEST_POSITIONS),
                FollowUp.parts(carried));
        assertEquals(2, FollowUp.positions(carried));
    }

    @Test
    void everyCarriedKeyIsAFieldOfTheForm() {
        FollowUp.carriedKeys().forEach(k -> assertTrue(FieldCatalogue.exists(k), k));
        assertTrue(FollowUp.carriedKeys()
                .containsAll(
                        List.of("strength.body_weight_kg", "strength.force_unit", "strength.knee_extensors.position")));
    }

    @Test
    void aFollowUpStartsFromTheLatestSignedAssessmentOrElseTheLatestDraft() {
        Assessment signedEarly = Assessment.draft(1, 2, 3, LocalDate.of(2026, 10, 1));
        signedEarly.finalizeBy(3, "Ana Lopez");
        Assessment signedLater = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 3));
        signedLater.finalizeBy(3, "Ana Lopez");
        Assessment draftLast = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 20));
        assertSame(
                signedLater,
                AssessmentService.previousOf(List.of(signedEarly, signedLater, draftLast))
                        .orElseThrow());
        Assessment draftOnly = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 20));
        Assessment olderDraft = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 1));
        assertSame(
                draftOnly,
                AssessmentService.previousOf(List.of(olderDraft, draftOnly)).orElseThrow());
        assertTrue(AssessmentService.previousOf(List.of()).isEmpty());
    }

    @Test
    void aFollowUpDraftHoldsOnlyTheCarriedValues() {
        Assessment first = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 3));
        first.record(LocalDate.of(2026, 11, 3), firstVisit());
        first.finalizeBy(3, "Ana Lopez");
        Assessment next = Assessment.followUp(1, 2, 3, LocalDate.of(2026, 12, 6), first);
        assertEquals(FollowUp.startingFrom(firstVisit()), next.values());
        assertTrue(next.values().text("strength.hip_abductors.right.grade").isEmpty(), "grades start blank");
        assertEquals(Assessment.Status.DRAFT, next.getStatus());

        Assessment blankBefore = Assessment.draft(1, 2, 3, LocalDate.of(2026, 11, 3));
        Assessment afterBlank = Assessment.followUp(1, 2, 3, LocalDate.of(2026, 12, 6), blankBefore);
        assertTrue(afterBlank.values().isEmpty());
        assertNull(afterBlank.getCarriedFromId(), "nothing carried, so no notice");
    }
}
