package app.gaitway.testdata;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.ExamFields.ShortTissue;
import app.gaitway.patients.AffectedSide;
import app.gaitway.patients.Sex;

import static app.gaitway.assessments.record.ExamFields.SpecialTest.FABER;
import static app.gaitway.assessments.record.ExamFields.SpecialTest.FADIR;
import static app.gaitway.assessments.record.ExamFields.SpecialTest.OBER;
import static app.gaitway.assessments.record.ExamFields.SpecialTest.THOMAS;
import static app.gaitway.assessments.record.GaitSign.FOOT_PRONATION;
import static app.gaitway.assessments.record.GaitSign.HIP_SWING;
import static app.gaitway.assessments.record.GaitSign.KNEE_VALGUS;
import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.GaitSign.TRUNK_LEAN;
import static app.gaitway.assessments.record.Motion.HIP_ABDUCTION;
import static app.gaitway.assessments.record.Motion.HIP_ADDUCTION;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.Motion.HIP_EXTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.HIP_FLEXION;
import static app.gaitway.assessments.record.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.record.Motion.KNEE_FLEXION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ADDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTERNAL_ROTATORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_FLEXORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_INTERNAL_ROTATORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_FLEXORS;
import static app.gaitway.assessments.record.Side.LEFT;
import static app.gaitway.assessments.record.Side.RIGHT;
import static app.gaitway.testdata.AssessmentBuilder.assessment;

/**
 * Five patients as a therapist would record them at a first visit, for tests of the findings and of the
 * suggestions built on them. Each is written from the usual clinical picture of its condition, not from the
 * rules: what a patient like this typically shows, including the normal variation that should not be flagged.
 * Grades are written right, left (as {@link AssessmentBuilder} takes them); gait and movement sides are stance
 * sides. Forces in newtons.
 */
public final class ClinicalCases {

    /** An assessment with the patient it belongs to. */
    public record ClinicalCase(String title, AssessmentValues values, int age, Sex sex, AffectedSide affectedSide) {
        public PatientContext context() {
            return new PatientContext(age, sex, affectedSide);
        }
    }

    private ClinicalCases() {}

    /**
     * A 28-year-old recreational runner, right anterior knee pain for 4 months, worse going downstairs and after
     * 5 km. Typical of patellofemoral pain: the right hip abductors test only a grade down by hand, but the
     * dynamometer shows them at about three quarters of the left; the pelvis drops and the knee caves in on the
     * right in the step-down. Range of motion is normal for her age, with the usual small left-right differences;
     * her hip extensors are 4+/5 on both sides, which is within the play of the test. The right ankle is stiffer on
     * the lunge test (8.5 cm against 11 cm) and the right iliotibial band tight on the Ober test, both common with
     * patellofemoral pain; FADIR is negative (the hip joint is not the source) and she stands 45 s on either leg.
     */
    public static ClinicalCase patellofemoralRunner() {
        AssessmentValues v = assessment()
                .set("subjective.complaint", "Right anterior knee pain going downstairs and after running 5 km")
                .set("subjective.aggravating.stairs", "true")
                .set("subjective.aggravating.running", "true")
                .pain(2, 0, 6)
                .lefsTotal(62)
                .grades(HIP_ABDUCTORS, "4", "5")
                .grades(HIP_EXTENSORS, "4+", "4+")
                .grades(HIP_EXTERNAL_ROTATORS, "4+", "5")
                .grades(HIP_FLEXORS, "5", "5")
                .grades(KNEE_EXTENSORS, "5", "5")
                .grades(KNEE_FLEXORS, "5", "5")
                .bodyWeight("61")
                .forceUnit("n")
                .forces(HIP_ABDUCTORS, "118", "164")
                .forces(HIP_EXTENSORS, "190", "200")
                .forces(KNEE_EXTENSORS, "310", "330")
                .activeRom(HIP_FLEXION, 118, 120)
                .activeRom(HIP_EXTENSION, 18, 20)
                .activeRom(HIP_ABDUCTION, 40, 42)
                .activeRom(HIP_INTERNAL_ROTATION, 36, 38)
                .activeRom(HIP_EXTERNAL_ROTATION, 44, 45)
                .activeRom(KNEE_FLEXION, 140, 142)
                .activeRom(KNEE_EXTENSION, 2, 2)
                .gait(PELVIC_DROP, RIGHT, "moderate")
                .gait(PELVIC_DROP, LEFT, "none")
                .gait(KNEE_VALGUS, RIGHT, "mild")
                .gait(KNEE_VALGUS, LEFT, "none")
                .gait(FOOT_PRONATION, RIGHT, "mild")
                .gait(FOOT_PRONATION, LEFT, "mild")
                .trendelenburg(RIGHT, "negative")
                .trendelenburg(LEFT, "negative")
                .singleLegSquat(RIGHT, "fair")
                .singleLegSquat(LEFT, "good")
                .stepDown(RIGHT, "trunk", "pelvis", "knee2", "unsteady")
                .stepDown(LEFT, "knee1")
                .lunge("8.5", "11")
                .special(FADIR, RIGHT, "negative")
                .special(FADIR, LEFT, "negative")
                .special(OBER, RIGHT, "positive")
                .special(OBER, LEFT, "negative")
                .singleLegStance("45", "45")
                .set(
                        "plan.assessment",
                        "Patellofemoral pain with right hip abductor weakness and poor control in single-leg loading.")
                .build();
        return new ClinicalCase("Patellofemoral pain, runner", v, 28, Sex.FEMALE, AffectedSide.RIGHT);
    }

