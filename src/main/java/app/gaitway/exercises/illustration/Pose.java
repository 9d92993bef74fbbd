package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Objects;

/**
 * One still position of the figure: the pelvis posture, joint angles, and what rests
 * where. {@code alt} is an optional hand-written text alternative; without it one is
 * generated from the pose.
 *
 * @param trunkFlexion chest toward the thighs (+) or arched back (−), relative to the pelvis
 * @param headFlexion chin toward the chest (+), relative to the trunk
 */
public record Pose(Posture posture, double trunkFlexion, double headFlexion, LimbAngles left, LimbAngles right,
        List<Support> supports, String alt) {

    public Pose {
        Objects.requireNonNull(posture, "posture");
        Objects.requireNonNull(left, "left side angles");
        Objects.requireNonNull(right, "right side angles");
        JointRange.TRUNK_FLEXION.check("trunk flexion", trunkFlexion);
        JointRange.HEAD_FLEXION.check("head flexion", headFlexion);
        supports = List.copyOf(supports);
        if (supports.isEmpty() || supports.size() > 2) {
            throw new IllegalArgumentException("a pose rests on one or two supports, not " + supports.size());
        }
    }

    LimbAngles side(Side side) {
        return side == Side.LEFT ? left : right;
    }
}
