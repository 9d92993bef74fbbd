package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.testdata.AssessmentBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.gaitway.assessments.record.GaitSign.KNEE_VALGUS;
import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.record.Motion.KNEE_FLEXION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTERNAL_ROTATORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.assessments.record.Side.LEFT;
import static app.gaitway.assessments.record.Side.RIGHT;
import static app.gaitway.testdata.AssessmentBuilder.assessment;
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
        return only(current, null);
    }

    private static Finding only(AssessmentBuilder current, AssessmentBuilder previous) {
        List<Finding> findings = FindingsSummary.of(current.build(), previous == null ? null : previous.build());
        assertEquals(
                1,
                findings.size(),
                () -> findings.stream().map(Finding::text).toList().toString());
        return findings.get(0);
    }

    /** A runner with right knee pain on stairs and a weak right hip, seen again six weeks after the first visit. */
    private static final AssessmentValues FIRST_VISIT =
            assessment().pain(7, 2, 9).lefsTotal(48).build();

    private static final AssessmentValues KNEE_PAIN_RIGHT_HIP_WEAKNESS = assessment()
            .set("subjective.complaint", "Right knee pain going down stairs and after running")
            .pain(6, null, 8)
            .lefsTotal(58)
            .grades(HIP_ABDUCTORS, "3+", "5")
            .grades(HIP_EXTENSORS, "4", "5")
            .grades(HIP_EXTERNAL_ROTATORS, "4", "4+")
            .grades(KNEE_EXTENSORS, "5", "5")
            .bodyWeight("72")
            .forceUnit("n")
            .forces(HIP_ABDUCTORS, "123", "150")
            .forces(HIP_EXTENSORS, "190", "200")
            .rom(HIP_EXTENSION, RIGHT, 10, 15)
            .rom(HIP_EXTENSION, LEFT, 25, null)
            .activeRom(HIP_INTERNAL_ROTATION, 30, 45)
            .activeRom(KNEE_FLEXION, 140, 145)
            .activeRom(KNEE_EXTENSION, 0, 0)
            .gait(PELVIC_DROP, RIGHT, "moderate")
            .gait(PELVIC_DROP, LEFT, "none")
            .gait(KNEE_VALGUS, RIGHT, "mild")
            .trendelenburg(RIGHT, "positive")
            .trendelenburg(LEFT, "negative")
            .singleLegSquat(RIGHT, "poor")
            .singleLegSquat(LEFT, "good")
            .stepDown(RIGHT, "arm", "pelvis", "knee2")
            .stepDown(LEFT, "trunk")
            .build();

    @Test
    void kneePainPatientWithRightHipWeaknessMostImportantFirst() {
        assertEquals(
                List.of(
                        "Lateral step-down (right): 4/6, poor (arm strategy, pelvis not level, knee medial to the foot)",
                        "Single-leg squat (right): poor",
                        "Trendelenburg sign positive (right stance)",
                        "Pelvic drop (right stance): moderate",
                        "Hip abduction force: right 82% of left (right 17.4%, left 21.2% of body weight)",
                        "Hip abduction: right 3+/5, left 5/5",
                        "Hip extension: right 4/5, left 5/5",
                        "Pain 6/10 now, worst 8/10; now down 1 point from 7/10",
                        "Hip external rotation: right 4/5, left 4+/5",
                        "Hip extension: right 10\u00B0 active, 15\u00B0 passive, left 25\u00B0 (15\u00B0 less on the right)",
                        "Hip internal rotation: right 30\u00B0, left 45\u00B0 (15\u00B0 less on the right)",
                        "LEFS 58/80 (72.5% of maximal function), up 10 points from 48/80: clinically important change",
                        "Dynamic knee valgus (right stance): mild"),
                texts(KNEE_PAIN_RIGHT_HIP_WEAKNESS, FIRST_VISIT));
    }

    @Test
    void kneePainPatientFindingsSayWhatTheyAreAbout() {
        List<Finding> findings = FindingsSummary.of(KNEE_PAIN_RIGHT_HIP_WEAKNESS, FIRST_VISIT);
        assertEquals(
                List.of(
                        Kind.STEP_DOWN,
                        Kind.SINGLE_LEG_SQUAT,
                        Kind.TRENDELENBURG,
                        Kind.GAIT_SIGN,
                        Kind.FORCE_SYMMETRY,
                        Kind.STRENGTH_GRADE,
                        Kind.STRENGTH_GRADE,
                        Kind.PAIN,
                        Kind.STRENGTH_GRADE,
                        Kind.ROM_BELOW_NORM,
                        Kind.ROM_BELOW_NORM,
                        Kind.LEFS,
                        Kind.GAIT_SIGN),
                findings.stream().map(Finding::kind).toList());
        assertEquals(
                List.of(
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.FLAG,
                        Severity.NOTE,
                        Severity.NOTE),
                findings.stream().map(Finding::severity).toList());
        assertTrue(
                findings.stream()
                        .filter(f -> f.kind() != Kind.PAIN && f.kind() != Kind.LEFS)
                        .allMatch(f -> f.side() == RIGHT),
                "all on the right");
        Finding abduction = findings.get(4);
        assertEquals(HIP_ABDUCTORS, abduction.muscleGroup());
        assertEquals("findings.strength.symmetryBodyWeight", abduction.key());
        assertEquals(82.0, abduction.args().get(2));
        assertEquals(HIP_EXTENSION, findings.get(9).motion());
        assertEquals(PELVIC_DROP, findings.get(3).sign());
    }

    @Test
    void flagsComeBeforeNotesAndHeavierBeforeLighter() {
        List<Finding> findings = FindingsSummary.of(KNEE_PAIN_RIGHT_HIP_WEAKNESS, FIRST_VISIT);
        for (int i = 1; i < findings.size(); i++) {
            Finding before = findings.get(i - 1);
            Finding after = findings.get(i);
            assertTrue(
                    before.isFlag() && !after.isFlag()
                            || before.isFlag() == after.isFlag() && before.weight() >= after.weight(),
                    before.text() + " before " + after.text());
        }
    }

    @Test
    void normalResultsGiveNoFindings() {
        AssessmentBuilder normal = assessment()
                .grades(HIP_ABDUCTORS, "5", "5")
                .forces(HIP_ABDUCTORS, "150", "140")
                .activeRom(HIP_EXTENSION, 20, 28)
                .activeRom(KNEE_EXTENSION, 0, 5)
                .activeRom(KNEE_FLEXION, 135, 145)
                .activeRom(HIP_INTERNAL_ROTATION, 30, 34)
                .gait(KNEE_VALGUS, RIGHT, "mild")
                .gait(PELVIC_DROP, RIGHT, "none")
                .gait(KNEE_VALGUS, LEFT, "none")
                .trendelenburg(RIGHT, "negative")
                .trendelenburg(LEFT, "negative")
                .singleLegSquat(RIGHT, "good")
                .singleLegSquat(LEFT, "good")
                .stepDown(RIGHT, "arm")
                .stepDown(LEFT);
        assertEquals(
                List.of(),
                FindingsSummary.of(normal.build(), null).stream()
                        .filter(Finding::isFlag)
                        .map(Finding::text)
                        .toList());
        assertEquals(List.of("Dynamic knee valgus (right stance): mild"), texts(normal), "milder signs are notes");
        assertEquals(List.of(), texts(AssessmentValues.empty(), null));
    }

    @Test
    void painAndLefsAreReportedEvenWhenGood() {
        assertEquals(
                List.of("Pain 0/10 now, best 0/10, worst 1/10", "LEFS 80/80 (100% of maximal function)"),
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
        Finding f = FindingsSummary.of(
                        assessment().lefsTotal(40).build(),
                        assessment().lefsTotal(49).build())
                .get(0);
        assertEquals(
                "LEFS 40/80 (50% of maximal function), down 9 points from 49/80: clinically important change",
                f.text());
        assertEquals(Severity.FLAG, f.severity());
    }

    @Test
    void lefsChangeBelowNinePointsIsJustReported() {
        assertEquals(
                List.of("LEFS 48/80 (60% of maximal function), up 8 points from 40/80"),
                texts(
                        assessment().lefsTotal(48).build(),
                        assessment().lefsTotal(40).build()));
        assertEquals(
                List.of("LEFS 39/80 (48.8% of maximal function), down 1 point from 40/80"),
                texts(
                        assessment().lefsTotal(39).build(),
                        assessment().lefsTotal(40).build()));
        assertEquals(
                List.of("LEFS 40/80 (50% of maximal function), unchanged from 40/80"),
                texts(
                        assessment().lefsTotal(40).build(),
                        assessment().lefsTotal(40).build()));
    }

    @Test
    void lefsWithoutAComparablePreviousScore() {
        AssessmentValues incompleteBefore = assessment().lefs(4, 4, 4).build();
        assertEquals(
                List.of("LEFS 40/80 (50% of maximal function)"),
                texts(assessment().lefsTotal(40).build(), incompleteBefore));
        assertEquals(
                List.of("LEFS 40/80 (50% of maximal function)"),
                texts(assessment().lefsTotal(40).build(), AssessmentValues.empty()));
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
    void equalWeaknessIsOneLineAboutBothSides() {
        Finding f = only(assessment().grades(HIP_EXTENSORS, "4", "4"));
        assertEquals("Hip extension: both sides 4/5", f.text());
        assertEquals(Severity.FLAG, f.severity());
        assertNull(f.side());
        assertEquals(List.of(RIGHT, LEFT), f.sides());
    }

    @Test
    void gradesAreFlaggedAtFourOrBelowOrAFullGradeApart() {
        assertEquals(
                Severity.NOTE,
                only(assessment().grades(HIP_ABDUCTORS, "4+", "4+")).severity(),
                "4+ both sides");
        assertEquals(
                Severity.NOTE,
                only(assessment().grades(HIP_ABDUCTORS, "4+", "5")).severity(),
                "a third of a grade");
        assertEquals(
                Severity.FLAG,
                only(assessment().grades(HIP_ABDUCTORS, "4", "5")).severity(),
                "4/5");
        Finding apart = only(assessment().grades(HIP_ABDUCTORS, "4+", "3+"));
        assertEquals(Severity.FLAG, apart.severity());
        assertEquals(List.of(LEFT), apart.sides(), "the weaker side carries the mark");
        Finding fullGradeAboveFour = only(assessment().grades(KNEE_EXTENSORS, "5", "4+"));
        assertEquals(Severity.NOTE, fullGradeAboveFour.severity());
        assertEquals(
                List.of(),
                FindingsSummary.of(assessment().grades(HIP_ABDUCTORS, "5", "5").build(), null));
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
        assertEquals(
                List.of("Hip abduction force: right 89.9% of left"),
                texts(assessment().forces(HIP_ABDUCTORS, "89.9", "100")));
        assertEquals(List.of(), texts(assessment().set("strength.hip_abductors.right.force", "50")));
    }

    @Test
    void romBelowTheLowerLimitOrMoreThanTenDegreesShortOfTheOtherSide() {
        assertEquals(
                List.of("Knee extension: right \u221210\u00B0, left 0\u00B0 (lower limit \u22125\u00B0)"),
                texts(assessment().activeRom(KNEE_EXTENSION, -10, 0)));
        assertEquals(
                List.of(), texts(assessment().activeRom(KNEE_EXTENSION, -5, 0)), "5\u00B0 short of straight is normal");
        assertEquals(
                List.of("Hip extension: left 2\u00B0 passive (lower limit 3\u00B0)"),
                texts(assessment().rom(HIP_EXTENSION, LEFT, null, 2)));
        assertEquals(List.of(), texts(assessment().rom(HIP_EXTENSION, LEFT, 10, 2)), "the active value decides");
        assertEquals(
                List.of("Knee flexion: both sides 100\u00B0 (lower limit 112\u00B0)"),
                texts(assessment().activeRom(KNEE_FLEXION, 100, 100)));
        assertEquals(
                List.of("Knee flexion: right 134\u00B0, left 120\u00B0 (14\u00B0 less on the left)"),
                texts(assessment().activeRom(KNEE_FLEXION, 134, 120)),
                "normal for an adult, but short of the other side");
        assertEquals(
                List.of(),
                texts(assessment().activeRom(KNEE_FLEXION, 130, 120)),
                "10\u00B0 apart is within measurement error");
        assertEquals(
                List.of(),
                texts(assessment().activeRom(HIP_INTERNAL_ROTATION, 30, 31)),
                "the old norm of 45\u00B0 no longer flags");
        assertEquals(
                List.of("Hip adduction: right 10\u00B0, left 25\u00B0 (15\u00B0 less on the right)"),
                texts(assessment().activeRom(Motion.HIP_ADDUCTION, 10, 25)),
                "adduction: side difference only");
    }

    @Test
    void romLowerLimitDependsOnAge() {
        AssessmentValues flexion =
                assessment().activeRom(Motion.HIP_FLEXION, 95, 96).build();
        assertEquals(
                List.of("Hip flexion: right 95\u00B0, left 96\u00B0 (lower limit 98\u00B0 at 25\u201339 years)"),
                FindingsSummary.of(flexion, null, new PatientContext(30, null, null)).stream()
                        .map(Finding::text)
                        .toList());
        assertEquals(List.of(), FindingsSummary.of(flexion, null, new PatientContext(70, null, null)), "normal at 70");
    }

    @Test
    void symmetryIsInvolvedOverUninvolvedWhenTheAffectedSideIsKnown() {
        AssessmentValues v = assessment().forces(HIP_ABDUCTORS, "100", "120").build();
        Finding involvedWeaker = FindingsSummary.of(
                        v, null, new PatientContext(40, null, app.gaitway.patients.AffectedSide.RIGHT))
                .get(0);
        assertEquals("Hip abduction force: right 83.3% of left", involvedWeaker.text());
        assertEquals(Severity.FLAG, involvedWeaker.severity());
        Finding uninvolvedWeaker = FindingsSummary.of(
                        v, null, new PatientContext(40, null, app.gaitway.patients.AffectedSide.LEFT))
                .get(0);
        assertEquals(
                Severity.NOTE,
                uninvolvedWeaker.severity(),
                "the affected side is the stronger: " + uninvolvedWeaker.text());
        AssessmentValues close = assessment().forces(HIP_ABDUCTORS, "92", "100").build();
        assertEquals(
                List.of(),
                FindingsSummary.of(close, null, new PatientContext(40, null, app.gaitway.patients.AffectedSide.RIGHT)));
    }

    @Test
    void painChangeIsJudgedAgainstTwoPoints() {
        Finding worse = only(assessment().pain(6, null, null), assessment().pain(4, null, null));
        assertEquals("Pain 6/10 now; now up 2 points from 4/10: clinically important change", worse.text());
        assertEquals(Severity.FLAG, worse.severity());
        Finding better = only(assessment().pain(2, null, 5), assessment().pain(5, null, 8));
        assertEquals(
                "Pain 2/10 now, worst 5/10; now down 3 points from 5/10: clinically important change", better.text());
        assertEquals(Severity.NOTE, better.severity());
        assertEquals(
                Severity.NOTE,
                only(assessment().pain(5, null, null), assessment().pain(4, null, null))
                        .severity());
    }

    @Test
    void gaitSignsOnTheStanceSideWithTheirSeverity() {
        List<Finding> findings = FindingsSummary.of(
                assessment()
                        .gait(GaitSign.TRUNK_LEAN, LEFT, "marked")
                        .gait(PELVIC_DROP, LEFT, "mild")
                        .gait(GaitSign.HIP_SWING, RIGHT, "moderate")
                        .gait(GaitSign.FOOT_PRONATION, RIGHT, "mild")
                        .build(),
                null);
        assertEquals(
                List.of(
                        "Trunk lean (left stance): marked",
                        "Hip swing (right stance): moderate",
                        "Pelvic drop (left stance): mild",
                        "Foot pronation (right stance): mild"),
                findings.stream().map(Finding::text).toList());
        assertEquals(
                List.of(Severity.FLAG, Severity.FLAG, Severity.NOTE, Severity.NOTE),
                findings.stream().map(Finding::severity).toList());
        assertEquals(
                List.of(LEFT, RIGHT, LEFT, RIGHT),
                findings.stream().map(Finding::side).toList());
    }

    @Test
    void theSameResultOnBothSidesIsOneLine() {
        assertEquals(
                List.of(
                        "Single-leg squat (both sides): poor",
                        "Trendelenburg sign positive (both sides)",
                        "Pelvic drop (both sides): moderate"),
                texts(assessment()
                        .gait(PELVIC_DROP, RIGHT, "moderate")
                        .gait(PELVIC_DROP, LEFT, "moderate")
                        .trendelenburg(RIGHT, "positive")
                        .trendelenburg(LEFT, "positive")
                        .singleLegSquat(RIGHT, "poor")
                        .singleLegSquat(LEFT, "poor")));
        assertEquals(
                List.of("Lateral step-down (both sides): 2/6, moderate (arm strategy, unsteady)"),
                texts(assessment().stepDown(RIGHT, "arm", "unsteady").stepDown(LEFT, "arm", "unsteady")));
    }

    @Test
    void movementTests() {
        assertEquals(
                List.of(
                        "Trendelenburg sign positive (left stance)",
                        "Lateral step-down (left): 2/6, moderate (trunk lean, knee medial to the second toe)",
                        "Single-leg squat (left): fair"),
                texts(assessment()
                        .trendelenburg(LEFT, "positive")
                        .singleLegSquat(LEFT, "fair")
                        .stepDown(LEFT, "trunk", "knee1")));
        assertEquals(
                Severity.NOTE, only(assessment().singleLegSquat(RIGHT, "fair")).severity());
        assertEquals(
                Severity.FLAG,
                only(assessment().stepDown(RIGHT, "unsteady", "arm", "trunk")).severity(),
                "moderate is flagged");
        assertEquals(List.of(), texts(assessment().stepDown(RIGHT, "knee1")), "1/6 is good");
        assertEquals(
                "Lateral step-down (right): 3/6, moderate (arm strategy, trunk lean, unsteady)",
                only(assessment().stepDown(RIGHT, "unsteady", "arm", "trunk")).text());
    }

    @Test
    void needsAnAssessment() {
        assertThrows(IllegalArgumentException.class, () -> FindingsSummary.of(null, null));
    }
}
