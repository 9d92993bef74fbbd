package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.ExamFields.ShortTissue;
import app.gaitway.assessments.record.ExamFields.SpecialTest;
import app.gaitway.assessments.record.Side;
import app.gaitway.patients.AffectedSide;
import app.gaitway.patients.Sex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.gaitway.testdata.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lunge, special-test and performance rows of the rule table, through the findings summary. */
class ExamFindingsTest {

    private static final PatientContext WOMAN_72 = new PatientContext(72, Sex.FEMALE, AffectedSide.RIGHT);
    private static final PatientContext MAN_35 = new PatientContext(35, Sex.MALE, AffectedSide.NONE);

    private static List<Finding> findings(AssessmentValues v, PatientContext p) {
        return FindingsSummary.of(v, null, p);
    }

    private static String line(AssessmentValues v, PatientContext p) {
        return FindingTexts.english().text(PerformanceResult.of(v, p).get(0).line());
    }

    private static List<String> texts(List<Finding> found) {
        return FindingTexts.english().texts(found);
    }

    @Test
    void aNormalLungeAndNegativeTestsGiveNothing() {
        AssessmentValues v = assessment()
                .lunge("12", "11.5")
                .special(SpecialTest.FABER, Side.RIGHT, "negative")
                .special(SpecialTest.FADIR, Side.LEFT, "negative")
                .build();
        assertTrue(findings(v, MAN_35).isEmpty());
    }

