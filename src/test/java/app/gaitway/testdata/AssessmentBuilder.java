package app.gaitway.testdata;

import app.gaitway.assessments.AssessmentInput;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: an assessment as a therapist would type it, checked by {@link AssessmentInput} on {@link #build()}. */
public final class AssessmentBuilder {

    private final Map<String, String> typed = new LinkedHashMap<>();

    public static AssessmentBuilder assessment() {
        return new AssessmentBuilder();
    }

    public AssessmentBuilder set(String key, String value) {
        typed.put(key, value);
        return this;
    }

    public AssessmentBuilder pain(Integer now, Integer best, Integer worst) {
        if (now != null) {
            set("subjective.pain_now", now.toString());
        }
        if (best != null) {
            set("subjective.pain_best", best.toString());
        }
        if (worst != null) {
            set("subjective.pain_worst", worst.toString());
        }
        return this;
    }

    public AssessmentBuilder grades(MuscleGroup group, String right, String left) {
        return set(AssessmentFields.grade(group, Side.RIGHT), right)
                .set(AssessmentFields.grade(group, Side.LEFT), left);
    }

    public AssessmentBuilder forces(MuscleGroup group, String right, String left) {
        return set(AssessmentFields.force(group, Side.RIGHT), right)
                .set(AssessmentFields.force(group, Side.LEFT), left);
    }

    public AssessmentBuilder forceUnit(String unit) {
        return set("strength.force_unit", unit);
    }

    public AssessmentBuilder bodyWeight(String kg) {
        return set("strength.body_weight_kg", kg);
    }

    public AssessmentBuilder activeRom(Motion motion, int right, int left) {
        return set(AssessmentFields.rom(motion, Side.RIGHT, true), String.valueOf(right))
                .set(AssessmentFields.rom(motion, Side.LEFT, true), String.valueOf(left));
    }

    public AssessmentBuilder rom(Motion motion, Side side, Integer active, Integer passive) {
        if (active != null) {
            set(AssessmentFields.rom(motion, side, true), active.toString());
        }
        if (passive != null) {
            set(AssessmentFields.rom(motion, side, false), passive.toString());
        }
        return this;
    }

    public AssessmentBuilder gait(GaitSign sign, Side side, String severity) {
        return set(AssessmentFields.gait(sign, side), severity);
    }

    public AssessmentBuilder trendelenburg(Side side, String result) {
        return set(AssessmentFields.trendelenburg(side), result);
    }

    /** Knee-to-wall distances in cm, right then left. */
    public AssessmentBuilder lunge(String right, String left) {
        return set(ExamFields.lunge(Side.RIGHT), right).set(ExamFields.lunge(Side.LEFT), left);
    }

    /** A special test's result on one side ("positive", "negative"). */
    public AssessmentBuilder special(ExamFields.SpecialTest test, Side side, String result) {
        return set(ExamFields.special(test, side), result);
    }

    /** A positive Thomas test on a side, with the tissues found short. */
    public AssessmentBuilder thomas(Side side, ExamFields.ShortTissue... tissues) {
        set(ExamFields.special(ExamFields.SpecialTest.THOMAS, side), "positive");
        for (ExamFields.ShortTissue t : tissues) {
            set(ExamFields.shortTissue(side, t), "true");
        }
        return this;
    }

    /** Single-leg stance, eyes open, in seconds, right then left. */
    public AssessmentBuilder singleLegStance(String right, String left) {
        return set(ExamFields.singleLegStance(Side.RIGHT), right).set(ExamFields.singleLegStance(Side.LEFT), left);
    }

    public AssessmentBuilder singleLegSquat(Side side, String rating) {
        return set(AssessmentFields.squat(side), rating);
    }

    /** Marks the side tested and ticks the items named: arm, trunk, pelvis, unsteady, knee1, knee2. */
    public AssessmentBuilder stepDown(Side side, String... items) {
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

    /** The answers to LEFS items 1, 2, … in order; fewer than 20 leaves the rest unanswered. */
    public AssessmentBuilder lefs(int... answers) {
        for (int i = 0; i < answers.length; i++) {
            set(AssessmentFields.lefs(i + 1), String.valueOf(answers[i]));
        }
        return this;
    }

    /** All 20 LEFS items answered so they add up to {@code total}. */
    public AssessmentBuilder lefsTotal(int total) {
        int[] answers = new int[AssessmentFields.LEFS_ITEMS];
        int left = total;
        for (int i = 0; i < answers.length; i++) {
            answers[i] = Math.min(4, left);
            left -= answers[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException("a LEFS total is at most 80");
        }
        return lefs(answers);
    }

    public AssessmentValues build() {
        AssessmentInput.Checked checked = AssessmentInput.check(typed);
        if (!checked.ok()) {
            throw new IllegalStateException("test assessment does not pass input checking: "
                    + checked.problems().keySet());
        }
        return checked.values();
    }
}
