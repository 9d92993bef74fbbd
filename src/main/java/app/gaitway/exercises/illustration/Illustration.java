package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to draw one exercise: the view, the start and end poses, props, the
 * movement arrow and the tinted muscle regions. {@code tintSide} limits the tint to one
 * side (the working leg); null tints both.
 *
 * @param turn degrees the viewer walks round the figure from the named view (−60 to 60),
 *     e.g. to show a squat's bent knees in a front view
 * @param pitch degrees the viewer looks down (0 to 60); only for floor exercises, where
 *     it shows a bend that happens flat on the floor, such as a clamshell's bent hips
 * @param middle an optional pose half-way through the movement (null when start and end
 *     say it all), drawn as a third picture between them where start and end alone are
 *     ambiguous (a side step seen only at its two ends looks like standing still)
 * @param inset an optional body part drawn again, magnified, in a round inset in a top
 *     corner of each picture, for a movement too small to see at full-figure scale (the
 *     pelvis of a pelvic drop); null for none
 */
public record Illustration(
        View view,
        double turn,
        double pitch,
        Pose start,
        Pose end,
        List<Prop> props,
        Arrow arrow,
        List<MuscleRegion> tint,
        Side tintSide,
        Pose middle,
        BodyPart inset) {

    public Illustration {
        Objects.requireNonNull(view, "view");
        if (!(turn >= -60 && turn <= 60)) {
            throw new IllegalArgumentException("turn " + turn + "° is outside -60° to 60°");
        }
        if (!(pitch >= 0 && pitch <= 60)) {
            throw new IllegalArgumentException("pitch " + pitch + "° is outside 0° to 60°");
        }
        Objects.requireNonNull(start, "start pose");
        Objects.requireNonNull(end, "end pose");
        props = List.copyOf(props);
        tint = List.copyOf(tint);
        if (start.posture() != end.posture() || middle != null && middle.posture() != start.posture()) {
            throw new IllegalArgumentException(
                    "start, middle and end must share a posture (the figure cannot turn over)");
        }
        if (pitch > 0) {
            for (Prop p : props) {
                if (p.type() != PropType.MAT
                        && p.type() != PropType.BAND
                        && p.type() != PropType.ANKLE_WEIGHT
                        && p.type() != PropType.STRAP) {
                    throw new IllegalArgumentException(
                            "a view from above (pitch) can show a mat, band, strap or ankle weight, not a "
                                    + p.type().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    /** An illustration without a middle picture or inset. */
    public Illustration(
            View view,
            double turn,
            double pitch,
            Pose start,
            Pose end,
            List<Prop> props,
            Arrow arrow,
            List<MuscleRegion> tint,
            Side tintSide) {
        this(view, turn, pitch, start, end, props, arrow, tint, tintSide, null, null);
    }

    /** An illustration without an inset. */
    public Illustration(
            View view,
            double turn,
            double pitch,
            Pose start,
            Pose end,
            List<Prop> props,
            Arrow arrow,
            List<MuscleRegion> tint,
            Side tintSide,
            Pose middle) {
        this(view, turn, pitch, start, end, props, arrow, tint, tintSide, middle, null);
    }

    /** The poses to draw, in order: start, the middle where there is one, end. */
    public List<Pose> poses() {
        return middle == null ? List.of(start, end) : List.of(start, middle, end);
    }
}
