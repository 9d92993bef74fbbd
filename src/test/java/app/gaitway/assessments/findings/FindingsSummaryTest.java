package app.gaitway.assessments.findings;

import app.gaitway.assessments.AssessmentValues;
import app.gaitway.assessments.GaitSign;
import app.gaitway.assessments.Motion;
import app.gaitway.assessments.MuscleGroup;
import app.gaitway.assessments.Side;
import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Section;
import app.gaitway.assessments.findings.Finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.gaitway.assessments.GaitSign.KNEE_VALGUS;
import static app.gaitway.assessments.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.Motion.KNEE_FLEXION;
import static app.gaitway.assessments.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.assessments.MuscleGroup.HIP_EXTERNAL_ROTATORS;
import static app.gaitway.assessments.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.assessments.Side.LEFT;
import static app.gaitway.assessments.Side.RIGHT;
import static app.gaitway.assessments.findings.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsSummaryTest {

    private static List<String> texts(AssessmentValues current, AssessmentValues previous) {
        return FindingsSummary.of(current, previous).stream().map(Finding::text).toList();
    }

    private static List<String> texts(AssessmentBuilder current) {
        return texts(current.build(), null);
    }

    private static Finding only(AssessmentBuilder current) {
        List<Finding> findings = FindingsSummary.of(current.build(), null);
        assertEquals(1, findings.size(), () -> findings.stream().map(Finding::text).toList().toString());
        return findings.get(0);
    }

    /** A runner with right knee pain on stairs and a weak right hip, seen again six weeks after the first visit. */
    private static final AssessmentValues FIRST_VISIT = assessment().pain(7, 2, 9).lefsTotal(48).build();

    private static final AssessmentValues KNEE_PAIN_RIGHT_HIP_WEAKNESS = assessment()
            .set("subjective.complaint", "Right knee pain going down stairs and after running")
            .pain(6, null, 8)
            .lefsTotal(58)
            .grades(HIP_ABDUCTORS, "3+", "5")
            .grades(HIP_EXTENSORS, "4", "5")
            .grades(HIP_EXTERNAL_ROTATORS, "4", "4+")
            .grades(KNEE_EXTENSORS, "5", "5")
            .bodyWeight("72").forceUnit("n")
            .forces(HIP_ABDUCTORS, "123", "150")
            .forces(HIP_EXTENSORS, "190", "200")
            .rom(HIP_EXTENSION, RIGHT, 10, 15).rom(HIP_EXTENSION, LEFT, 25, null)
            .activeRom(HIP_INTERNAL_ROTATION, 30, 45)
            .activeRom(KNEE_FLEXION, 140, 145)
            .activeRom(KNEE_EXTENSION, 0, 0)
            .gait(PELVIC_DROP, RIGHT, "moderate").gait(PELVIC_DROP, LEFT, "none")
            .gait(KNEE_VALGUS, RIGHT, "mild")
            .trendelenburg(RIGHT, "positive").trendelenburg(LEFT, "negative")
            .singleLegSquat(RIGHT, "poor").singleLegSquat(LEFT, "good")
            .stepDown(RIGHT, "arm", "pelvis", "knee2")
            .stepDown(LEFT, "trunk")
            .build();

    @Test
    void kneePainPatientWithRightHipWeakness() {
        assertEquals(List.of(
                "Pain 6/10 now, worst 8/10",
                "LEFS 58/80 (72.5% of maximal function), up 10 points from 48/80: clinically important change",
                "Hip abduction: right 3+/5, left 5/5",
                "Hip abduction force: right 82% of left (right 17.4%, left 21.2% of body weight)",
                "Hip extension: right 4/5, left 5/5",
                "Hip external rotation: right 4/5, left 4+/5",
                "Hip extension right 10\u00B0 active, 15\u00B0 passive (norm 20\u201330\u00B0)",
                "Hip internal rotation right 30\u00B0 (norm 45\u00B0)",
                "Pelvic drop (right stance): moderate",
                "Dynamic knee valgus (right stance): mild",
                "Trendelenburg sign positive (right stance)",
                "Single-leg squat (right): poor",
                "Lateral step-down (right): 4/6, poor (arm strategy, pelvis not level, knee medial to the foot)"),
                texts(KNEE_PAIN_RIGHT_HIP_WEAKNESS, FIRST_VISIT));
    }

    @Test
    void kneePainPatientFindingsSayWhatTheyAreAbout() {
        List<Finding> findings = FindingsSummary.of(KNEE_PAIN_RIGHT_HIP_WEAKNESS, FIRST_VISIT);
        assertEquals(List.of(Section.PAIN, Section.LEFS, Section.STRENGTH, Section.STRENGTH, Section.STRENGTH,
                Section.STRENGTH, Section.ROM, Section.ROM, Section.GAIT, Section.GAIT, Section.GAIT, Section.GAIT,
                Section.GAIT), findings.stream().map(Finding::section).toList());
        assertEquals(List.of(Kind.PAIN, Kind.LEFS, Kind.STRENGTH_GRADE, Kind.FORCE_SYMMETRY, Kind.STRENGTH_GRADE,
                Kind.STRENGTH_GRADE, Kind.ROM_BELOW_NORM, Kind.ROM_BELOW_NORM, Kind.GAIT_SIGN, Kind.GAIT_SIGN,
                Kind.TRENDELENBURG, Kind.SINGLE_LEG_SQUAT, Kind.STEP_DOWN), findings.stream().map(Finding::kind).toList());
        assertEquals(List.of(Severity.FLAG, Severity.NOTE, Severity.FLAG, Severity.FLAG, Severity.FLAG, Severity.FLAG,
                Severity.FLAG, Severity.FLAG, Severity.FLAG, Severity.NOTE, Severity.FLAG, Severity.FLAG, Severity.FLAG),
                findings.stream().map(Finding::severity).toList());
        assertTrue(findings.subList(2, findings.size()).stream().allMatch(f -> f.side() == RIGHT), "all on the right");

        Finding abduction = findings.get(3);
        assertEquals(HIP_ABDUCTORS, abduction.muscleGroup());
        assertEquals("findings.strength.symmetryBodyWeight", abduction.key());
        assertEquals(82.0, abduction.args().get(2));
        assertEquals(HIP_EXTENSION, findings.get(6).motion());
        assertEquals(PELVIC_DROP, findings.get(8).sign());
    }

    @Test
    void normalResultsGiveNoFindings() {
        AssessmentBuilder normal = assessment()
                .grades(HIP_ABDUCTORS, "5", "5").forces(HIP_ABDUCTORS, "150", "140")
                .activeRom(HIP_EXTENSION, 20, 30).activeRom(KNEE_EXTENSION, 0, 5).activeRom(KNEE_FLEXION, 135, 150)
                .gait(PELVIC_DROP, RIGHT, "none").gait(KNEE_VALGUS, LEFT, "none")
                .trendelenburg(RIGHT, "negative").trendelenburg(LEFT, "negative")
                .singleLegSquat(RIGHT, "good").singleLegSquat(LEFT, "good")
                .stepDown(RIGHT, "arm").stepDown(LEFT);
        assertEquals(List.of(), texts(normal));
        assertEquals(List.of(), texts(AssessmentValues.empty(), null));
    }

    @Test
    void painAndLefsAreReportedEvenWhenGood() {
        assertEquals(List.of("Pain 0/10 now, best 0/10, worst 1/10", "LEFS 80/80 (100% of maximal function)"),
                texts(assessment().pain(0, 0, 1).lefsTotal(80)));
    }

    @Test
    void painIsFlaggedFromSevenOutOfTen() {
        assertEquals(Severity.NOTE, only(assessment().pain(3, 1, 6)).severity());
        assertEquals(Severity.FLAG, only(assessment().pain(null, null, 7)).severity());
        assertEquals("Pain best 2/10", only(assessment().pain(null, 2, null)).text());
    }

    @Test
    void lefsChangeDownIsClinicallyImportantToo() {
        Finding f = FindingsSummary.of(assessment().lefsTotal(40).build(), assessment().lefsTotal(49).build()).get(0);
        assertEquals("LEFS 40/80 (50% of maximal function), down 9 points from 49/80: clinically important change", f.text());
        assertEquals(Severity.FLAG, f.severity());
    }

    @Test
    void lefsChangeBelowNinePointsIsJustReported() {
        assertEquals(List.of("LEFS 48/80 (60% of maximal function), up 8 points from 40/80"),
                texts(assessment().lefsTotal(48).build(), assessment().lefsTotal(40).build()));
        assertEquals(List.of("LEFS 39/80 (48.8% of maximal function), down 1 point from 40/80"),
                texts(assessment().lefsTotal(39).build(), assessment().lefsTotal(40).build()));
        assertEquals(List.of("LEFS 40/80 (50% of maximal function), unchanged from 40/80"),
                texts(assessment().lefsTotal(40).build(), assessment().lefsTotal(40).build()));
    }

    @Test
    void lefsWithoutAComparablePreviousScore() {
        AssessmentValues incompleteBefore = assessment().lefs(4, 4, 4).build();
        assertEquals(List.of("LEFS 40/80 (50% of maximal function)"), texts(assessment().lefsTotal(40).build(), incompleteBefore));
        assertEquals(List.of("LEFS 40/80 (50% of maximal function)"), texts(assessment().lefsTotal(40).build(), AssessmentValues.empty()));
    }

    @Test
    void anIncompleteLefsSaysHowManyItemsWereAnswered() {
        Finding f = only(assessment().lefs(4, 3, 3, 2, 2, 1, 4, 4, 4, 3, 3, 3, 2, 2, 1));
        assertEquals("LEFS incomplete: 15 of 20 items answered", f.text());
        assertEquals(Severity.NOTE, f.severity());
    }

    @Test
    void weakerLeftSideAndGradesOfOneSideOnly() {
        Finding left = only(assessment().grades(HIP_ABDUCTORS, "5", "4-"));
        assertEquals("Hip abduction: right 5/5, left 4\u2212/5", left.text());
        assertEquals(LEFT, left.side());

        Finding oneSide = only(assessment().set("strength.knee_flexors.right.grade", "4"));
        assertEquals("Knee flexion: right 4/5", oneSide.text());
        assertEquals(RIGHT, oneSide.side());
    }

    @Test
    void equalWeaknessHasNoWeakerSide() {
        Finding f = only(assessment().grades(HIP_EXTENSORS, "4", "4"));
        assertEquals("Hip extension: right 4/5, left 4/5", f.text());
        assertNull(f.side());
    }

    @Test
    void forceAsymmetryWithoutBodyWeight() {
        Finding f = only(assessment().forces(HIP_EXTENSORS, "30", "22.5"));
        assertEquals("Hip extension force: left 75% of right", f.text());
        assertEquals(LEFT, f.side());
    }

    @Test
    void forceSymmetryOfNinetyPercentOrMoreIsNormal() {
        assertEquals(List.of(), texts(assessment().forces(HIP_ABDUCTORS, "90", "100")));
        assertEquals(List.of("Hip abduction force: right 89.9% of left"), texts(assessment().forces(HIP_ABDUCTORS, "89.9", "100")));
        assertEquals(List.of(), texts(assessment().set("strength.hip_abductors.right.force", "50")));
    }

    @Test
    void romBelowNorm() {
        assertEquals(List.of("Knee extension right \u221210\u00B0 (norm 0\u00B0)"),
                texts(assessment().activeRom(KNEE_EXTENSION, -10, 0)));
        assertEquals(List.of("Hip extension left 5\u00B0 passive (norm 20\u201330\u00B0)"),
                texts(assessment().rom(HIP_EXTENSION, LEFT, null, 5)));
        assertEquals(List.of(), texts(assessment().rom(HIP_EXTENSION, LEFT, 20, 15)), "the active value decides");
        assertEquals(List.of("Knee flexion right 134\u00B0 (norm 135\u2013150\u00B0)", "Knee flexion left 120\u00B0 (norm 135\u2013150\u00B0)"),
                texts(assessment().activeRom(KNEE_FLEXION, 134, 120)));
    }

    @Test
    void gaitSignsOnTheStanceSideWithTheirSeverity() {
        List<Finding> findings = FindingsSummary.of(assessment()
                .gait(GaitSign.TRUNK_LEAN, LEFT, "marked")
                .gait(PELVIC_DROP, LEFT, "mild")
                .gait(GaitSign.HIP_SWING, RIGHT, "moderate")
                .gait(GaitSign.FOOT_PRONATION, RIGHT, "mild").build(), null);
        assertEquals(List.of("Pelvic drop (left stance): mild", "Hip swing (right stance): moderate",
                "Trunk lean (left stance): marked", "Foot pronation (right stance): mild"),
                findings.stream().map(Finding::text).toList());
        assertEquals(List.of(Severity.NOTE, Severity.FLAG, Severity.FLAG, Severity.NOTE),
                findings.stream().map(Finding::severity).toList());
        assertEquals(List.of(LEFT, RIGHT, LEFT, RIGHT), findings.stream().map(Finding::side).toList());
    }

    @Test
    void movementTests() {
        assertEquals(List.of("Trendelenburg sign positive (left stance)", "Single-leg squat (left): fair",
                        "Lateral step-down (left): 2/6, moderate (trunk lean, knee medial to the second toe)"),
                texts(assessment().trendelenburg(LEFT, "positive").singleLegSquat(LEFT, "fair").stepDown(LEFT, "trunk", "knee1")));
        assertEquals(Severity.NOTE, only(assessment().singleLegSquat(RIGHT, "fair")).severity());
        assertEquals(Severity.NOTE, only(assessment().stepDown(RIGHT, "unsteady", "arm", "trunk")).severity());
        assertEquals("Lateral step-down (right): 3/6, moderate (arm strategy, trunk lean, unsteady)",
                only(assessment().stepDown(RIGHT, "unsteady", "arm", "trunk")).text());
    }

    @Test
    void needsAnAssessment() {
        assertThrows(IllegalArgumentException.class, () -> FindingsSummary.of(null, null));
    }
}
