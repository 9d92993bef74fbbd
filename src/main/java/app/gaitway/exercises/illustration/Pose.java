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
 * @param pelvisTilt frontal-plane tilt of the pelvis: its left side higher than its right (+) or
 *     lower (−, e.g. standing on the right leg with the left side dropped). The hip joints follow
 *     the tilted pelvis; the legs keep their own angles, measured as if the pelvis were level,
 *     and the trunk stays upright over the pelvis.
 */
public record Pose(Posture posture, double trunkFlexion, double headFlexion, LimbAngles left, LimbAngles right,
        List<Support> supports, String alt, double pelvisTilt) {

    public Pose {
        Objects.requireNonNull(posture, "posture");
        Objects.requireNonNull(left, "left side angles");
        Objects.requireNonNull(right, "right side angles");
        JointRange.TRUNK_FLEXION.check("trunk flexion", trunkFlexion);
        JointRange.HEAD_FLEXION.check("head flexion", headFlexion);
        JointRange.PELVIS_TILT.check("pelvis tilt", pelvisTilt);
        supports = List.copyOf(supports);
        if (supports.isEmpty() || supports.size() > 2) {
            throw new IllegalArgumentException("a pose rests on one or two supports, not " + supports.size());
        }
    }

    /** A pose with a level pelvis. */
    public Pose(Posture posture, double trunkFlexion, double headFlexion, LimbAngles left, LimbAngles right,
            List<Support> supports, String alt) {
        this(posture, trunkFlexion, headFlexion, left, right, supports, alt, 0);
    }

    LimbAngles side(Side side) {
        return side == Side.LEFT ? left : right;
    }
}