    /**
     * A 45-year-old office worker, low-back pain for 8 months, worst after long sitting. The glutes are weak on
     * both sides (hip extensors 4/5 each), the left hip abductors more than the right, so the pelvis drops on the
     * left in walking and the Trendelenburg test is positive there; hip extension is short on both sides from
     * sitting, and the Thomas test confirms short hip flexors (iliopsoas) on both sides; FABER is negative. Worst
     * pain 7/10 is severe.
     */
    public static ClinicalCase officeWorkerLowBackPain() {
        AssessmentValues v = assessment()
                .set("subjective.complaint", "Low-back pain after sitting at work; stiff getting up")
                .set("subjective.aggravating.sitting", "true")
                .pain(4, 2, 7)
                .grades(HIP_EXTENSORS, "4", "4")
                .grades(HIP_ABDUCTORS, "4+", "4")
                .grades(HIP_FLEXORS, "5", "5")
                .grades(HIP_EXTERNAL_ROTATORS, "5", "4+")
                .grades(KNEE_EXTENSORS, "5", "5")
                .bodyWeight("84")
                .forceUnit("n")
                .forces(HIP_ABDUCTORS, "150", "128")
                .forces(HIP_EXTENSORS, "160", "170")
                .activeRom(HIP_FLEXION, 115, 114)
                .activeRom(HIP_EXTENSION, 2, 3)
                .activeRom(HIP_INTERNAL_ROTATION, 30, 28)
                .activeRom(HIP_EXTERNAL_ROTATION, 35, 36)
                .activeRom(KNEE_FLEXION, 135, 136)
                .gait(PELVIC_DROP, LEFT, "moderate")
                .gait(PELVIC_DROP, RIGHT, "none")
                .gait(TRUNK_LEAN, LEFT, "mild")
                .trendelenburg(LEFT, "positive")
                .trendelenburg(RIGHT, "negative")
                .singleLegSquat(RIGHT, "fair")
                .singleLegSquat(LEFT, "fair")
                .thomas(RIGHT, ShortTissue.ILIOPSOAS)
                .thomas(LEFT, ShortTissue.ILIOPSOAS)
                .special(FABER, RIGHT, "negative")
                .special(FABER, LEFT, "negative")
                .build();
        return new ClinicalCase("Low-back pain, office worker", v, 45, Sex.MALE, AffectedSide.NONE);
    }

