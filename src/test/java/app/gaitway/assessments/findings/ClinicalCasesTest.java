package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.testdata.ClinicalCases;
import app.gaitway.testdata.ClinicalCases.ClinicalCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.GaitSign.TRUNK_LEAN;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.Motion.HIP_FLEXION;
import static app.gaitway.assessments.record.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.Side.LEFT;
import static app.gaitway.assessments.record.Side.RIGHT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five clinical cases: what each should flag, what it should not, and what comes first. */
class ClinicalCasesTest {

    private static List<Finding> findings(ClinicalCase c) {
        return FindingsSummary.of(c.values(), null, c.context());
    }

    private static List<Finding> flags(ClinicalCase c) {
        return findings(c).stream().filter(Finding::isFlag).toList();
    }

    private static String listed(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        findings.forEach(f -> s.append("\n  ")
                .append(f.isFlag() ? "⚑ " : "  ")
                .append(f.weight())
                .append(' ')
                .append(f.text()));
        return s.toString();
    }

    @Test
    void patellofemoralRunnerHasFewFlagsWithSymmetryStepDownAndPelvicDropOnTop() {
        ClinicalCase runner = ClinicalCases.patellofemoralRunner();
        List<Finding> all = findings(runner);
        List<Finding> flags = flags(runner);
        String shown = listed(all);
        assertTrue(flags.size() <= 6, "at most 6 flags:" + shown);
        List<Finding> top3 = all.subList(0, 3);
        assertAll(
                "the top 3 are the findings that explain her knee:" + shown,
                () -> assertTrue(
                        top3.stream()
                                .anyMatch(f -> f.kind() == Kind.FORCE_SYMMETRY
                                        && f.muscleGroup() == HIP_ABDUCTORS
                                        && f.side() == RIGHT),
                        "abductor symmetry"),
                () -> assertTrue(
                        top3.stream().anyMatch(f -> f.kind() == Kind.STEP_DOWN && f.side() == RIGHT), "step-down"),
                () -> assertTrue(
                        top3.stream().anyMatch(f -> f.kind() == Kind.GAIT_SIGN && f.sign() == PELVIC_DROP),
                        "pelvic drop"));
        List<String> texts = all.stream().map(Finding::text).toList();
        assertAll(
                "wording and what is not flagged:" + shown,
                () -> assertEquals(
                        "Hip abduction force: right 72% of left (right 19.7%, left 27.4% of body weight)",
                        flags.stream()
                                .filter(f -> f.kind() == Kind.FORCE_SYMMETRY)
                                .findFirst()
                                .orElseThrow()
                                .text()),
                () -> assertTrue(
                        texts.contains(
                                "Lateral step-down (right): 5/6, poor (trunk lean, pelvis not level, knee medial to the foot, unsteady)")),
                () -> assertTrue(texts.contains("Hip extension: both sides 4+/5"), "equal 4+ is one line"),
                () -> assertTrue(texts.contains("Foot pronation (both sides): mild"), "equal signs are one line"),
                () -> assertTrue(
                        all.stream().noneMatch(f -> f.kind() == Kind.ROM_BELOW_NORM),
                        "118° vs 120° is normal variation"),
                () -> assertTrue(flags.stream().noneMatch(f -> f.kind() == Kind.PAIN), "worst 6/10 is not severe"),
                () -> assertTrue(texts.contains("Weight-bearing lunge: right 8.5 cm, left 11 cm"
                        + " (restricted: under 9 cm, 2.5 cm less on the right)")),
                () -> assertTrue(texts.contains("Ober test positive (right)")),
                () -> assertTrue(
                        all.stream().noneMatch(f -> f.kind() == Kind.FADIR || f.kind() == Kind.SINGLE_LEG_STANCE),
                        "negative FADIR and 45 s on each leg say nothing"));
    }