    @Test
    void aRestrictedLungeIsFlaggedOnItsSideWithTheDifference() {
        List<Finding> found = findings(assessment().lunge("7", "11").build(), MAN_35);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Kind.LUNGE, f.kind());
        assertTrue(f.isFlag());
        assertEquals(List.of(Side.RIGHT), f.sides());
        assertEquals(
                "Weight-bearing lunge: right 7 cm, left 11 cm (restricted: under 9 cm, 4 cm less on the right)",
                f.text());
    }

    @Test
    void sidesTwoCentimetresApartAreFlaggedEvenWhenNeitherIsRestricted() {
        Finding f = findings(assessment().lunge("13", "10.5").build(), MAN_35).get(0);
        assertTrue(f.isFlag());
        assertEquals(List.of(Side.LEFT), f.sides());
        assertEquals(FindingRules.W_LUNGE_SIDE_DIFFERENCE, f.weight());
    }

    @Test
    void aBorderlineLungeIsOnlyANote() {
        Finding f = findings(assessment().lunge("9.5", "10.5").build(), MAN_35).get(0);
        assertFalse(f.isFlag());
        assertEquals(List.of(Side.RIGHT), f.sides());
        assertTrue(f.text().contains("borderline: under 10 cm"), f.text());
    }

    @Test
    void aPositiveFadirIsFlaggedWithItsNote() {
        AssessmentValues v = assessment()
                .special(SpecialTest.FADIR, Side.RIGHT, "positive")
                .special(SpecialTest.FADIR, Side.LEFT, "negative")
                .set(ExamFields.specialNote(SpecialTest.FADIR), "deep groin pain")
                .build();
        Finding f = findings(v, MAN_35).get(0);
        assertEquals(Kind.FADIR, f.kind());
        assertTrue(f.isFlag());
        assertEquals(FindingRules.W_HIP_PROVOCATION, f.weight());
        assertEquals("FADIR test positive (right): deep groin pain", f.text());
    }

    @Test
    void aThomasTestGivesOneFindingPerShortTissue() {
        AssessmentValues v = assessment()
                .thomas(Side.RIGHT, ShortTissue.ILIOPSOAS, ShortTissue.RECTUS_FEMORIS)
                .thomas(Side.LEFT, ShortTissue.ILIOPSOAS)
                .build();
        List<Finding> found = findings(v, MAN_35);
        assertEquals(
                List.of(
                        "Thomas test positive (both sides): short hip flexor (iliopsoas)",
                        "Thomas test positive (right): short rectus femoris"),
                texts(found));
        assertEquals(Kind.THOMAS_ILIOPSOAS, found.get(0).kind());
        assertEquals(List.of(Side.RIGHT, Side.LEFT), found.get(0).sides());
        assertEquals(Kind.THOMAS_RECTUS_FEMORIS, found.get(1).kind());
    }

    @Test
    void aPositiveThomasTestWithoutATissueIsStillFlagged() {
        Finding f = findings(assessment().thomas(Side.LEFT).build(), MAN_35).get(0);
        assertEquals(Kind.THOMAS, f.kind());
        assertEquals("Thomas test positive (left)", f.text());
    }

    @Test
    void aTugOfTwelveSecondsIsAFallRiskFlaggedFirst() {
        AssessmentValues v = assessment()
                .set(ExamFields.TUG, "12")
                .gait(app.gaitway.assessments.record.GaitSign.PELVIC_DROP, Side.RIGHT, "marked")
                .build();
        List<Finding> found = findings(v, WOMAN_72);
        assertEquals(Kind.FALL_RISK, found.get(0).kind(), "a fall risk outranks a marked pelvic drop");
        assertEquals("Risk of falling: Timed Up and Go (12 s)", found.get(0).text());
        assertEquals(
                "Timed Up and Go: 12 s (average at 70\u201379 years: 9.2 s, slower than average above 10.2 s);"
                        + " 12 s or more: a fall risk (CDC STEADI)",
                line(v, WOMAN_72),
                "the record's line names the norm and the cut-off");
    }

    @Test
    void aTugSlowerThanTheAgeButUnderTheCutOffIsANote() {
        Finding f = findings(assessment().set(ExamFields.TUG, "11").build(), WOMAN_72)
                .get(0);
        assertFalse(f.isFlag());
        assertEquals(Kind.TIMED_UP_AND_GO, f.kind());
        assertTrue(f.text().endsWith("slower than average for the age"), f.text());
        assertTrue(findings(assessment().set(ExamFields.TUG, "10.2").build(), WOMAN_72)
                .isEmpty());
    }

    @Test
    void aChairStandBelowTheBandIsAFallRiskAgainstTheBandForAgeAndSex() {
        AssessmentValues v = assessment().set(ExamFields.CHAIR_STAND, "9").build();
        Finding f = findings(v, WOMAN_72).get(0);
        assertTrue(f.isFlag());
        assertEquals(Kind.FALL_RISK, f.kind());
        assertEquals(
                "30-second chair stand: 9 stands (norm for women aged 70\u201374: 10\u201315 stands);"
                        + " below the norm: a fall risk (CDC STEADI)",
                line(v, WOMAN_72));
        assertTrue(findings(assessment().set(ExamFields.CHAIR_STAND, "10").build(), WOMAN_72)
                .isEmpty());
    }

    @Test
    void aChairStandWithoutANormForTheAgeIsNotJudged() {
        AssessmentValues v = assessment().set(ExamFields.CHAIR_STAND, "5").build();
        assertTrue(findings(v, MAN_35).isEmpty());
        assertEquals("30-second chair stand: 5 stands", line(v, MAN_35));
    }

    @Test
    void fiveTimesSitToStandOverFifteenSecondsIsAFallRisk() {
        assertEquals(
                Kind.FALL_RISK,
                findings(assessment().set(ExamFields.FIVE_STS, "15.1").build(), WOMAN_72)
                        .get(0)
                        .kind());
        Finding slower = findings(assessment().set(ExamFields.FIVE_STS, "15").build(), WOMAN_72)
                .get(0);
        assertFalse(slower.isFlag(), "slower than the age's 12.6 s but not past the cut-off");
    }

    @Test
    void singleLegStanceUnderFiveSecondsIsAFallRiskOnThatSide() {
        AssessmentValues v = assessment().singleLegStance("3", "8").build();
        Finding f = findings(v, WOMAN_72).get(0);
        assertTrue(f.isFlag());
        assertEquals("Risk of falling: Single-leg stance, eyes open (right 3 s, left 8 s)", f.text());
        assertEquals(
                List.of(Side.RIGHT), PerformanceResult.of(v, WOMAN_72).get(0).sides());
        assertEquals(
                "Single-leg stance, eyes open: right 3 s, left 8 s (average for women aged 70\u201379: 11.3 s);"
                        + " under 5 s: a fall risk (Vellas 1997)",
                line(v, WOMAN_72));
    }

    @Test
    void singleLegStanceBelowTheMeanButOverFiveSecondsIsNoFinding() {
        // 20 s is under the 35-year-old man's mean of 43.2 s, as it is for many people with good balance
        AssessmentValues v = assessment().singleLegStance("20", "25").build();
        assertTrue(findings(v, MAN_35).isEmpty(), texts(findings(v, MAN_35)).toString());
        assertEquals(
                "Single-leg stance, eyes open: right 20 s, left 25 s (average for men aged 18–39: 43.2 s)",
                line(v, MAN_35),
                "the record still shows the result beside the mean");
    }

    @Test
    void severalTestsPastTheirCutOffsAreOneFinding() {
        AssessmentValues v = assessment()
                .set(ExamFields.TUG, "13")
                .set(ExamFields.FIVE_STS, "16")
                .set(ExamFields.WALK_10M, "11")
                .build();
        List<Finding> found = findings(v, WOMAN_72);
        assertEquals(
                List.of(
                        "Risk of falling: Five times sit to stand (16 s); Timed Up and Go (13 s)",
                        "10-metre walk: 11 s, 0.91 m/s (average for women aged 70\u201379: 1.13 m/s);"
                                + " under 1.0 m/s: a higher risk of decline"),
                texts(found));
        assertTrue(found.get(0).isFlag());
        assertFalse(found.get(1).isFlag());
    }

    @Test
    void gaitSpeedIsReadFromTheTimeOverTenMetres() {
        Finding slow = findings(assessment().set(ExamFields.WALK_10M, "13").build(), WOMAN_72)
                .get(0);
        assertTrue(slow.isFlag());
        assertEquals(
                "10-metre walk: 13 s, 0.77 m/s (average for women aged 70\u201379: 1.13 m/s);"
                        + " under 0.8 m/s: walking in the community is limited",
                slow.text());
        Finding risk = findings(assessment().set(ExamFields.WALK_10M, "11").build(), WOMAN_72)
                .get(0);
        assertFalse(risk.isFlag());
        assertTrue(findings(assessment().set(ExamFields.WALK_10M, "9").build(), WOMAN_72)
                .isEmpty());
    }

    @Test
    void anyFallRiskIsTrueOnlyPastACutOff() {
        assertTrue(PerformanceResult.anyFallRisk(
                assessment().set(ExamFields.TUG, "13").build(), WOMAN_72));
        assertFalse(PerformanceResult.anyFallRisk(
                assessment().set(ExamFields.TUG, "11").build(), WOMAN_72));
        assertFalse(
                PerformanceResult.anyFallRisk(
                        assessment().set(ExamFields.WALK_10M, "20").build(), WOMAN_72),
                "slow walking is flagged but has no fall-risk cut-off here");
    }
}