    /**
     * A 72-year-old woman with right hip osteoarthritis and two near-falls this year. A capsular pattern on the
     * right (internal rotation, flexion and extension lost most, against her own left hip), weak right hip
     * abductors (3+/5) with a positive Trendelenburg and a trunk lean over the right hip, and an unsteady
     * step-down on both sides. Worst pain 8/10. FADIR reproduces her groin pain, the Thomas test shows a short right
     * iliopsoas, and the performance tests agree with the near-falls: Timed Up and Go 13.4 s, 8 chair stands in 30 s,
     * five sit-to-stands in 16.2 s, 3 s on the right leg (7 s on the left), and 10 m in 11.8 s (0.85 m/s).
     */
    public static ClinicalCase olderAdultHipOsteoarthritis() {
        AssessmentValues v = assessment()
                .set("subjective.complaint", "Right groin and hip pain walking; two near-falls this year")
                .set("subjective.aggravating.walking", "true")
                .pain(5, 3, 8)
                .lefsTotal(34)
                .grades(HIP_ABDUCTORS, "3+", "4")
                .grades(HIP_EXTENSORS, "4-", "4+")
                .grades(HIP_FLEXORS, "4", "4+")
                .grades(KNEE_EXTENSORS, "4+", "5")
                .activeRom(HIP_FLEXION, 95, 112)
                .activeRom(HIP_EXTENSION, -5, 10)
                .activeRom(HIP_ABDUCTION, 20, 30)
                .activeRom(HIP_INTERNAL_ROTATION, 8, 22)
                .activeRom(HIP_EXTERNAL_ROTATION, 20, 28)
                .activeRom(KNEE_FLEXION, 125, 128)
                .activeRom(KNEE_EXTENSION, -3, 0)
                .gait(TRUNK_LEAN, RIGHT, "moderate")
                .gait(TRUNK_LEAN, LEFT, "none")
                .gait(PELVIC_DROP, RIGHT, "mild")
                .trendelenburg(RIGHT, "positive")
                .trendelenburg(LEFT, "negative")
                .stepDown(RIGHT, "arm", "trunk", "pelvis", "unsteady")
                .stepDown(LEFT, "arm", "unsteady")
                .special(FADIR, RIGHT, "positive")
                .special(FADIR, LEFT, "negative")
                .set(ExamFields.specialNote(FADIR), "her groin pain")
                .thomas(RIGHT, ShortTissue.ILIOPSOAS)
                .set(ExamFields.TUG, "13.4")
                .set(ExamFields.CHAIR_STAND, "8")
                .set(ExamFields.FIVE_STS, "16.2")
                .singleLegStance("3", "7")
                .set(ExamFields.WALK_10M, "11.8")
                .build();
        return new ClinicalCase("Hip osteoarthritis and poor balance, 72", v, 72, Sex.FEMALE, AffectedSide.RIGHT);
    }

    /**
     * A 66-year-old man 6 weeks after a left total hip replacement through the posterior approach, walking with
     * one stick. Flexion is measured only up to the precaution limit (about 90°), adduction and internal rotation
     * are not tested (precautions); squat, step-down and dynamometer are not done yet. The left hip muscles are
     * a grade or more down after surgery, the abductors most (3+/5), with a positive Trendelenburg, pelvic drop
     * and trunk lean on the left. With the stick he takes 14.5 s for the Timed Up and Go.
     */
    public static ClinicalCase posteriorHipReplacementSixWeeks() {
        AssessmentValues v = assessment()
                .set(
                        "subjective.complaint",
                        "Left total hip replacement (posterior approach) 6 weeks ago; walking with a stick")
                .pain(2, 1, 4)
                .lefsTotal(41)
                .grades(HIP_ABDUCTORS, "5", "3+")
                .grades(HIP_EXTENSORS, "5", "4-")
                .grades(HIP_FLEXORS, "5", "4-")
                .grades(KNEE_EXTENSORS, "5", "4")
                .activeRom(HIP_FLEXION, 115, 85)
                .activeRom(HIP_EXTENSION, 15, 10)
                .activeRom(HIP_ABDUCTION, 35, 20)
                .activeRom(KNEE_FLEXION, 130, 120)
                .activeRom(KNEE_EXTENSION, 0, 0)
                .gait(PELVIC_DROP, LEFT, "moderate")
                .gait(PELVIC_DROP, RIGHT, "none")
                .gait(TRUNK_LEAN, LEFT, "moderate")
                .gait(TRUNK_LEAN, RIGHT, "none")
                .trendelenburg(LEFT, "positive")
                .trendelenburg(RIGHT, "negative")
                .set(ExamFields.TUG, "14.5")
                .build();
        return new ClinicalCase("Posterior hip replacement, 6 weeks", v, 66, Sex.MALE, AffectedSide.LEFT);
    }

