package app.gaitway.exercises.illustration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The movement between an exercise's key poses: every joint angle, the trunk, head and pelvis tilt turn evenly
 * from one key pose to the next, and the figure keeps resting on what it rests on in both (a bridge's shoulders
 * and feet stay on the mat while the hips rise). The key poses share the way, an equal part each.
 */
final class MotionPath {

    private final View view;
    private final double turn;
    private final List<Stretch> stretches = new ArrayList<>();

    MotionPath(Illustration ill, List<Pose> keys) {
        if (keys.size() < 2) {
            throw new IllegalArgumentException("a movement needs at least two key poses");
        }
        this.view = ill.view();
        this.turn = ill.turn();
        for (int i = 1; i < keys.size(); i++) {
            stretches.add(new Stretch(keys.get(i - 1), keys.get(i)));
        }
    }

    /** The movement through the illustration's key poses. */
    static MotionPath of(Illustration ill) {
        return new MotionPath(ill, keyPoses(ill));
    }

    /** The key poses the figure passes through, in order. */
    static List<Pose> keyPoses(Illustration ill) {
        return ill.poses();
    }

    /** The pose at {@code along} (0 the first key pose, 1 the last). */
    Pose pose(double along) {
        Place p = place(along);
        return p.stretch.pose(p.t, p.stretch.common == null ? p.stretch.from.supports() : p.stretch.common);
    }

    /** The figure at {@code along}, placed in the world exactly as the still pictures place the key poses. */
    Figure figure(double along) {
        Place p = place(along);
        return p.stretch.figure(p.t);
    }

    private record Place(Stretch stretch, double t) {}

    private Place place(double along) {
        double a = Math.max(0, Math.min(1, along));
        double scaled = a * stretches.size();
        int i = Math.min(stretches.size() - 1, (int) Math.floor(scaled));
        return new Place(stretches.get(i), a >= 1 ? 1 : scaled - i);
    }

    /** The way from one key pose to the next. */
    private final class Stretch {

        final Pose from;
        final Pose to;
        /** What rests in both key poses, or null when nothing does. */
        final List<Support> common;

        private final Figure fromFigure;
        private final Figure toFigure;
        private final Map<String, Vec3> fromShift;
        private final Map<String, Vec3> toShift;

        Stretch(Pose from, Pose to) {
            if (from.posture() != to.posture()) {
                throw new IllegalArgumentException("key poses must share a posture");
            }
            this.from = from;
            this.to = to;
            this.common = commonSupports(from.supports(), to.supports());
            this.fromFigure = Kinematics.place(from, view, turn);
            this.toFigure = Kinematics.place(to, view, turn);
            if (common != null) {
                fromShift = difference(fromFigure, placeResting(pose(0, common), common, 0));
                toShift = difference(toFigure, placeResting(pose(1, common), common, 1));
            } else {
                fromShift = null;
                toShift = null;
            }
        }

        Pose pose(double t, List<Support> supports) {
            return new Pose(
                    from.posture(),
                    mix(from.trunkFlexion(), to.trunkFlexion(), t),
                    mix(from.headFlexion(), to.headFlexion(), t),
                    limbs(from.left(), to.left(), t),
                    limbs(from.right(), to.right(), t),
                    supports,
                    null,
                    mix(from.pelvisTilt(), to.pelvisTilt(), t),
                    // the pose names the hold nearer in time; where the hand actually is, grips(t) says
                    from.hold().equals(to.hold()) || t < 0.5 ? from.hold() : to.hold(),
                    mix(from.travelLeft(), to.travelLeft(), t),
                    mix(from.travelForward(), to.travelForward(), t),
                    mix(from.boardTilt(), to.boardTilt(), t));
        }

        /**
         * Placed on the supports both key poses share; the small difference that the key poses' own extra
         * supports make (a bridge's pelvis on the mat at the start) fades from the first key pose's to the
         * second's, so the ends are exactly the still pictures and nothing jumps. With no shared support, the
         * two placements themselves are blended.
         */
        Figure figure(double t) {
            if (t <= 0) {
                return fromFigure;
            }
            if (t >= 1) {
                return toFigure;
            }
            if (common == null) {
                Figure a = placeResting(pose(t, from.supports()), from.supports(), t);
                Figure b = placeResting(pose(t, to.supports()), to.supports(), t);
                return blend(a, b, t);
            }
            Figure f = placeResting(pose(t, common), common, t);
            Map<String, Vec3> points = new HashMap<>();
            f.points()
                    .forEach((n, p) -> points.put(
                            n,
                            p.plus(fromShift.get(n).times(1 - t))
                                    .plus(toShift.get(n).times(t))));
            return new Figure(f.pose(), Map.copyOf(points), f.radius(), f.headUp());
        }

