package app.gaitway.exercises.illustration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * @param hold per hand, the body part it holds (both hands round a knee hugged to the chest,
 *     a hand on the hip); a holding arm reaches its part whatever its shoulder and elbow
 *     angles say, so the hands sit where the text says. Empty when no hand holds anything.
 * @param travelLeft how far (H) the figure has walked toward its own left since the start
 *     pose: a side step's last picture shows the body moved over, not back where it began
 * @param travelForward the same, forward (a monster walk's steps)
 * @param boardTilt how far (degrees) the balance board under the first support is tipped, + = its end on the
 *     picture's right down; see {@link BalanceBoard}. 0 for every other surface.
 */
public record Pose(
        Posture posture,
        double trunkFlexion,
        double headFlexion,
        LimbAngles left,
        LimbAngles right,
        List<Support> supports,
        String alt,
        double pelvisTilt,
        Map<Side, BodyPart> hold,
        double travelLeft,
        double travelForward,
        double boardTilt) {

    public Pose {
        Objects.requireNonNull(posture, "posture");
        Objects.requireNonNull(left, "left side angles");
        Objects.requireNonNull(right, "right side angles");
        JointRange.TRUNK_FLEXION.check("trunk flexion", trunkFlexion);
        JointRange.HEAD_FLEXION.check("head flexion", headFlexion);
        JointRange.PELVIS_TILT.check("pelvis tilt", pelvisTilt);
        JointRange.BOARD_TILT.check("board tilt", boardTilt);
        supports = List.copyOf(supports);
        hold = hold == null || hold.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hold));
        if (!(Math.abs(travelLeft) <= 1 && Math.abs(travelForward) <= 1)) {
            throw new IllegalArgumentException("travel is at most 1 H each way");
        }
        if (supports.isEmpty() || supports.size() > 2) {
            throw new IllegalArgumentException("a pose rests on one or two supports, not " + supports.size());
        }
        if (boardTilt != 0 && supports.get(0).on() != Surface.BALANCE_BOARD) {
            throw new IllegalArgumentException("a board tilt needs the first support on the balance board");
        }
    }

    /** A pose on a level surface. */
    public Pose(
            Posture posture,
            double trunkFlexion,
            double headFlexion,
            LimbAngles left,
            LimbAngles right,
            List<Support> supports,
            String alt,
            double pelvisTilt,
            Map<Side, BodyPart> hold,
            double travelLeft,
            double travelForward) {
        this(
                posture,
                trunkFlexion,
                headFlexion,
                left,
                right,
                supports,
                alt,
                pelvisTilt,
                hold,
                travelLeft,
                travelForward,
                0);
    }

    /** A pose whose hands hold nothing. */
    public Pose(
            Posture posture,
            double trunkFlexion,
            double headFlexion,
            LimbAngles left,
            LimbAngles right,
            List<Support> supports,
            String alt,
            double pelvisTilt) {
        this(posture, trunkFlexion, headFlexion, left, right, supports, alt, pelvisTilt, Map.of(), 0, 0, 0);
    }

    /** A pose with a level pelvis. */
    public Pose(
            Posture posture,
            double trunkFlexion,
            double headFlexion,
            LimbAngles left,
            LimbAngles right,
            List<Support> supports,
            String alt) {
        this(posture, trunkFlexion, headFlexion, left, right, supports, alt, 0, Map.of(), 0, 0, 0);
    }

    LimbAngles side(Side side) {
        return side == Side.LEFT ? left : right;
    }
}
