package app.gaitway.benchmark;

import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.testdata.AssessmentBuilder;

import java.util.List;
import java.util.Random;

import static app.gaitway.assessments.record.AssessmentFields.testPosition;

/**
 * What a therapist records at one visit of a seeded patient: pain, gait and movement signs per side, manual muscle
 * test grades and dynamometer forces, range of motion of both legs, the LEFS, the safety screen and the plan. The
 * affected side starts weaker, stiffer and more painful and improves visit by visit, as a patient in a home program
 * typically does; the other side stays within the normal play of the tests. A draft has only what is typed first
 * (the subjective part and the gait). Every visit passes the application's own input checks
 * ({@link AssessmentBuilder#build()}), so it reads back as if typed into the form.
 */
final class VisitValues {

    private static final List<String> GRADES = List.of("3-", "3", "3+", "4-", "4", "4+", "5");

    /**
     * Forces of a healthy adult in newtons per kilogram of body weight, by hand-held dynamometer, in the order of
     * hip abductors, hip extensors, knee extensors, knee flexors: round figures near those of the healthy side of
     * {@code ClinicalCases.patellofemoralRunner} (164 N hip abduction, 200 N hip extension and 330 N knee extension
     * at 61 kg: 2.7, 3.3 and 5.4 N/kg), so the limb symmetry and %-of-body-weight findings read as they do for real
     * patients. Seeding data, not a clinical norm.
     */
    private static final double[] NEWTONS_PER_KG = {2.5, 3.0, 5.0, 2.4};

    /** The groups measured with the dynamometer, in the order of {@link #NEWTONS_PER_KG} and {@link #POSITIONS}. */
    private static final List<MuscleGroup> MEASURED = List.of(
            MuscleGroup.HIP_ABDUCTORS, MuscleGroup.HIP_EXTENSORS, MuscleGroup.KNEE_EXTENSORS, MuscleGroup.KNEE_FLEXORS);

    private static final List<String> POSITIONS = List.of("Side-lying", "Prone", "Seated, knee at 90°", "Prone");

    private VisitValues() {}

    /**
     * The values of the patient's visit {@code visit} (0 first) of {@code visits}.
     *
     * @param draft only the first sections, as a draft saved before the examination
     */
    static AssessmentValues of(SeedPlan.PatientPlan p, int visit, int visits, boolean draft) {
        Random r = new Random(p.seed * 1_000 + visit);
        double progress = visits <= 1 ? 0 : (double) visit / (visits - 1);
        double deficit = p.deficit * (1 - 0.7 * progress);
        List<Side> affected = affected(p);
        Side main = affected.get(0);
        AssessmentBuilder a = AssessmentBuilder.assessment();

        int worst = clamp((int) Math.round(p.worstPain * (1 - 0.5 * progress)) + r.nextInt(2), 1, 10);
        int now = clamp(worst - 2 - r.nextInt(2), 0, 10);
        a.pain(now, Math.max(0, now - 2), worst)
                .set(
                        "subjective.complaint",
                        p.condition.referral + (p.condition.oneSided() ? ", " + main.code() + " side" : ""))
                .set(
                        "subjective.pain_location",
                        p.condition.region + (p.condition.oneSided() ? " (" + main.code() + ")" : ""))
                .set("subjective.aggravating." + aggravator(p.condition), "true")
                .set("subjective.goals", "Back to " + p.goal + " without pain");
        if (worst >= 7 && r.nextInt(3) == 0) {
            a.set(SafetyScreen.IRRITABLE, "true");
        }
        screen(a, p, visit);
        gait(a, affected, deficit, r);
        if (draft) {
            return a.build();
        }

        a.bodyWeight(String.valueOf(p.bodyWeightKg)).forceUnit("n");
        for (MuscleGroup group : MuscleGroup.values()) {
            a.grades(
                    group,
                    grade(deficitOf(group, affected, Side.RIGHT, deficit), r),
                    grade(deficitOf(group, affected, Side.LEFT, deficit), r));
        }
        // a round 0.8 % less force a year after 40, so older patients test weaker; seeding data, not a norm
        double ageFactor = 1 - Math.max(0, p.age - 40) * 0.008;
        for (int i = 0; i < MEASURED.size(); i++) {
            MuscleGroup group = MEASURED.get(i);
            double healthy = NEWTONS_PER_KG[i] * p.bodyWeightKg * ageFactor * (p.female ? 0.85 : 1.0);
            a.forces(
                    group,
                    newtons(healthy, deficitOf(group, affected, Side.RIGHT, deficit), r),
                    newtons(healthy, deficitOf(group, affected, Side.LEFT, deficit), r));
            a.set(testPosition(group), POSITIONS.get(i));
        }
        for (Motion motion : Motion.values()) {
            for (Side side : Side.values()) {
                int normal = normal(motion, p.age, r);
                int lost =
                        affected.contains(side) ? (int) Math.round(stiffness(p.condition, motion) * deficit / 0.3) : 0;
                int active = clamp(normal - lost, motion.min, motion.max);
                Integer passive =
                        affected.contains(side) && lost > 0 ? clamp(active + 5, motion.min, motion.max) : null;
                a.rom(motion, side, active, passive);
            }
        }
        a.lefs(lefs(clamp((int) Math.round(p.lefs + 22 * progress) + r.nextInt(3), 0, 80), r));
        a.set(
                        "plan.assessment",
                        p.condition.referral + ". "
                                + (deficit > 0.2
                                        ? "Marked weakness of the " + main.code() + " hip and knee muscles."
                                        : "Strength close to the other side now."))
                .set("plan.plan", "Home program, reviewed in " + (2 + r.nextInt(3)) + " weeks.")
                .set("plan.goals", "Walk 30 minutes and manage stairs without pain.");
        return a.build();
    }

