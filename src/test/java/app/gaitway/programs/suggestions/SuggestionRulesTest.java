package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.programs.suggestions.LibraryOnClasspath.Exercise;
import app.gaitway.testdata.AssessmentBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static app.gaitway.assessments.record.GaitSign.HIP_SWING;
import static app.gaitway.assessments.record.GaitSign.KNEE_VALGUS;
import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.GaitSign.TRUNK_LEAN;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTERNAL_ROTATORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.assessments.record.Side.LEFT;
import static app.gaitway.assessments.record.Side.RIGHT;
import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionRulesTest {

    /** "reason → slug, slug" for each suggestion, so a failure shows the whole list. */
    private static List<String> offered(AssessmentBuilder assessment) {
        return SuggestionRules.suggest(assessment.build()).stream()
                .map(s -> s.reasonText() + " → " + String.join(", ", s.exerciseSlugs()))
                .toList();
    }

    private static Suggestion only(AssessmentBuilder assessment) {
        List<Suggestion> suggestions = SuggestionRules.suggest(assessment.build());
        assertEquals(1, suggestions.size(), () -> offered(assessment).toString());
        return suggestions.get(0);
    }

    private static List<Exercise> exercisesOf(List<Suggestion> suggestions) {
        return suggestions.stream()
                .flatMap(s -> s.exerciseSlugs().stream())
                .distinct()
                .map(LibraryOnClasspath::exercise)
                .toList();
    }

    @Test
    void weakRightHipAbductorsAtThreePlusGetLyingWorkThenTheFirstBandedStep() {
        Suggestion s = only(assessment().grades(HIP_ABDUCTORS, "3+", "5"));
        assertEquals("hip-abductors-first-band", s.ruleId());
        assertEquals("Hip abduction: right 3+/5", s.reasonText());
        assertEquals(List.of("side-lying-hip-abduction", "clamshell", "banded-side-step"), s.exerciseSlugs());
    }

    @Test
    void hipAbductorsAtThreeMinusOrThreeGetLyingWorkWithoutABand() {
        for (String grade : List.of("3-", "3")) {
            Suggestion s = only(assessment().grades(HIP_ABDUCTORS, "5", grade));
            assertEquals("Hip abduction: left " + MmtGrade.parse(grade).orElseThrow() + "/5", s.reasonText());
            assertEquals(List.of("clamshell", "side-lying-hip-abduction"), s.exerciseSlugs());
            for (Exercise e : exercisesOf(List.of(s))) {
                assertFalse(e.banded() || e.standing(), grade + " offers banded or standing work: " + e.slug());
            }
        }
    }

    @Test
    void aGradeTwoAbductorGetsGravityEliminatedWorkOnly() {
        for (String grade : List.of("2-", "2", "2+")) {
            Suggestion s = only(assessment().grades(HIP_ABDUCTORS, "5", grade));
            assertEquals("hip-abductors-gravity-eliminated", s.ruleId());
            assertEquals(List.of("supine-hip-abduction-slide"), s.exerciseSlugs());
            for (Exercise e : exercisesOf(List.of(s))) {
                assertEquals("on_back", e.position(), "lying on the back, the leg slides along the mat: " + e.slug());
            }
        }
    }

    @Test
    void gradeTwoKneeExtensorsAndHipFlexorsGetWorkWithoutLiftingTheLeg() {
        assertEquals(
                List.of("quad-set", "heel-slide"),
                only(assessment().grades(KNEE_EXTENSORS, "2", "5")).exerciseSlugs());
        assertEquals(
                List.of("heel-slide"),
                only(assessment().grades(MuscleGroup.HIP_FLEXORS, "2+", "5")).exerciseSlugs());
    }

    @Test
    void aDynamometerOnlyDeficitGetsLoadedAbductorWork() {
        // 5/5 both sides by hand, right 80 % of left on the dynamometer.
        Suggestion s = only(assessment().grades(HIP_ABDUCTORS, "5", "5").forces(HIP_ABDUCTORS, "160", "200"));
        assertEquals("hip-abductors-banded", s.ruleId());
        assertTrue(s.reasonText().contains("80"), s.reasonText());
    }

    @Test
    void aDynamometerDeficitOnAGradedWeakSideIsNotOfferedTwice() {
        List<Suggestion> all = SuggestionRules.suggest(assessment()
                .grades(HIP_ABDUCTORS, "3+", "5")
                .forces(HIP_ABDUCTORS, "120", "200")
                .build());
        assertEquals(
                List.of("hip-abductors-first-band"),
                all.stream().map(Suggestion::ruleId).toList());
    }

    @Test
    void hipAbductorsAtFourGetBandedAndSingleLegWork() {
        // 4+/5 or 5−/5 against 5/5 is a note in the findings (FindingRules), so only 4/5 and below suggest
        for (String grade : List.of("4-", "4")) {
            Suggestion s = only(assessment().grades(HIP_ABDUCTORS, grade, "5"));
            assertEquals("hip-abductors-banded", s.ruleId());
            assertEquals(
                    List.of("banded-side-step", "monster-walk", "lateral-step-down", "side-plank-from-knees"),
                    s.exerciseSlugs());
        }
    }

    @Test
    void aMuscleThatCannotMoveTheLimbAgainstGravityOutOfTheWayGetsNoHomeExercise() {
        assertEquals(List.of(), offered(assessment().grades(HIP_ABDUCTORS, "1", "5")));
        assertEquals(List.of(), offered(assessment().grades(HIP_ABDUCTORS, "0", "1+")));
    }

    @Test
    void bothSidesAreSuggestedEachNamingItsSideWeakerFirst() {
        assertEquals(
                List.of(
                        "Hip abduction: left 3/5 → clamshell, side-lying-hip-abduction",
                        "Hip abduction: right 4/5 → banded-side-step, monster-walk, lateral-step-down, side-plank-from-knees"),
                offered(assessment().grades(HIP_ABDUCTORS, "4", "3")));
        assertEquals(
                List.of(
                        "Hip abduction: right 3+/5 → side-lying-hip-abduction, clamshell, banded-side-step",
                        "Hip abduction: left 3+/5 → side-lying-hip-abduction, clamshell, banded-side-step"),
                offered(assessment().grades(HIP_ABDUCTORS, "3+", "3+")));
    }

    @Test
    void eachGradeOfEachMuscleGroupIsAnsweredAtMostOnce() {
        for (MuscleGroup group : MuscleGroup.values()) {
            for (int base = 0; base <= 5; base++) {
                for (int modifier = -1; modifier <= 1; modifier++) {
                    if ((base == 0 && modifier < 0) || (base == 5 && modifier >= 0)) {
                        continue;
                    }
                    String grade = new MmtGrade(base, modifier).toString();
                    List<Suggestion> suggestions = SuggestionRules.suggest(
                            assessment().grades(group, grade, "5").build());
                    assertTrue(suggestions.size() <= 1, group + " " + grade + " suggested twice");
                }
            }
        }
    }

    @Test
    void pelvicDropInStanceGetsThePelvicDropExerciseAndSingleLegBalance() {
        Suggestion s = only(assessment().gait(PELVIC_DROP, RIGHT, "moderate").gait(PELVIC_DROP, LEFT, "none"));
        assertEquals("pelvic-drop", s.ruleId());
        assertEquals("Pelvic drop (right stance): moderate", s.reasonText());
        assertEquals(List.of("pelvic-drop", "single-leg-balance"), s.exerciseSlugs());
        assertEquals(
                "Pelvic drop (left stance): marked",
                only(assessment().gait(PELVIC_DROP, LEFT, "marked")).reasonText());
    }

    @Test
    void mildSignsAndAFairSquatAreNotesAndSuggestNothing() {
        assertEquals(
                List.of(),
                offered(assessment()
                        .gait(PELVIC_DROP, RIGHT, "mild")
                        .gait(KNEE_VALGUS, LEFT, "mild")
                        .singleLegSquat(RIGHT, "fair")
                        .stepDown(RIGHT, "arm")));
    }

    @Test
    void hipExtensionBelowTheNormGetsTheHipFlexorStretch() {
        Suggestion s = only(assessment().rom(HIP_EXTENSION, RIGHT, 10, null).rom(HIP_EXTENSION, LEFT, 25, null));
        assertEquals("hip-extension-range", s.ruleId());
        assertEquals("Hip extension: right 10°, left 25° (15° less on the right)", s.reasonText());
        assertEquals("hip-flexor-stretch", s.exerciseSlugs().get(0));
    }

    @Test
    void aPassiveRangeBelowTheNormCountsWhenNoActiveWasMeasured() {
        Suggestion s = only(assessment().rom(HIP_EXTENSION, LEFT, null, 2));
        assertEquals("Hip extension: left 2° passive (lower limit 3°)", s.reasonText());
        assertEquals(List.of(), offered(assessment().rom(HIP_EXTENSION, LEFT, 20, 15)), "the active value decides");
    }

    @Test
    void dynamicKneeValgusGetsAbductorAndExternalRotatorWorkPlusBalance() {
        Suggestion s = only(assessment().gait(KNEE_VALGUS, LEFT, "moderate"));
        assertEquals("Dynamic knee valgus (left stance): moderate", s.reasonText());
        List<Exercise> offered = exercisesOf(List.of(s));
        assertTrue(
                offered.stream().anyMatch(e -> e.targets().get(0).equals("gluteus_medius_minimus")), "abductor work");
        assertTrue(offered.stream().anyMatch(e -> e.targets().contains("external_rotators")), "external rotator work");
        assertTrue(offered.stream().anyMatch(e -> e.category().equals("balance")), "balance");
    }

    @Test
    void movementTestsOutsideNormalAreAnsweredOnTheSideTested() {
        assertEquals(
                List.of(
                        "Trendelenburg sign positive (left stance) → pelvic-drop, single-leg-balance, side-lying-hip-abduction",
                        "Lateral step-down (right): 4/6, poor (arm strategy, pelvis not level, knee medial to the foot) "
                                + "→ pelvic-drop, lateral-step-down, single-leg-balance",
                        "Single-leg squat (right): poor → mini-squat, step-up, single-leg-balance"),
                offered(assessment()
                        .trendelenburg(RIGHT, "negative")
                        .trendelenburg(LEFT, "positive")
                        .singleLegSquat(RIGHT, "poor")
                        .singleLegSquat(LEFT, "good")
                        .stepDown(RIGHT, "arm", "pelvis", "knee2")
                        .stepDown(LEFT)));
    }

    @Test
    void anEmptyAssessmentSuggestsNothing() {
        assertEquals(List.of(), SuggestionRules.suggest(AssessmentValues.empty()));
    }

    @Test
    void aNormalAssessmentSuggestsNothing() {
        AssessmentBuilder normal = assessment()
                .set("subjective.complaint", "Check-up before a half marathon")
                .set("subjective.pain_now", "0")
                .set("subjective.pain_worst", "2");
        for (MuscleGroup group : MuscleGroup.values()) {
            normal.grades(group, "5", "5");
        }
        for (Motion motion : Motion.values()) {
            // a little above the lower limit of normal, the sides 5° apart (hip adduction has no limit: a usual 25°)
            int usual = RomNorms.lowerLimit(motion, null).orElse(20) + 5;
            normal.rom(motion, RIGHT, usual, usual + 5).rom(motion, LEFT, usual + 5, null);
        }
        for (Side side : Side.values()) {
            normal.gait(PELVIC_DROP, side, "none")
                    .gait(KNEE_VALGUS, side, "none")
                    .gait(HIP_SWING, side, "none")
                    .trendelenburg(side, "negative")
                    .singleLegSquat(side, "good")
                    .stepDown(side, "arm");
        }
        assertEquals(List.of(), offered(normal));
    }

    /** A runner with right knee pain: the whole picture, to check the order and that nothing comes twice. */
    private static final AssessmentBuilder RUNNER_WITH_WEAK_RIGHT_HIP = assessment()
            .set("subjective.pain_now", "5")
            .grades(HIP_ABDUCTORS, "3", "4")
            .grades(HIP_EXTENSORS, "4-", "5")
            .grades(HIP_EXTERNAL_ROTATORS, "3", "4+")
            .rom(HIP_EXTENSION, RIGHT, 10, null)
            .rom(HIP_EXTENSION, LEFT, 12, null)
            .gait(PELVIC_DROP, RIGHT, "moderate")
            .gait(KNEE_VALGUS, RIGHT, "marked")
            .gait(TRUNK_LEAN, RIGHT, "mild")
            .trendelenburg(RIGHT, "positive")
            .singleLegSquat(RIGHT, "poor");

    @Test
    void theMostImportantComeFirstHipAbductorsThenStanceControlThenOtherMusclesThenStretches() {
        assertEquals(
                List.of(
                        "Hip abduction: right 3/5 → clamshell, side-lying-hip-abduction",
                        "Hip abduction: left 4/5 → banded-side-step, monster-walk, lateral-step-down, side-plank-from-knees",
                        "Trendelenburg sign positive (right stance) → pelvic-drop, single-leg-balance, side-lying-hip-abduction",
                        "Pelvic drop (right stance): moderate → pelvic-drop, single-leg-balance",
                        "Dynamic knee valgus (right stance): marked → clamshell, side-lying-hip-abduction, single-leg-balance",
                        "Single-leg squat (right): poor → mini-squat, step-up, single-leg-balance",
                        "Hip extension: right 4−/5 → banded-hip-bridge, single-leg-bridge, hip-thrust",
                        "Hip external rotation: right 3/5 → clamshell, fire-hydrant",
                        "Hip external rotation: left 4+/5 → banded-clamshell, banded-seated-abduction"),
                offered(RUNNER_WITH_WEAK_RIGHT_HIP));
    }

    @Test
    void noFindingIsSuggestedTwice() {
        List<Suggestion> suggestions = SuggestionRules.suggest(RUNNER_WITH_WEAK_RIGHT_HIP.build());
        Set<Object> reasons = new HashSet<>();
        for (Suggestion s : suggestions) {
            assertTrue(reasons.add(s.reason()), "suggested twice: " + s.reasonText());
        }
    }

    @Test
    void bandedWorkIsOfferedOnlyOnAGradeOfThreePlusOrMore() {
        // every movement finding at once, with every hip muscle at 3/5
        AssessmentBuilder weak = assessment()
                .grades(HIP_ABDUCTORS, "3", "3")
                .grades(HIP_EXTENSORS, "3", "3")
                .grades(HIP_EXTERNAL_ROTATORS, "3", "3")
                .grades(KNEE_EXTENSORS, "3", "3")
                .trendelenburg(RIGHT, "positive")
                .singleLegSquat(RIGHT, "poor")
                .stepDown(RIGHT, "arm", "trunk", "knee2");
        for (GaitSign sign : GaitSign.values()) {
            weak.gait(sign, RIGHT, "marked");
        }
        List<Exercise> offered = exercisesOf(SuggestionRules.suggest(weak.build()));
        assertFalse(offered.isEmpty());
        List<String> banded =
                offered.stream().filter(Exercise::banded).map(Exercise::slug).toList();
        assertEquals(List.of(), banded);
    }

    @Test
    void everySlugInTheTableIsAnExerciseOfTheLibrary() {
        Set<String> library = new HashSet<>(LibraryOnClasspath.slugs());
        assertTrue(library.size() >= 45, "the library was found: " + library.size());
        List<String> missing = new ArrayList<>();
        for (SuggestionRule row : SuggestionRules.table()) {
            row.exerciseSlugs().stream()
                    .filter(slug -> !library.contains(slug))
                    .forEach(slug -> missing.add(row.id() + ": " + slug));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void strengthRowsOfferNoBandUpToThreeOverFive() {
        MmtGrade three = MmtGrade.parse("3").orElseThrow();
        for (SuggestionRule row : SuggestionRules.table()) {
            if (row.weakest() != null && row.weakest().compareTo(three) <= 0) {
                for (String slug : row.exerciseSlugs()) {
                    assertFalse(LibraryOnClasspath.exercise(slug).banded(), row.id() + " offers a band: " + slug);
                }
            }
        }
    }
}
