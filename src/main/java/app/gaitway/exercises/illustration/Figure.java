package app.gaitway.exercises.illustration;

import java.util.HashMap;
import java.util.Map;

/**
 * A posed figure in world coordinates (units of H, the floor at y = 0, z toward the
 * viewer), ready to draw or to check. {@code radius} is how far the drawn shape reaches
 * beyond each point, so "resting" means the point sits one radius above its surface.
 */
record Figure(Pose pose, Map<String, Vec3> points, Map<String, Double> radius, Vec3 headUp) {

    Vec3 point(String name) {
        Vec3 p = points.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no skeleton point " + name);
        }
        return p;
    }

    /** The same figure rotated about the world origin (a turn of the viewer, or a view from above). */
    Figure rotated(Rotation r) {
        Map<String, Vec3> turned = new HashMap<>();
        points.forEach((n, p) -> turned.put(n, r.apply(p)));
        return new Figure(pose, Map.copyOf(turned), radius, r.apply(headUp));
    }

    /** Lowest drawn extent of a body part (its bottom edge). */
    double bottom(BodyPart part) {
        return part.points().stream()
                .mapToDouble(n -> point(n).y() - radius.get(n))
                .min()
                .orElseThrow();
    }

    /**
     * How far a part's bottom edge is above what it rests on (− = sunk into it), point by point, so a foot on a
     * tipped balance board is measured against the deck under each of its points.
     */
    double gapAbove(BodyPart part, Surface on) {
        return part.points().stream()
                .mapToDouble(n -> point(n).y() - radius.get(n) - BalanceBoard.surfaceTop(pose, on, point(n).x()))
                .min()
                .orElseThrow();
    }

    /** Mean position of a body part's points. */
    Vec3 centre(BodyPart part) {
        Vec3 sum = Vec3.ZERO;
        for (String n : part.points()) {
            sum = sum.plus(point(n));
        }
        return sum.times(1.0 / part.points().size());
    }
}