        private Figure placeResting(Pose pose, List<Support> supports, double t) {
            Map<Side, Kinematics.Grip> grips = grips(t);
            try {
                return Kinematics.place(pose, view, turn, grips);
            } catch (IllegalArgumentException cannotRestOnBoth) {
                // Between two key poses the second support may be out of reach for a moment: rest on the first.
                return Kinematics.place(withSupports(pose, supports.subList(0, 1)), view, turn, grips);
            }
        }

        /**
         * Each hand on its way: a hold kept in both key poses stays put; a hand that takes hold of a part, lets
         * go or moves to another travels there evenly with t (solved again each frame, so it follows the part).
         */
        Map<Side, Kinematics.Grip> grips(double t) {
            Map<Side, Kinematics.Grip> grips = new EnumMap<>(Side.class);
            for (Side side : Side.values()) {
                BodyPart a = from.hold().get(side);
                BodyPart b = to.hold().get(side);
                if (a != null || b != null) {
                    grips.put(side, a == b ? new Kinematics.Grip(a, b, 1) : new Kinematics.Grip(a, b, t));
                }
            }
            return grips;
        }
    }

    private static Pose withSupports(Pose p, List<Support> supports) {
        return new Pose(
                p.posture(),
                p.trunkFlexion(),
                p.headFlexion(),
                p.left(),
                p.right(),
                supports,
                null,
                p.pelvisTilt(),
                p.hold(),
                p.travelLeft(),
                p.travelForward(),
                p.boardTilt());
    }

    /**
     * The supports of the first key pose cut down to the parts that rest on the same surface in the second (a
     * bridge: shoulders and pelvis, then shoulders only, so the shoulders). Null when nothing rests in both.
     */
    static List<Support> commonSupports(List<Support> from, List<Support> to) {
        if (from.equals(to)) {
            return from;
        }
        List<Support> common = new ArrayList<>();
        for (Support s : from) {
            List<BodyPart> parts = s.parts().stream()
                    .filter(p -> to.stream()
                            .anyMatch(o -> o.on() == s.on() && o.parts().contains(p)))
                    .toList();
            if (!parts.isEmpty()) {
                common.add(new Support(parts, s.on()));
            }
        }
        return common.isEmpty() ? null : List.copyOf(common.subList(0, Math.min(2, common.size())));
    }

    private static Map<String, Vec3> difference(Figure a, Figure b) {
        Map<String, Vec3> d = new HashMap<>();
        a.points().forEach((n, p) -> d.put(n, p.minus(b.point(n))));
        return d;
    }

    private static Figure blend(Figure a, Figure b, double t) {
        Map<String, Vec3> points = new HashMap<>();
        a.points()
                .forEach((n, p) -> points.put(n, p.times(1 - t).plus(b.point(n).times(t))));
        Vec3 up = a.headUp().times(1 - t).plus(b.headUp().times(t));
        double length = up.length();
        return new Figure(a.pose(), Map.copyOf(points), a.radius(), length < 1e-9 ? a.headUp() : up.times(1 / length));
    }

    private static LimbAngles limbs(LimbAngles a, LimbAngles b, double t) {
        return new LimbAngles(
                mix(a.hipFlexion(), b.hipFlexion(), t),
                mix(a.hipAbduction(), b.hipAbduction(), t),
                mix(a.hipRotation(), b.hipRotation(), t),
                mix(a.kneeFlexion(), b.kneeFlexion(), t),
                mix(a.ankle(), b.ankle(), t),
                mix(a.shoulderFlexion(), b.shoulderFlexion(), t),
                mix(a.shoulderAbduction(), b.shoulderAbduction(), t),
                mix(a.elbowFlexion(), b.elbowFlexion(), t));
    }

    /**
     * Exact at both ends ((1 − t)·a + t·b), so the first and last poses are the key poses themselves, and never
     * outside a to b (rounding could otherwise step a hair past a joint's limit).
     */
    static double mix(double a, double b, double t) {
        double m = (1 - t) * a + t * b;
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), m));
    }
}
