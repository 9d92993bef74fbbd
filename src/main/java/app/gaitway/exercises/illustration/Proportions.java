package app.gaitway.exercises.illustration;

/**
 * Segment lengths and drawn thicknesses as fractions of standing height H, after
 * Drillis and Contini as tabulated by Winter (see shared ILLUSTRATION.md). One table for
 * every exercise keeps the whole library to the same scale.
 */
final class Proportions {

    static final double HEAD_NECK = 0.182;
    static final double TRUNK = 0.288;
    static final double UPPER_ARM = 0.186;
    static final double FOREARM = 0.146;
    static final double HAND = 0.108;
    static final double THIGH = 0.245;
    static final double SHANK = 0.246;
    static final double FOOT = 0.152;
    /** Ankle joint height above the sole (0.039 H). */
    static final double ANKLE_HEIGHT = 0.039;
    /** Heel behind the ankle; the rest of the foot length is in front of it. */
    static final double HEEL_BEHIND_ANKLE = 0.035;
    /** Joint centres, narrower than the 0.259 H / 0.191 H outer breadths. */
    static final double SHOULDER_HALF_WIDTH = 0.085;

    static final double HIP_HALF_WIDTH = 0.07;
    /** Shoulder line to the centre of the head (chin 0.870, crown 1.000). */
    static final double NECK_TO_HEAD_CENTRE = 0.117;

    static final double HEAD_HALF_HEIGHT = 0.065;
    static final double HEAD_HALF_DEPTH = 0.05;

    // drawn stroke widths (diameters of the rounded limbs)
    static final double TORSO_WIDTH = 0.11;
    static final double THIGH_WIDTH = 0.075;
    static final double SHANK_WIDTH = 0.058;
    static final double FOOT_WIDTH = 0.035;
    static final double UPPER_ARM_WIDTH = 0.05;
    static final double FOREARM_WIDTH = 0.042;
    static final double HAND_WIDTH = 0.035;
    static final double NECK_WIDTH = 0.045;
    /**
     * How far chest and belly reach in front of the torso's drawn edge: with it a torso is
     * about 0.15 H deep at the chest, as a real one is (the drawn width alone, 0.11 H, made a
     * lying torso look like another limb).
     */
    static final double CHEST_FRONT = 0.035;

    static final double BELLY_FRONT = 0.022;

    private Proportions() {}
}