    @Test
    void officeWorkerWithBackPainShowsLeftHipAbductorFailureAndBilateralGluteWeakness() {
        ClinicalCase worker = ClinicalCases.officeWorkerLowBackPain();
        List<Finding> all = findings(worker);
        List<Finding> flags = flags(worker);
        String shown = listed(all);
        List<String> flagged = flags.stream().map(Finding::text).toList();
        assertAll(
                "key findings:" + shown,
                () -> assertEquals(Kind.TRENDELENBURG, flags.get(0).kind(), "a positive Trendelenburg first"),
                () -> assertEquals(LEFT, flags.get(0).side()),
                () -> assertTrue(flagged.contains("Pelvic drop (left stance): moderate")),
                () -> assertTrue(flagged.contains(
                        "Hip abduction force: left 85.3% of right (right 18.2%, left 15.5% of body weight)")),
                () -> assertTrue(flagged.contains("Hip extension: both sides 4/5"), "bilateral weakness, one line"),
                () -> assertTrue(flagged.contains("Hip abduction: right 4+/5, left 4/5")),
                () -> assertTrue(flagged.contains("Pain 4/10 now, best 2/10, worst 7/10"), "worst 7/10 is severe"),
                () -> assertTrue(flagged.contains("Hip extension: right 2°, left 3° (lower limit 4° at 40–59 years)")),
                () -> assertTrue(
                        flagged.contains("Thomas test positive (both sides): short hip flexor (iliopsoas)"),
                        "the Thomas test says which tissue holds the hip extension back"),
                () -> assertTrue(all.stream()
                        .anyMatch(f -> !f.isFlag() && f.text().equals("Single-leg squat (both sides): fair"))),
                () -> assertTrue(
                        all.stream().anyMatch(f -> !f.isFlag() && f.sign() == TRUNK_LEAN), "a mild lean is a note"));
        assertTrue(
                all.indexOf(flags.stream()
                                .filter(f -> f.kind() == Kind.ROM_BELOW_NORM)
                                .findFirst()
                                .orElseThrow())
                        > all.indexOf(flags.stream()
                                .filter(f -> f.kind() == Kind.FORCE_SYMMETRY)
                                .findFirst()
                                .orElseThrow()),
                "a range shortfall comes after the abductor deficit:" + shown);
    }

    @Test
    void olderAdultWithHipOsteoarthritisIsJudgedAgainstHerAgeAndHerOtherHip() {
        ClinicalCase older = ClinicalCases.olderAdultHipOsteoarthritis();
        List<Finding> all = findings(older);
        List<Finding> flags = flags(older);
        String shown = listed(all);
        List<String> flagged = flags.stream().map(Finding::text).toList();
        assertAll(
                "key findings:" + shown,
                () -> assertEquals(
                        "Risk of falling: 30-second chair stand (8 stands); Five times sit to stand (16.2 s);"
                                + " Timed Up and Go (13.4 s); Single-leg stance, eyes open (right 3 s, left 7 s)",
                        flags.get(0).text(),
                        "four tests past their fall-risk cut-offs are one risk, and it comes first"),
                () -> assertEquals(Kind.STEP_DOWN, flags.get(1).kind(), "then the poor step-down (balance)"),
                () -> assertTrue(flagged.contains("FADIR test positive (right): her groin pain")),
                () -> assertTrue(flagged.contains("Thomas test positive (right): short hip flexor (iliopsoas)")),
                () -> assertTrue(
                        all.stream().anyMatch(f -> !f.isFlag() && f.kind() == Kind.GAIT_SPEED),
                        "0.85 m/s is a note: under 1.0, over 0.8"),
                () -> assertTrue(
                        flags.subList(0, 4).stream().anyMatch(f -> f.kind() == Kind.TRENDELENBURG),
                        "Trendelenburg near the top"),
                () -> assertTrue(
                        flagged.contains("Lateral step-down (left): 2/6, moderate (arm strategy, unsteady)"),
                        "the good side is unsteady too"),
                () -> assertTrue(flagged.contains("Hip abduction: right 3+/5, left 4/5")),
                () -> assertTrue(
                        flagged.contains(
                                "Hip internal rotation: right 8°, left 22° (lower limit 16° at 60–74 years; 14° less on the right)")),
                () -> assertTrue(
                        flagged.contains("Hip flexion: right 95°, left 112° (17° less on the right)"),
                        "95° is normal at 72, but 17° less than her other hip"),
                () -> assertTrue(flagged.contains(
                        "Hip extension: right −5°, left 10° (lower limit 1° at 60–74 years; 15° less on the right)")),
                () -> assertTrue(flagged.contains("Pain 5/10 now, best 3/10, worst 8/10")),
                () -> assertTrue(
                        all.stream().noneMatch(f -> f.text().startsWith("Hip external rotation")),
                        "20° vs 28°: within 10°, above 11°"),
                () -> assertTrue(
                        all.stream().noneMatch(f -> f.motion() == KNEE_EXTENSION), "−3° is within 5° of straight"),
                () -> assertTrue(all.stream()
                        .anyMatch(f -> !f.isFlag() && f.text().equals("Knee extension: right 4+/5, left 5/5"))));
        Finding flexion = flags.stream()
                .filter(f -> f.motion() == HIP_FLEXION)
                .findFirst()
                .orElseThrow();
        Finding trendelenburg = flags.stream()
                .filter(f -> f.kind() == Kind.TRENDELENBURG)
                .findFirst()
                .orElseThrow();
        assertTrue(all.indexOf(trendelenburg) < all.indexOf(flexion), "movement before range:" + shown);
    }

