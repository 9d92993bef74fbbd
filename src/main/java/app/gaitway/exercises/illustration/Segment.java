package app.gaitway.exercises.illustration;

/**
 * One rounded limb piece between two named skeleton points, drawn as a thick stroke with
 * round caps. {@code side} is null for the torso, neck and head.
 */
record Segment(String name, String from, String to, double length, double width, Side side) {

    static final java.util.List<Segment> ALL = java.util.List.of(
            new Segment("trunk", "pelvis", "neck", Proportions.TRUNK, Proportions.TORSO_WIDTH, null),
            new Segment("neck", "neck", "head", Proportions.NECK_TO_HEAD_CENTRE, Proportions.NECK_WIDTH, null),
            limb("thigh", "hip", "knee", Proportions.THIGH, Proportions.THIGH_WIDTH, Side.LEFT),
            limb("thigh", "hip", "knee", Proportions.THIGH, Proportions.THIGH_WIDTH, Side.RIGHT),
            limb("shank", "knee", "ankle", Proportions.SHANK, Proportions.SHANK_WIDTH, Side.LEFT),
            limb("shank", "knee", "ankle", Proportions.SHANK, Proportions.SHANK_WIDTH, Side.RIGHT),
            limb("foot", "heel", "toe", Proportions.FOOT - Proportions.FOOT_WIDTH, Proportions.FOOT_WIDTH, Side.LEFT),
            limb("foot", "heel", "toe", Proportions.FOOT - Proportions.FOOT_WIDTH, Proportions.FOOT_WIDTH, Side.RIGHT),
            limb("upper_arm", "shoulder", "elbow", Proportions.UPPER_ARM, Proportions.UPPER_ARM_WIDTH, Side.LEFT),
            limb("upper_arm", "shoulder", "elbow", Proportions.UPPER_ARM, Proportions.UPPER_ARM_WIDTH, Side.RIGHT),
            limb("forearm", "elbow", "wrist", Proportions.FOREARM, Proportions.FOREARM_WIDTH, Side.LEFT),
            limb("forearm", "elbow", "wrist", Proportions.FOREARM, Proportions.FOREARM_WIDTH, Side.RIGHT),
            limb("hand", "wrist", "hand", Proportions.HAND, Proportions.HAND_WIDTH, Side.LEFT),
            limb("hand", "wrist", "hand", Proportions.HAND, Proportions.HAND_WIDTH, Side.RIGHT));

    private static Segment limb(String name, String from, String to, double length, double width, Side side) {
        String p = side.word() + "_";
        return new Segment(p + name, p + from, p + to, length, width, side);
    }
}
