package app.gaitway.programs.suggestions;

import app.gaitway.assessments.AssessmentFields;
import app.gaitway.assessments.AssessmentInput;
import app.gaitway.assessments.AssessmentValues;
import app.gaitway.assessments.GaitSign;
import app.gaitway.assessments.Motion;
import app.gaitway.assessments.MuscleGroup;
import app.gaitway.assessments.Side;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: an assessment as a therapist would type it, checked by {@link AssessmentInput} on {@link #build()}. */
final class TestAssessment {

    private final Map<String, String> typed = new LinkedHashMap<>();

    static TestAssessment assessment() {
        return new TestAssessment();
    }

    TestAssessment set(String key, String value) {
        typed.put(key, value);
        return this;
    }

    TestAssessment grade(MuscleGroup group, Side side, String grade) {
        return set(AssessmentFields.grade(group, side), grade);
    }

    TestAssessment grades(MuscleGroup group, String right, String left) {
        return grade(group, Side.RIGHT, right).grade(group, Side.LEFT, left);
    }

    TestAssessment rom(Motion motion, Side side, Integer active, Integer passive) {
        if (active != null) {
            set(AssessmentFields.rom(motion, side, true), active.toString());
        }
        if (passive != null) {
            set(AssessmentFields.rom(motion, side, false), passive.toString());
        }
        return this;
    }

    TestAssessment gait(GaitSign sign, Side side, String severity) {
        return set(AssessmentFields.gait(sign, side), severity);
    }

    TestAssessment trendelenburg(Side side, String result) {
        return set(AssessmentFields.trendelenburg(side), result);
    }

    TestAssessment singleLegSquat(Side side, String rating) {
        return set(AssessmentFields.squat(side), rating);
    }

    /** Marks the side tested and ticks the items named: arm, trunk, pelvis, unsteady, knee1, knee2. */
    TestAssessment stepDown(Side side, String... items) {
        set(AssessmentFields.stepDown(side, "tested"), "true");
        for (String item : items) {
            if (item.startsWith("knee")) {
                set(AssessmentFields.stepDown(side, "knee"), item.substring(4));
            } else {
                set(AssessmentFields.stepDown(side, item), "true");
            }
        }
        return this;
    }

    AssessmentValues build() {
        AssessmentInput.Checked checked = AssessmentInput.check(typed);
        if (!checked.ok()) {
            throw new IllegalStateException("test assessment does not pass input checking: " + checked.problems().keySet());
        }
        return checked.values();
    }
}