    @Test
    void sixWeeksAfterAPosteriorHipReplacementTheOperatedSideLeads() {
        ClinicalCase thr = ClinicalCases.posteriorHipReplacementSixWeeks();
        List<Finding> all = findings(thr);
        List<Finding> flags = flags(thr);
        String shown = listed(all);
        assertAll(
                "key findings:" + shown,
                () -> assertEquals(
                        "Risk of falling: Timed Up and Go (14.5 s)",
                        flags.get(0).text(),
                        "with a stick at six weeks, the fall risk first"),
                () -> assertTrue(
                        flags.stream().filter(f -> !f.sides().isEmpty()).allMatch(f -> f.side() == LEFT),
                        "everything flagged on a side is on the operated side"),
                () -> assertEquals(Kind.TRENDELENBURG, flags.get(1).kind()),
                () -> assertEquals(PELVIC_DROP, flags.get(2).sign()),
                () -> assertTrue(flags.stream().anyMatch(f -> f.text().equals("Hip abduction: right 5/5, left 3+/5"))),
                () -> assertTrue(
                        flags.stream()
                                .anyMatch(
                                        f -> f.text()
                                                .equals(
                                                        "Hip flexion: right 115°, left 85° (lower limit 92° at 60–74 years; 30° less on the left)"))),
                () -> assertTrue(
                        flags.stream().anyMatch(f -> f.text().equals("Knee extension: right 5/5, left 4/5")),
                        "a full grade apart"),
                () -> assertTrue(flags.stream().noneMatch(f -> f.kind() == Kind.PAIN), "pain 4/10 at worst"),
                () -> assertTrue(
                        all.stream().noneMatch(f -> f.motion() == HIP_EXTENSION),
                        "10° vs 15°: within 10°, above the limit"));
    }

    @Test
    void healthyAdultWithNormalVariationGetsNoFlags() {
        ClinicalCase healthy = ClinicalCases.healthyAdult();
        List<Finding> all = findings(healthy);
        String shown = listed(all);
        assertEquals(List.of(), flags(healthy), "no flags:" + shown);
        assertTrue(
                all.stream().noneMatch(f -> f.motion() == HIP_INTERNAL_ROTATION),
                "30° internal rotation is normal:" + shown);
        assertTrue(
                all.stream().anyMatch(f -> f.text().equals("Hip abduction: both sides 4+/5")),
                "4+/5 both sides is a note:" + shown);
    }

    @Test
    void withoutTheAffectedSideTheRunnersSymmetryIsWeakerOverStronger() {
        ClinicalCase runner = ClinicalCases.patellofemoralRunner();
        Finding symmetry = FindingsSummary.of(runner.values(), null, PatientContext.adult()).stream()
                .filter(f -> f.kind() == Kind.FORCE_SYMMETRY)
                .findFirst()
                .orElseThrow();
        assertEquals(RIGHT, symmetry.side());
        assertTrue(symmetry.isFlag());
    }
}
