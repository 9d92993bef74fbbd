package app.gaitway.assessments.record;

import app.gaitway.assessments.record.FieldSpec.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys of an assessment's examination fields and the fields themselves. Keys are dotted paths that read as what
 * they hold: {@code strength.hip_abductors.right.grade}, {@code rom.hip_extension.left.active}, {@code lefs.item7}.
 * The safety screen declares its own fields; the assessment's catalogue lists both.
 */
public final class AssessmentFields {

    public static final List<String> AGGRAVATORS = List.of("stairs", "running", "squatting", "sitting", "walking");
    public static final List<String> SEVERITIES = List.of("none", "mild", "moderate", "marked");
    public static final List<String> SQUAT_RATINGS = List.of("good", "fair", "poor");
    /** Lateral step-down knee position: 0 in line with the second toe, 1 medial to it, 2 medial to the foot's inner border. */
    public static final List<String> STEP_DOWN_KNEE = List.of("0", "1", "2");

    public static final List<String> STEP_DOWN_ITEMS = List.of("arm", "trunk", "pelvis", "unsteady");
    public static final List<String> TRENDELENBURG = List.of("negative", "positive");
    public static final List<String> FORCE_UNITS = List.of("n", "kg");
    public static final List<String> LEFS_ANSWERS = List.of("0", "1", "2", "3", "4");
    public static final int LEFS_ITEMS = 20;
    /** Patient-Specific Functional Scale: the authors ask for up to three activities; the form has room for five. */
    public static final int PSFS_ACTIVITIES = 5;
    /** Anterior Knee Pain Scale (Kujala et al. 1993): the points of each item's answers, as printed on the scale. */
    public static final int AKPS_ITEMS = 13;

    private static final int[][] AKPS_POINTS_TABLE = {
        {5, 3, 0}, // 1 limp
        {5, 3, 0}, // 2 support
        {5, 3, 2, 0}, // 3 walking
        {10, 8, 5, 0}, // 4 stairs
        {5, 4, 3, 2, 0}, // 5 squatting
        {10, 8, 6, 3, 0}, // 6 running
        {10, 7, 2, 0}, // 7 jumping
        {10, 8, 6, 4, 0}, // 8 prolonged sitting with the knees flexed
        {10, 8, 6, 3, 0}, // 9 pain
        {10, 8, 6, 4, 0}, // 10 swelling
        {10, 6, 4, 2, 0}, // 11 abnormal painful kneecap movements
        {5, 3, 0}, // 12 atrophy of thigh
        {5, 3, 0} // 13 flexion deficiency
    };

    private AssessmentFields() {}

    public static String gait(GaitSign sign, Side side) {
        return "gait." + sign.code() + "." + side.code();
    }

    public static String squat(Side side) {
        return "gait.single_leg_squat." + side.code();
    }

    public static String stepDown(Side side, String item) {
        return "gait.step_down." + side.code() + "." + item;
    }

    public static String trendelenburg(Side side) {
        return "gait.trendelenburg." + side.code();
    }

    public static String grade(MuscleGroup group, Side side) {
        return "strength." + group.code() + "." + side.code() + ".grade";
    }

    public static String force(MuscleGroup group, Side side) {
        return "strength." + group.code() + "." + side.code() + ".force";
    }

    public static String testPosition(MuscleGroup group) {
        return "strength." + group.code() + ".position";
    }

    public static String rom(Motion motion, Side side, boolean active) {
        return "rom." + motion.code() + "." + side.code() + (active ? ".active" : ".passive");
    }

    public static String lefs(int item) {
        return "lefs.item" + item;
    }

    public static String psfsActivity(int n) {
        return "psfs.activity" + n;
    }

    public static String psfsRating(int n) {
        return "psfs.rating" + n;
    }

    /** An AKPS answer is stored as its points ("8"), which are unique within each item. */
    public static String akps(int item) {
        return "akps.item" + item;
    }

    /** The points of AKPS item {@code item}'s (1–13) answers, best first. */
    public static int[] akpsPoints(int item) {
        return AKPS_POINTS_TABLE[item - 1].clone();
    }

