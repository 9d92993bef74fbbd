package app.gaitway.goals;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalMeasuresTest {

    @Test
    void everyNumericFieldOfTheAssessmentIsAMeasureOrKnowinglyLeftOut() {
        assertEquals(
                java.util.List.of(),
                GoalMeasures.numericFieldsNotCovered(),
                "add each to GoalMeasures.build(), e.g. m.add(GoalMeasure.field(\"<key>\", \"<unit>\", \"<group>\","
                        + " Direction.LOWER_IS_BETTER)), or to NOT_MEASURES with why");
    }

    @Test
    void everyMeasureHasALabelInTheBundles() {
        Messages messages = new Messages();
        for (GoalMeasure m : GoalMeasures.all()) {
            String label = m.label().in(messages);
            assertFalse(label.isBlank(), m.key());
            assertFalse(label.contains("{"), m.key() + ": " + label);
        }
    }

    /**
     * The measures of the examination and outcome-measure features: a 10-m walk in 8 s is 1.25 m/s, better when
     * higher; a TUG is better when lower; an AKPS of every item's second answer is 72/100 and a PSFS of 3, 5 and 4
     * has the mean 4.0, each with its cited minimal important change.
     */
    @Test
    void theExaminationAndQuestionnaireMeasuresReadTheirValues() {
        Map<String, String> answers = new java.util.HashMap<>(Map.of(
                "performance.walk_10m_seconds", "8",
                "performance.tug_seconds", "13.5",
                "psfs.activity1", "Stairs",
                "psfs.rating1", "3",
                "psfs.activity2", "Running",
                "psfs.rating2", "5",
                "psfs.activity3", "Kneeling",
                "psfs.rating3", "4"));
        for (int item = 1; item <= app.gaitway.assessments.findings.AkpsScore.ITEMS; item++) {
            answers.put(
                    app.gaitway.assessments.record.AssessmentFields.akps(item),
                    app.gaitway.assessments.record.AssessmentFields.akpsAnswers(item)
                            .get(1));
        }
        AssessmentValues v = new AssessmentValues(answers);
        PatientContext p = PatientContext.adult();
        GoalMeasure speed = GoalMeasures.find("performance.gait_speed").orElseThrow();
        assertEquals(1.25, speed.read(v, p).getAsDouble(), 1e-9);
        assertEquals(Direction.HIGHER_IS_BETTER, speed.direction());
        GoalMeasure tug = GoalMeasures.find("performance.tug_seconds").orElseThrow();
        assertEquals(13.5, tug.read(v, p).getAsDouble(), 1e-9);
        assertEquals(Direction.LOWER_IS_BETTER, tug.direction());
        assertEquals(
                72.0, GoalMeasures.find("akps.total").orElseThrow().read(v, p).getAsDouble());
        assertEquals(
                4.0, GoalMeasures.find("psfs.average").orElseThrow().read(v, p).getAsDouble());
        assertTrue(GoalMeasures.find("performance.gait_speed")
                .orElseThrow()
                .read(new AssessmentValues(Map.of()), p)
                .isEmpty());
    }

    @Test
    void derivedMeasuresReadTheirValue() {
        AssessmentValues v = new AssessmentValues(Map.of(
                "subjective.pain_now", "6",
                "strength.hip_abductors.right.grade", "3+",
                "gait.step_down.right.tested", "true",
                "gait.step_down.right.knee", "2"));
        PatientContext p = PatientContext.adult();
        assertEquals(
                6.0,
                GoalMeasures.find("subjective.pain_now")
                        .orElseThrow()
                        .read(v, p)
                        .getAsDouble());
        assertEquals(
                10.0 / 3,
                GoalMeasures.find("strength.hip_abductors.right.grade")
                        .orElseThrow()
                        .read(v, p)
                        .getAsDouble(),
                1e-9);
        assertEquals(
                2.0,
                GoalMeasures.find("gait.step_down.right.total")
                        .orElseThrow()
                        .read(v, p)
                        .getAsDouble());
        assertTrue(GoalMeasures.find("lefs.total").orElseThrow().read(v, p).isEmpty(), "no LEFS answered");
    }

    @Test
    void gradesAreTypedAndShownAsGrades() {
        GoalMeasure grade =
                GoalMeasures.find("strength.hip_abductors.right.grade").orElseThrow();
        assertEquals(13.0 / 3, grade.parse("4+").getAsDouble(), 1e-9);
        assertTrue(grade.parse("6").isEmpty());
        assertEquals("4+", grade.format(13.0 / 3));
        assertEquals("4\u2212", grade.format(11.0 / 3));
        assertEquals("3", grade.format(3));
        assertEquals("4+/5", grade.withUnit(13.0 / 3));
    }

    @Test
    void numbersAreTypedWithAPointOrACommaAndShownWithTheirUnit() {
        GoalMeasure force =
                GoalMeasures.find("strength.hip_abductors.right.force").orElseThrow();
        assertEquals(12.5, force.parse("12,5").getAsDouble());
        assertTrue(force.parse("12 N").isEmpty());
        assertTrue(force.parse("1e9").isEmpty());
        assertEquals("152 N", force.withUnit(152));
        GoalMeasure knee = GoalMeasures.find("rom.knee_extension.left.active").orElseThrow();
        assertEquals(-10.0, knee.parse("-10").getAsDouble());
        assertEquals("\u221210\u00B0", knee.withUnit(-10));
    }

    @Test
    void theMcidIsKnownForPainAndLefsAndOnlyAMeasurementErrorForRangeOfMotion() {
        assertEquals(
                2.0,
                GoalMeasures.find("subjective.pain_worst").orElseThrow().mcid().getAsDouble());
        assertEquals(9.0, GoalMeasures.find("lefs.total").orElseThrow().mcid().getAsDouble());
        GoalMeasure rom = GoalMeasures.find("rom.hip_flexion.left.passive").orElseThrow();
        assertTrue(rom.mcid().isEmpty());
        assertEquals(GoalMeasures.ROM_MEASUREMENT_ERROR, rom.meaningful().amount());
    }
}
