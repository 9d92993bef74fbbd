package app.gaitway.benchmark;

import java.util.List;

/**
 * Why a seeded patient was referred: the referral text and ICD-10 code the patient record gives, the ages it is
 * usually seen at, the title and exercises of the home programs a therapist would give for it (built-in exercises by
 * slug, at least eight each), and what the assessment of it shows. Chosen so a clinic's list reads like an
 * outpatient musculoskeletal caseload: knee and hip pain, low-back pain, ankle sprains, joint replacements, falls.
 */
enum Condition {
    PATELLOFEMORAL_PAIN(
            "Anterior knee pain on stairs and after running",
            "M22.2",
            18,
            45,
            "Knee pain: hip and knee strength",
            "knee",
            List.of(
                    "clamshell",
                    "side-lying-hip-abduction",
                    "hip-bridge",
                    "banded-side-step",
                    "lateral-step-down",
                    "mini-squat",
                    "wall-sit",
                    "step-up",
                    "monster-walk",
                    "single-leg-balance"),
            Screen.NONE),
    KNEE_OSTEOARTHRITIS(
            "Knee osteoarthritis: pain and stiffness walking",
            "M17.1",
            50,
            90,
            "Knee osteoarthritis: strength and movement",
            "knee",
            List.of(
                    "quad-set",
                    "straight-leg-raise",
                    "seated-knee-extension",
                    "sit-to-stand",
                    "mini-squat",
                    "step-up",
                    "calf-raise",
                    "hip-bridge",
                    "standing-hip-abduction",
                    "heel-slide"),
            Screen.NONE),
    HIP_OSTEOARTHRITIS(
            "Hip osteoarthritis: groin pain, stiff in the morning",
            "M16.1",
            50,
            90,
            "Hip osteoarthritis: strength and mobility",
            "hip",
            List.of(
                    "hip-bridge",
                    "clamshell",
                    "standing-hip-abduction",
                    "standing-hip-extension",
                    "sit-to-stand",
                    "butterfly-stretch",
                    "hip-flexor-stretch",
                    "supine-hip-abduction-slide",
                    "calf-raise"),
            Screen.NONE),
    LATERAL_HIP_PAIN(
            "Lateral hip pain lying on the side, on stairs",
            "M70.6",
            35,
            75,
            "Lateral hip pain: gluteal loading",
            "hip",
            List.of(
                    "hip-bridge",
                    "banded-hip-bridge",
                    "standing-hip-abduction",
                    "supine-hip-abduction-slide",
                    "pelvic-drop",
                    "sit-to-stand",
                    "step-up",
                    "single-leg-balance",
                    "banded-seated-abduction"),
            Screen.NONE),
    LOW_BACK_PAIN(
            "Low-back pain, worse after sitting",
            "M54.5",
            18,
            80,
            "Low back: hip strength and core",
            "lower back",
            List.of(
                    "bird-dog",
                    "hip-bridge",
                    "quadruped-hip-extension",
                    "side-plank-from-knees",
                    "knee-to-chest-stretch",
                    "piriformis-stretch",
                    "hip-flexor-stretch",
                    "figure-4-stretch",
                    "hamstring-stretch"),
            Screen.PREGNANCY_POSSIBLE),
    ANKLE_SPRAIN(
            "Inversion ankle sprain six weeks ago, ankle gives way",
            "S93.4",
            18,
            55,
            "Ankle sprain: balance and strength",
            "ankle",
            List.of(
                    "single-leg-balance",
                    "balance-board",
                    "calf-raise",
                    "calf-stretch",
                    "banded-side-step",
                    "step-up",
                    "mini-squat",
                    "forward-step-down",
                    "single-leg-bridge"),
            Screen.NONE),
    KNEE_REPLACEMENT(
            "Total knee replacement: rehabilitation",
            "Z96.65",
            55,
            90,
            "After knee replacement",
            "knee",
            List.of(
                    "quad-set",
                    "heel-slide",
                    "straight-leg-raise",
                    "seated-knee-extension",
                    "sit-to-stand",
                    "calf-raise",
                    "hip-bridge",
                    "step-up",
                    "hamstring-stretch"),
            Screen.RECENT_SURGERY),
    HIP_REPLACEMENT(
            "Total hip replacement: rehabilitation",
            "Z96.64",
            55,
            90,
            "After hip replacement",
            "hip",
            List.of(
                    "supine-hip-abduction-slide",
                    "quad-set",
                    "heel-slide",
                    "hip-bridge",
                    "standing-hip-abduction",
                    "standing-hip-extension",
                    "sit-to-stand",
                    "calf-raise",
                    "step-up"),
            Screen.HIP_REPLACEMENT),
    ILIOTIBIAL_BAND(
            "Outer knee pain after 5 km of running",
            "M76.3",
            18,
            50,
            "Outer knee pain: hip strength",
            "knee",
            List.of(
                    "itb-stretch",
                    "clamshell",
                    "side-lying-hip-abduction",
                    "banded-crab-walk",
                    "hip-thrust",
                    "lateral-step-down",
                    "single-leg-bridge",
                    "side-plank"),
            Screen.NONE),
    FALLS(
            "Two falls this year; unsteady walking outdoors",
            "R26.8",
            65,
            90,
            "Balance and falls prevention",
            "balance",
            List.of(
                    "single-leg-balance",
                    "sit-to-stand",
                    "standing-hip-abduction",
                    "standing-hip-extension",
                    "calf-raise",
                    "step-up",
                    "mini-squat",
                    "wall-sit"),
            Screen.FALL_RISK);

    /** What the safety screen of this condition records beyond the usual nothing. */
    enum Screen {
        NONE,
        PREGNANCY_POSSIBLE,
        RECENT_SURGERY,
        HIP_REPLACEMENT,
        FALL_RISK
    }

    final String referral;
    final String icd10;
    final int youngest;
    final int oldest;
    final String programTitle;
    final String region;
    final List<String> exercises;
    final Screen screen;

    Condition(
            String referral,
            String icd10,
            int youngest,
            int oldest,
            String programTitle,
            String region,
            List<String> exercises,
            Screen screen) {
        this.referral = referral;
        this.icd10 = icd10;
        this.youngest = youngest;
        this.oldest = oldest;
        this.programTitle = programTitle;
        this.region = region;
        this.exercises = exercises;
        this.screen = screen;
    }

    /** Whether the affected side is one leg (a back or balance problem is both). */
    boolean oneSided() {
        return this != LOW_BACK_PAIN && this != FALLS;
    }
}