    private static List<Side> affected(SeedPlan.PatientPlan p) {
        return switch (p.side) {
            case "LEFT" -> List.of(Side.LEFT);
            case "RIGHT" -> List.of(Side.RIGHT);
            default -> List.of(Side.RIGHT, Side.LEFT);
        };
    }

    private static String aggravator(Condition c) {
        return switch (c) {
            case PATELLOFEMORAL_PAIN, KNEE_OSTEOARTHRITIS, KNEE_REPLACEMENT -> "stairs";
            case ILIOTIBIAL_BAND -> "running";
            case LOW_BACK_PAIN -> "sitting";
            case HIP_OSTEOARTHRITIS, HIP_REPLACEMENT -> "squatting";
            default -> "walking";
        };
    }

    private static void screen(AssessmentBuilder a, SeedPlan.PatientPlan p, int visit) {
        switch (p.condition.screen) {
            case HIP_REPLACEMENT ->
                a.set(SafetyScreen.HIP_APPROACH, p.hipApproach)
                        .set(SafetyScreen.HIP_SIDE, p.side.equals("LEFT") ? "left" : "right")
                        .set(SafetyScreen.HIP_DATE, p.surgeryDate.toString());
            case RECENT_SURGERY -> a.set(SafetyScreen.RECENT_SURGERY, "Total knee replacement " + p.surgeryDate);
            case FALL_RISK -> a.set(SafetyScreen.FALL_RISK, "true");
            case PREGNANCY_POSSIBLE -> {
                if (p.pregnancyWeeks > 0) {
                    a.set(SafetyScreen.PREGNANCY, "true")
                            .set(
                                    SafetyScreen.PREGNANCY_WEEKS,
                                    String.valueOf(Math.min(42, p.pregnancyWeeks + 2 * visit)));
                }
            }
            case NONE -> {}
        }
        if (p.osteoporosis) {
            a.set(SafetyScreen.OSTEOPOROSIS, "true");
        }
        if (p.redFlag != null && visit == 0) {
            // Asked and answered at the first visit: a flag with the therapist's decision, so no banner stays up.
            a.set("screen.red." + p.redFlag, "true");
            if (p.referred) {
                a.set(SafetyScreen.DECISION, "referred");
            } else {
                a.set(SafetyScreen.DECISION, "cleared")
                        .set(SafetyScreen.DECISION_NOTE, "Explained by the history; no other signs. GP informed.");
            }
        }
    }

