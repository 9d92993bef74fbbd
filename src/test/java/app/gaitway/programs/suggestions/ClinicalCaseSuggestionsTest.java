package app.gaitway.programs.suggestions;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.Precaution;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.library.ShippedLibrary;
import app.gaitway.programs.suggestions.SuggestionPlan.ExerciseFacts;
import app.gaitway.programs.suggestions.SuggestionPlan.Group;
import app.gaitway.shared.web.Messages;
import app.gaitway.testdata.ClinicalCases;
import app.gaitway.testdata.ClinicalCases.ClinicalCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five patients of {@link ClinicalCases}, as the findings tests know them, through the suggestion plan with the
 * patient's own age and affected side: what a therapist reasoning about each would offer, and what they would never.
 */
class ClinicalCaseSuggestionsTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Map<String, ExerciseContent> LIBRARY = new HashMap<>();
    private static final Map<String, ExerciseFacts> FACTS = new HashMap<>();

    static {
        for (ExerciseContent e : ShippedLibrary.load().exercises()) {
            LIBRARY.put(e.slug(), e);
            FACTS.put(
                    e.slug(), new ExerciseFacts(e.slug(), e.loads(), e.dosage().isHold()));
        }
    }

    static SuggestionPlan plan(ClinicalCase c, Map<String, String> screen) {
        Map<String, String> all = new HashMap<>(c.values().asMap());
        all.putAll(screen);
        AssessmentValues values = new AssessmentValues(all);
        return SuggestionPlan.of(values, c.context(), SafetyScreen.of(values), TODAY, FACTS, new Messages());
    }

    private static Group group(SuggestionPlan plan, Focus focus) {
        return plan.groups().stream()
                .filter(g -> g.focus() == focus)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + focus + " in " + plan.groups()));
    }

    private static List<Focus> foci(SuggestionPlan plan) {
        return plan.groups().stream().map(Group::focus).toList();
    }

    @Test
    void theRunnerWithKneePainGetsAbductorWorkFirstThenSingleLegControlAndKneeWork() {
        SuggestionPlan plan = plan(ClinicalCases.patellofemoralRunner(), Map.of());
        assertEquals(
                List.of(Focus.HIP_ABDUCTORS, Focus.SINGLE_LEG_CONTROL, Focus.KNEE_PAIN, Focus.MOBILITY), foci(plan));
        assertEquals(
                List.of("calf-stretch", "itb-stretch"),
                group(plan, Focus.MOBILITY).picks().stream()
                        .map(SuggestionPlan.Pick::slug)
                        .sorted()
                        .toList(),
                "the stiff ankle (lunge) and the tight iliotibial band (Ober) each get their stretch");
        assertTrue(
                group(plan, Focus.HIP_ABDUCTORS).reasons().stream().anyMatch(r -> r.contains("Pelvic drop")),
                "the walking sign and the grade are one group");
        List<String> knee = group(plan, Focus.KNEE_PAIN).picks().stream()
                .map(p -> LIBRARY.get(p.slug()).targets().get(0).name())
                .toList();
        assertTrue(knee.contains("QUADRICEPS"), "combined hip and knee work for patellofemoral pain: " + knee);
        assertTrue(plan.doseNote().isEmpty(), "pain 3/10 at worst keeps the usual dose");
    }

    @Test
    void theOfficeWorkerGetsAbductorAndExtensorWorkAndNoKneeWork() {
        SuggestionPlan plan = plan(ClinicalCases.officeWorkerLowBackPain(), Map.of());
        assertEquals(Focus.HIP_ABDUCTORS, foci(plan).get(0));
        assertTrue(foci(plan).contains(Focus.HIP_EXTENSORS), foci(plan).toString());
        assertFalse(foci(plan).contains(Focus.KNEE_PAIN), "no knee complaint");
    }

    @Test
    void theOlderAdultAtRiskOfFallingGetsBalanceWorkButNothingOnAWobblyBoardOrFromTheFloor() {
        SuggestionPlan plan = plan(ClinicalCases.olderAdultHipOsteoarthritis(), Map.of("screen.fall_risk", "true"));
        assertEquals(Focus.BALANCE, foci(plan).get(0), "her performance tests put balance first");
        assertEquals(Focus.HIP_ABDUCTORS, foci(plan).get(1));
        assertTrue(
                plan.pickedSlugs().contains("single-leg-balance"), "balance work near support: " + plan.pickedSlugs());
        for (String slug : plan.pickedSlugs()) {
            List<LoadTag> loads = LIBRARY.get(slug).loads();
            assertFalse(
                    loads.contains(LoadTag.UNSTABLE_SURFACE) || loads.contains(LoadTag.FLOOR_TRANSFER),
                    slug + " suggested to a patient at high risk of falling");
        }
        assertFalse(plan.withheldSlugs().isEmpty(), "what was held back is listed with its reason");
    }

    @Test
    void sixWeeksAfterAPosteriorHipReplacementNothingBendsTheHipPast90OrCrossesTheMidline() {
        SuggestionPlan plan = plan(
                ClinicalCases.posteriorHipReplacementSixWeeks(),
                Map.of(
                        "screen.hip_replacement.approach",
                        "posterior",
                        "screen.hip_replacement.side",
                        "left",
                        "screen.hip_replacement.date",
                        TODAY.minusWeeks(6).toString()));
        assertEquals(Focus.BALANCE, foci(plan).get(0), "his Timed Up and Go of 14.5 s: balance first");
        assertEquals(Focus.HIP_ABDUCTORS, foci(plan).get(1), "then the abductors after the operation");
        for (String slug : plan.pickedSlugs()) {
            List<LoadTag> loads = LIBRARY.get(slug).loads();
            assertFalse(
                    loads.contains(LoadTag.DEEP_HIP_FLEXION)
                            || loads.contains(LoadTag.ADDUCTION_PAST_MIDLINE)
                            || loads.contains(LoadTag.HIP_INTERNAL_ROTATION),
                    slug + " suggested after a posterior hip replacement");
        }
        assertTrue(
                plan.withheldSlugs().contains("knee-to-chest-stretch"),
                plan.withheldSlugs().toString());
    }

    @Test
    void performanceTestsPastTheirCutOffsApplyTheFallRiskPrecautionWithoutTheScreenTick() {
        ClinicalCase older = ClinicalCases.olderAdultHipOsteoarthritis();
        assertFalse(older.values().flag("screen.fall_risk"), "the screen does not say it");
        SuggestionPlan plan = plan(older, Map.of());
        assertTrue(
                plan.precautions().stream().anyMatch(p -> p.kind() == Precaution.Kind.FALL_RISK),
                "the tests say it: " + plan.precautions());
        assertTrue(
                plan.withheldSlugs().containsAll(List.of("balance-board", "hip-flexor-stretch")),
                "the wobble board (balance) and the kneeling hip-flexor stretch (short iliopsoas) are held back: "
                        + plan.withheldSlugs());
        for (String slug : plan.pickedSlugs()) {
            List<LoadTag> loads = LIBRARY.get(slug).loads();
            assertFalse(
                    loads.contains(LoadTag.UNSTABLE_SURFACE) || loads.contains(LoadTag.FLOOR_TRANSFER),
                    slug + " suggested although her tests put her at risk of falling");
        }
        assertTrue(group(plan, Focus.BALANCE).picks().stream()
                .anyMatch(p -> p.slug().equals("sit-to-stand")));
        assertTrue(
                plan.reminders().stream().anyMatch(r -> r.contains("fall-risk cut-off")),
                plan.reminders().toString());
    }

    @Test
    void theOfficeWorkersShortHipFlexorsGetTheHipFlexorStretch() {
        SuggestionPlan plan = plan(ClinicalCases.officeWorkerLowBackPain(), Map.of());
        Group mobility = group(plan, Focus.MOBILITY);
        assertEquals(
                "hip-flexor-stretch", mobility.picks().get(0).slug(), "asked for by the Thomas test and the range");
        assertTrue(
                mobility.reasons().contains("Thomas test positive (both sides): short hip flexor (iliopsoas)"),
                mobility.reasons().toString());
        assertTrue(plan.precautions().isEmpty(), "no performance test past a cut-off, no precaution");
    }

    @Test
    void theHealthyAdultGetsNothingSuggested() {
        SuggestionPlan plan = plan(ClinicalCases.healthyAdult(), Map.of());
        assertEquals(List.of(), plan.groups(), "normal variation calls for no exercise");
    }
}
