package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.library.ShippedLibrary;
import app.gaitway.programs.suggestions.SuggestionPlan.ExerciseFacts;
import app.gaitway.programs.suggestions.SuggestionPlan.Group;
import app.gaitway.shared.web.Messages;
import app.gaitway.testdata.AssessmentBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.Motion.HIP_ADDUCTION;
import static app.gaitway.assessments.record.Motion.HIP_FLEXION;
import static app.gaitway.assessments.record.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ADDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.assessments.record.Side.RIGHT;
import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionPlanTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Messages MESSAGES = new Messages();
    private static final Map<String, ExerciseContent> LIBRARY = new HashMap<>();
    private static final Map<String, ExerciseFacts> FACTS = new HashMap<>();

    static {
        for (ExerciseContent e : ShippedLibrary.load().exercises()) {
            LIBRARY.put(e.slug(), e);
            FACTS.put(
                    e.slug(), new ExerciseFacts(e.slug(), e.loads(), e.dosage().isHold()));
        }
    }

    private static SuggestionPlan plan(AssessmentBuilder a) {
        AssessmentValues values = a.build();
        return SuggestionPlan.of(values, PatientContext.adult(), SafetyScreen.of(values), TODAY, FACTS, MESSAGES);
    }

    private static AssessmentBuilder posteriorHip(int weeksAgo) {
        return assessment()
                .set("screen.hip_replacement.approach", "posterior")
                .set("screen.hip_replacement.side", "right")
                .set("screen.hip_replacement.date", TODAY.minusWeeks(weeksAgo).toString());
    }

    private static Group group(SuggestionPlan plan, Focus focus) {
        return plan.groups().stream()
                .filter(g -> g.focus() == focus)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + focus + " in " + plan.groups()));
    }

    @Test
    void aPosteriorHipReplacementNeverGetsDeepFlexionOrAdductionSuggested() {
        // Everything that could ask for the risky movements: short range in flexion, rotation and adduction, weak
        // adductors, weak abductors, knee pain.
        SuggestionPlan plan = plan(posteriorHip(6)
                .grades(HIP_ABDUCTORS, "3", "4")
                .grades(HIP_ADDUCTORS, "3", "5")
                .grades(KNEE_EXTENSORS, "4-", "5")
                .activeRom(HIP_FLEXION, 80, 120)
                .activeRom(HIP_INTERNAL_ROTATION, 10, 35)
                .activeRom(HIP_ADDUCTION, 5, 30)
                .set("subjective.complaint", "Knee pain after the hip operation"));
        assertFalse(plan.pickedSlugs().isEmpty(), "still some work to offer");
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
        assertTrue(
                plan.withheldSlugs().contains("side-lying-hip-adduction"),
                plan.withheldSlugs().toString());
    }

    @Test
    void aWithheldExerciseSaysWhichPrecautionAndWhy() {
        SuggestionPlan plan = plan(posteriorHip(6).activeRom(HIP_FLEXION, 80, 120));
        Group mobility = group(plan, Focus.MOBILITY);
        assertEquals(List.of(), mobility.picks());
        assertEquals(
                "Not suggested: hip replacement (posterior approach, right, 6 weeks): bends the hip past 90\u00b0",
                mobility.withheld().get(0).reason());
    }

    @Test
    void afterTwelveWeeksTheHipPrecautionNoLongerWithholds() {
        SuggestionPlan plan = plan(posteriorHip(13).activeRom(HIP_FLEXION, 80, 120));
        assertEquals(List.of("knee-to-chest-stretch"), plan.pickedSlugs());
    }

    @Test
    void aDynamometerOnlyDeficitGetsAbductorWork() {
        SuggestionPlan plan = plan(assessment().grades(HIP_ABDUCTORS, "5", "5").forces(HIP_ABDUCTORS, "160", "200"));
        Group abductors = group(plan, Focus.HIP_ABDUCTORS);
        assertTrue(
                abductors.picks().stream()
                        .anyMatch(p ->
                                LIBRARY.get(p.slug()).targets().get(0).name().equals("GLUTEUS_MEDIUS_MINIMUS")),
                abductors.picks().toString());
        assertTrue(
                abductors.reasons().get(0).contains("80"), abductors.reasons().toString());
    }

    @Test
    void aGradeTwoAbductorGetsGravityEliminatedWork() {
        Group abductors = group(plan(assessment().grades(HIP_ABDUCTORS, "2", "4")), Focus.HIP_ABDUCTORS);
        assertEquals("supine-hip-abduction-slide", abductors.top().orElseThrow().slug());
        assertTrue(
                abductors.top().get().why().contains("gravity out of the way"),
                abductors.top().get().why());
    }

    @Test
    void bothSidesOfAMuscleAreOneGroup() {
        SuggestionPlan plan =
                plan(assessment().grades(HIP_ABDUCTORS, "3+", "4+").gait(PELVIC_DROP, RIGHT, "moderate"));
        assertEquals(
                1,
                plan.groups().stream()
                        .filter(g -> g.focus() == Focus.HIP_ABDUCTORS)
                        .count());
        Group abductors = group(plan, Focus.HIP_ABDUCTORS);
        assertEquals(
                abductors.picks().size(),
                abductors.picks().stream()
                        .map(SuggestionPlan.Pick::slug)
                        .distinct()
                        .count(),
                "no exercise listed twice");
        assertTrue(
                abductors.reasons().stream().anyMatch(r -> r.contains("right 3+/5") && r.contains("left 4+/5")),
                abductors.reasons().toString());
    }

    @Test
    void anExerciseSeveralFindingsAskForRanksFirst() {
        // Pelvic drop and a Trendelenburg sign both ask for the pelvic drop exercise; the abductor grade does not.
        Group abductors = group(
                plan(assessment()
                        .grades(HIP_ABDUCTORS, "4", "5")
                        .gait(PELVIC_DROP, RIGHT, "moderate")
                        .trendelenburg(RIGHT, "positive")),
                Focus.HIP_ABDUCTORS);
        assertEquals("pelvic-drop", abductors.top().orElseThrow().slug());
    }

    @Test
    void kneePainGetsHipAndKneeWorkEvenWithFullQuadriceps() {
        SuggestionPlan plan = plan(assessment()
                .set("subjective.complaint", "Pain around the kneecap on stairs")
                .grades(KNEE_EXTENSORS, "5", "5"));
        Group knee = group(plan, Focus.KNEE_PAIN);
        List<String> targets = knee.picks().stream()
                .map(p -> LIBRARY.get(p.slug()).targets().get(0).name())
                .toList();
        assertTrue(targets.contains("QUADRICEPS"), targets.toString());
        assertTrue(
                targets.contains("GLUTEUS_MEDIUS_MINIMUS") || targets.contains("GLUTEUS_MAXIMUS"), targets.toString());
    }

    @Test
    void kneePainDoesNotRepeatHipWorkAnotherGroupAlreadyOffers() {
        SuggestionPlan plan = plan(assessment()
                .set("subjective.pain_location", "front of the right knee")
                .grades(HIP_ABDUCTORS, "3", "5"));
        Group knee = group(plan, Focus.KNEE_PAIN);
        assertTrue(
                knee.picks().stream().noneMatch(p -> p.slug().equals("clamshell")),
                knee.picks().toString());
    }

    @Test
    void highPainLowersTheDoseAndPutsHoldsFirst() {
        SuggestionPlan calm = plan(assessment().pain(3, 1, 5).set("subjective.complaint", "knee pain"));
        assertFalse(calm.dose().lowersDose());
        assertTrue(calm.doseNote().isEmpty());
        SuggestionPlan sore = plan(assessment().pain(8, 5, 9).set("subjective.complaint", "knee pain"));
        assertTrue(sore.dose().lowersDose());
        assertEquals(
                "Pain 8/10 now: start low. Fewer sets, effort up to 5/10, holds first.",
                sore.doseNote().orElseThrow());
        assertEquals(
                "quad-set", group(sore, Focus.KNEE_PAIN).top().orElseThrow().slug());
    }

    @Test
    void withHighPainAHoldNeverJumpsAheadOfTheEasierLevelAWeakerSideNeeds() {
        Group abductors =
                group(plan(assessment().grades(HIP_ABDUCTORS, "2", "4").pain(8, 4, 9)), Focus.HIP_ABDUCTORS);
        assertEquals("supine-hip-abduction-slide", abductors.top().orElseThrow().slug());
        assertTrue(
                abductors.picks().stream().anyMatch(p -> p.slug().equals("side-plank-from-knees")),
                "the left side's level follows");
    }

    @Test
    void anIrritablePainLowersTheDoseToo() {
        assertTrue(plan(assessment().set("subjective.irritable", "true")).dose().lowersDose());
    }

    @Test
    void aLoweredDoseHasFewerSetsLighterEffortAndSaysWhy() {
        var usual = app.gaitway.programs.dosage.DefaultDosage.of(
                LIBRARY.get("clamshell").dosage(), LIBRARY.get("clamshell").equipment());
        var low = DoseAdvice.lower(usual, "Started low for pain");
        assertEquals(usual.sets() - 1, low.sets());
        assertTrue(low.effortMax() <= 5);
        assertEquals("Started low for pain", low.note());
        assertEquals(1, DoseAdvice.lower(low, "x").sets(), "never below one set");
    }

    @Test
    void recentSurgeryRemindsToFollowTheSurgeon() {
        SuggestionPlan plan = plan(assessment().set("screen.recent_surgery", "knee arthroscopy, 2 weeks ago"));
        assertEquals(
                List.of("Follow the surgeon\u2019s protocol: recent surgery: knee arthroscopy, 2 weeks ago"),
                plan.reminders());
    }

    @Test
    void aNormalAssessmentSuggestsNothing() {
        assertEquals(
                List.of(),
                plan(assessment().grades(HIP_ABDUCTORS, "5", "5").pain(1, 0, 2)).groups());
    }
}
