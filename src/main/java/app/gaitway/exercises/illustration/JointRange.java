package app.gaitway.exercises.illustration;

import java.util.Locale;

/**
 * Physically possible joint ranges in degrees. Hip, knee, ankle and trunk follow shared
 * ILLUSTRATION.md (hip flexion 120, extension 30, abduction 45; knee 0–140; ankle 20
 * dorsiflexion to 50 plantarflexion; trunk flexion 90); the others are usual adult norms.
 */
enum JointRange {
    HIP_FLEXION(-30, 120),
    HIP_ABDUCTION(-30, 45),
    HIP_ROTATION(-45, 45),
    KNEE_FLEXION(0, 140),
    ANKLE(-50, 20),
    SHOULDER_FLEXION(-60, 180),
    SHOULDER_ABDUCTION(-10, 180),
    ELBOW_FLEXION(0, 150),
    TRUNK_FLEXION(-30, 90),
    HEAD_FLEXION(-45, 60),
    /** Frontal-plane pelvic tilt (+ = left side higher); a pelvic drop is about 5–15°. */
    PELVIS_TILT(-20, 20),
    /**
     * A balance board tipped under the feet; 8° is about where a drawn board's low edge meets the floor
     * (see {@link BalanceBoard#MOST_TILT}).
     */
    BOARD_TILT(-8, 8);

    final double min;
    final double max;

    JointRange(double min, double max) {
        this.min = min;
        this.max = max;
    }

    void check(String what, double degrees) {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException(what + " must be a number of degrees");
        }
        if (degrees < min || degrees > max) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s %s° is outside the possible range %s° to %s°",
                    what,
                    fmt(degrees),
                    fmt(min),
                    fmt(max)));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