    /**
     * A healthy 34-year-old woman seen for a running check: no pain, full function, and the normal variation of
     * healthy adults — 4+/5 hip abductors on both sides, a few degrees between the sides, hip internal rotation
     * well under the textbook 45°, forces within 10% of each other, mild foot pronation on both sides and a
     * step-down with the knee just inside the second toe; a lunge 0.5 cm apart, negative hip tests, and balance
     * and walking speed of her age.
     */
    public static ClinicalCase healthyAdult() {
        AssessmentValues v = assessment()
                .set("subjective.complaint", "No complaint; wants a check before a half marathon")
                .pain(0, 0, 1)
                .lefsTotal(79)
                .grades(HIP_ABDUCTORS, "4+", "4+")
                .grades(HIP_EXTENSORS, "5", "5")
                .grades(HIP_FLEXORS, "5", "5")
                .grades(HIP_EXTERNAL_ROTATORS, "4+", "5")
                .grades(HIP_INTERNAL_ROTATORS, "5", "5")
                .grades(HIP_ADDUCTORS, "5", "5")
                .grades(KNEE_EXTENSORS, "5", "5")
                .grades(KNEE_FLEXORS, "5", "5")
                .bodyWeight("63")
                .forceUnit("n")
                .forces(HIP_ABDUCTORS, "172", "181")
                .forces(HIP_EXTENSORS, "205", "221")
                .activeRom(HIP_FLEXION, 118, 121)
                .activeRom(HIP_EXTENSION, 15, 17)
                .activeRom(HIP_ABDUCTION, 38, 40)
                .activeRom(HIP_ADDUCTION, 25, 26)
                .activeRom(HIP_INTERNAL_ROTATION, 30, 34)
                .activeRom(HIP_EXTERNAL_ROTATION, 40, 44)
                .activeRom(KNEE_FLEXION, 138, 140)
                .activeRom(KNEE_EXTENSION, 3, 2)
                .gait(PELVIC_DROP, RIGHT, "none")
                .gait(PELVIC_DROP, LEFT, "none")
                .gait(HIP_SWING, RIGHT, "none")
                .gait(HIP_SWING, LEFT, "none")
                .gait(FOOT_PRONATION, RIGHT, "mild")
                .gait(FOOT_PRONATION, LEFT, "mild")
                .trendelenburg(RIGHT, "negative")
                .trendelenburg(LEFT, "negative")
                .singleLegSquat(RIGHT, "good")
                .singleLegSquat(LEFT, "good")
                .stepDown(RIGHT, "knee1")
                .stepDown(LEFT)
                .lunge("12.5", "12")
                .special(FABER, RIGHT, "negative")
                .special(FABER, LEFT, "negative")
                .special(FADIR, RIGHT, "negative")
                .special(FADIR, LEFT, "negative")
                .special(THOMAS, RIGHT, "negative")
                .special(THOMAS, LEFT, "negative")
                .singleLegStance("45", "42")
                .set(ExamFields.WALK_10M, "7.4")
                .build();
        return new ClinicalCase("Healthy adult", v, 34, Sex.FEMALE, null);
    }
}