    private static void gait(AssessmentBuilder a, List<Side> affected, double deficit, Random r) {
        String severity = deficit > 0.3 ? "moderate" : deficit > 0.15 ? "mild" : "none";
        for (Side side : Side.values()) {
            boolean hurt = affected.contains(side);
            a.gait(GaitSign.PELVIC_DROP, side, hurt ? severity : "none")
                    .gait(GaitSign.KNEE_VALGUS, side, hurt && deficit > 0.2 ? "mild" : "none")
                    .gait(GaitSign.TRUNK_LEAN, side, hurt && deficit > 0.3 ? "mild" : "none")
                    .gait(GaitSign.HIP_SWING, side, "none")
                    .gait(GaitSign.FOOT_PRONATION, side, r.nextInt(3) == 0 ? "mild" : "none")
                    .singleLegSquat(side, hurt ? (deficit > 0.3 ? "poor" : deficit > 0.12 ? "fair" : "good") : "good")
                    .trendelenburg(side, hurt && deficit > 0.3 ? "positive" : "negative");
            if (hurt && deficit > 0.25) {
                a.stepDown(side, "pelvis", "trunk", "knee2");
            } else if (hurt && deficit > 0.1) {
                a.stepDown(side, "pelvis", "knee1");
            } else {
                a.stepDown(side);
            }
        }
    }

    /** How much weaker than healthy the group is on the side: the affected side's muscles around the problem. */
    private static double deficitOf(MuscleGroup group, List<Side> affected, Side side, double deficit) {
        if (!affected.contains(side)) {
            return 0;
        }
        return switch (group) {
            case HIP_ABDUCTORS, HIP_EXTENSORS, KNEE_EXTENSORS -> deficit;
            default -> deficit / 2;
        };
    }

    private static String grade(double deficit, Random r) {
        int index = deficit > 0.35 ? 3 : deficit > 0.25 ? 4 : deficit > 0.12 ? 5 : 6;
        if (index == 6 && r.nextInt(6) == 0) {
            index = 5; // 4+ on a healthy side: within the play of the test
        }
        return GRADES.get(index);
    }

    private static String newtons(double healthy, double deficit, Random r) {
        return String.valueOf(Math.round(healthy * (1 - deficit) * (0.95 + 0.1 * r.nextDouble())));
    }

    /** A value in the normal range for the age (the middle of the table's band when it has one). */
    private static int normal(Motion motion, int age, Random r) {
        if (motion == Motion.KNEE_EXTENSION) {
            return r.nextInt(3);
        }
        var lower = RomNorms.lowerLimit(motion, age);
        var upper = RomNorms.upperLimit(motion, age);
        if (lower.isEmpty() || upper.isEmpty()) {
            return 20 + r.nextInt(10);
        }
        int mid = (lower.getAsInt() + upper.getAsInt()) / 2;
        int spread = Math.max(1, (upper.getAsInt() - lower.getAsInt()) / 4);
        return clamp(mid - spread + r.nextInt(2 * spread + 1), motion.min, motion.max);
    }

    /** Degrees a motion loses on the affected side at a deficit of 0.3, by condition. */
    private static int stiffness(Condition c, Motion motion) {
        return switch (c) {
            case KNEE_REPLACEMENT -> motion == Motion.KNEE_FLEXION ? 35 : motion == Motion.KNEE_EXTENSION ? 8 : 0;
            case KNEE_OSTEOARTHRITIS -> motion == Motion.KNEE_FLEXION ? 15 : motion == Motion.KNEE_EXTENSION ? 4 : 0;
            case HIP_OSTEOARTHRITIS, HIP_REPLACEMENT ->
                switch (motion) {
                    case HIP_FLEXION -> 20;
                    case HIP_INTERNAL_ROTATION, HIP_EXTENSION -> 10;
                    default -> 0;
                };
            case LOW_BACK_PAIN -> motion == Motion.HIP_EXTENSION ? 8 : 0;
            default -> 0;
        };
    }

    /** The 20 LEFS answers adding up to the total, spread evenly over the items as real answers are. */
    private static int[] lefs(int total, Random r) {
        int[] answers = new int[20];
        int left = total;
        for (int i = 0; i < answers.length; i++) {
            answers[i] = Math.min(4, total / 20);
            left -= answers[i];
        }
        while (left > 0) {
            int i = r.nextInt(answers.length);
            if (answers[i] < 4) {
                answers[i]++;
                left--;
            }
        }
        return answers;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