    /** The answers of AKPS item {@code item} (1–13) as stored, best first. */
    public static List<String> akpsAnswers(int item) {
        return Arrays.stream(AKPS_POINTS_TABLE[item - 1])
                .mapToObj(String::valueOf)
                .toList();
    }

    /** The fields of the examination (subjective to plan), in the order of the form. */
    public static List<FieldSpec> examination() {
        List<FieldSpec> f = new ArrayList<>();
        f.add(FieldSpec.text("subjective.complaint", Section.SUBJECTIVE, 500));
        f.add(FieldSpec.text("subjective.pain_location", Section.SUBJECTIVE, 300));
        for (String p : List.of("now", "best", "worst")) {
            f.add(FieldSpec.integer("subjective.pain_" + p, Section.SUBJECTIVE, 0, 10));
        }
        for (String a : AGGRAVATORS) {
            f.add(FieldSpec.flag("subjective.aggravating." + a, Section.SUBJECTIVE));
        }
        f.add(FieldSpec.text("subjective.aggravating_other", Section.SUBJECTIVE, 300));
        f.add(FieldSpec.longText("subjective.goals", Section.SUBJECTIVE, 2000));

        for (GaitSign sign : GaitSign.values()) {
            for (Side side : Side.values()) {
                f.add(FieldSpec.choice(gait(sign, side), Section.GAIT, SEVERITIES));
            }
        }
        for (Side side : Side.values()) {
            f.add(FieldSpec.choice(squat(side), Section.GAIT, SQUAT_RATINGS));
        }
        for (Side side : Side.values()) {
            for (String item : STEP_DOWN_ITEMS) {
                f.add(FieldSpec.flag(stepDown(side, item), Section.GAIT));
            }
            f.add(FieldSpec.choice(stepDown(side, "knee"), Section.GAIT, STEP_DOWN_KNEE));
            f.add(FieldSpec.flag(stepDown(side, "tested"), Section.GAIT));
        }
        for (Side side : Side.values()) {
            f.add(FieldSpec.choice(trendelenburg(side), Section.GAIT, TRENDELENBURG));
        }
        f.add(FieldSpec.longText("gait.notes", Section.GAIT, 2000));

        f.add(FieldSpec.decimal("strength.body_weight_kg", Section.STRENGTH, 20, 300));
        f.add(FieldSpec.choice("strength.force_unit", Section.STRENGTH, FORCE_UNITS));
        for (MuscleGroup group : MuscleGroup.values()) {
            for (Side side : Side.values()) {
                f.add(FieldSpec.grade(grade(group, side)));
                f.add(FieldSpec.decimal(force(group, side), Section.STRENGTH, 0, 2000));
            }
            f.add(FieldSpec.text(testPosition(group), Section.STRENGTH, 100));
        }

        for (Motion motion : Motion.values()) {
            for (Side side : Side.values()) {
                f.add(FieldSpec.integer(rom(motion, side, true), Section.ROM, motion.min, motion.max));
                f.add(FieldSpec.integer(rom(motion, side, false), Section.ROM, motion.min, motion.max));
            }
        }

        for (int i = 1; i <= LEFS_ITEMS; i++) {
            f.add(FieldSpec.choice(lefs(i), Section.LEFS, LEFS_ANSWERS));
        }

        f.add(FieldSpec.longText("plan.assessment", Section.PLAN, 5000));
        f.add(FieldSpec.longText("plan.plan", Section.PLAN, 5000));
        f.add(FieldSpec.longText("plan.goals", Section.PLAN, 2000));
        f.addAll(ExamFields.fields());

        for (int i = 1; i <= PSFS_ACTIVITIES; i++) {
            f.add(FieldSpec.text(psfsActivity(i), Section.PSFS, 100));
            f.add(FieldSpec.integer(psfsRating(i), Section.PSFS, 0, 10));
        }
        for (int i = 1; i <= AKPS_ITEMS; i++) {
            f.add(FieldSpec.choice(akps(i), Section.AKPS, akpsAnswers(i)));
        }
        return f;
    }
}
