package app.gaitway.exercises.illustration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a patient who has only the pictures relies on, as checks over a laid-out exercise. Each returns the
 * problems it finds in words (empty when the picture is sound), so a failing test names the exercise, the
 * picture and the body parts.
 */
final class PictureChecks {

    /** A resting part may float or sink this much (H): about 3 px in the 400 px picture. */
    static final double REST_TOLERANCE = 0.012;
    /**
     * Two rounded limbs pass through each other when their centre lines come closer than this share of their
     * radii added up; closer than the radii (but not this close) is two limbs touching, as stacked legs do.
     */
    static final double THROUGH = 0.55;
    /**
     * The same for a forearm or hand and a leg of its own side: the figure's arms hang from the shoulder
     * joints, right over the thighs, so a hand resting on or beside its thigh has its centre line close to the
     * thigh's; only one that cuts right through it counts.
     */
    static final double THROUGH_OWN_LEG = 0.12;
    /** How far (H) a weight-bearing knee may sit inside the line from its hip to its ankle. */
    static final double VALGUS = 0.02;
    /** The thumbnail width the library and program lists use. */
    static final double THUMBNAIL_PX = 160;
    /** Least movement (px in a 160 px wide picture) of the arrowed part, or start and end look alike. */
    static final double VISIBLE_MOVE_PX = 4;

    private PictureChecks() {}

    /** Every check's problems with one exercise's pictures. */
    static List<String> all(Illustration ill) {
        Layout layout = Layout.of(ill);
        List<String> problems = new ArrayList<>(restingPartsOnTheirSurface(layout));
        problems.addAll(nothingInsideAProp(layout));
        problems.addAll(nothingBelowTheFloor(layout));
        problems.addAll(whatRestsOnTheMatIsDrawnOnIt(layout));
        problems.addAll(noLimbThroughAnother(layout));
        problems.addAll(kneesOverFeet(ill));
        problems.addAll(arrowFollowsTheMovingPart(layout));
        problems.addAll(movingPartVisibleAtThumbnail(layout));
        return problems;
    }

    /** Every listed resting part is on its surface: not above it, not in it. */
    static List<String> restingPartsOnTheirSurface(Layout layout) {
        List<String> problems = new ArrayList<>();
        for (Figure f : layout.figures()) {
            for (Support s : f.pose().supports()) {
                for (BodyPart part :
                        s.parts().stream().flatMap(p -> eachSide(p).stream()).toList()) {
                    // point by point, so a foot on a tipped balance board is measured against the deck under it
                    double gap = f.gapAbove(part, s.on());
                    if (Math.abs(gap) > REST_TOLERANCE) {
                        problems.add(String.format(
                                Locale.ROOT,
                                "%s: %s %s the %s by %.3f H",
                                stage(layout, f),
                                word(part),
                                gap > 0 ? "floats above" : "sinks into",
                                word(s.on()),
                                Math.abs(gap)));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * No part of the figure goes through the floor, listed as resting or not: a foot that points down through
     * it (toes of a kneeling figure with the shin flat) is drawn hanging off the front of the mat in a view from
     * above, and the figure reads as floating over the floor.
     */
    static List<String> nothingBelowTheFloor(Layout layout) {
        List<String> problems = new ArrayList<>();
        for (Figure f : layout.figures()) {
            for (var e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey());
                double below = -(e.getValue().y() - r);
                if (r > 0 && below > REST_TOLERANCE) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s: %s goes %.3f H below the floor",
                            stage(layout, f),
                            e.getKey().replace('_', ' '),
                            below));
                }
            }
        }
        return problems;
    }

    /**
     * Seen from above, every part resting on the mat is drawn inside the mat's outline: the mat narrows away
     * from the viewer, and that must never pull it out from under a hand, knee or head at its far end.
     */
    static List<String> whatRestsOnTheMatIsDrawnOnIt(Layout layout) {
        List<String> problems = new ArrayList<>();
        if (layout.illustration.pitch() == 0) {
            return problems;
        }
        for (Box b : layout.surfaces) {
            if (b.type() != PropType.MAT) {
                continue;
            }
            double[][] corners = PropPainter.matCorners(layout, b);
            for (int i = 0; i < layout.figures().size(); i++) {
                Figure world = layout.figures().get(i);
                Figure seen = layout.views().get(i);
                for (Support s : world.pose().supports()) {
                    if (s.on() != Surface.MAT) {
                        continue;
                    }
                    for (BodyPart part : s.parts()) {
                        for (String n : part.points()) {
                            // where it touches: its centre is its radius above the mat, seen from above
                            Vec3 p = seen.point(n);
                            double touch = p.y()
                                    - seen.radius().get(n) * Math.cos(Math.toRadians(layout.illustration.pitch()));
                            if (!inside(corners, layout.px(p.x()), layout.py(touch))) {
                                problems.add(String.format(
                                        Locale.ROOT,
                                        "%s: %s is drawn off the mat",
                                        stage(layout, world),
                                        n.replace('_', ' ')));
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Whether a point lies inside a convex polygon whose corners go round in one direction. */
    private static boolean inside(double[][] polygon, double x, double y) {
        double sign = 0;
        for (int i = 0; i < polygon.length; i++) {
            double[] a = polygon[i];
            double[] b = polygon[(i + 1) % polygon.length];
            double cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
            if (sign == 0) {
                sign = Math.signum(cross);
            } else if (cross != 0 && Math.signum(cross) != sign) {
                return false;
            }
        }
        return true;
    }

    /** "Feet" rest on both feet, not on whichever is lower: each side is checked on its own. */
    private static List<BodyPart> eachSide(BodyPart part) {
        return switch (part) {
            case FEET -> List.of(BodyPart.LEFT_FOOT, BodyPart.RIGHT_FOOT);
            case KNEES -> List.of(BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE);
            case HANDS -> List.of(BodyPart.LEFT_HAND, BodyPart.RIGHT_HAND);
            case FOREARMS -> List.of(BodyPart.LEFT_FOREARM, BodyPart.RIGHT_FOREARM);
            default -> List.of(part);
        };
    }

    /**
     * No drawn point sinks into a step or balance board, or into the top of a bench, chair or table (their
     * legs leave room under the top for feet). Only in side views: a front view draws a prop's width, not where
     * it stands in depth, so feet in front of a chair would look "inside" it.
     */
    static List<String> nothingInsideAProp(Layout layout) {
        List<String> problems = new ArrayList<>();
        if (layout.illustration.view() != View.SIDE || Math.abs(layout.illustration.turn()) > 30) {
            return problems;
        }
        for (Figure f : layout.figures()) {
            for (Box b : layout.surfaces) {
                if (b.type() == PropType.WALL || b.type() == PropType.MAT) {
                    continue;
                }
                for (var e : f.points().entrySet()) {
                    double r = f.radius().get(e.getKey());
                    Vec3 p = e.getValue();
                    boolean solid = b.type() == PropType.STEP || b.type() == PropType.BALANCE_BOARD;
                    // how far the prop reaches toward and away from the viewer: a step is deep, a bench narrow
                    double depth = solid ? 0.2 : 0.12;
                    if (r == 0 || p.x() < b.left() || p.x() > b.right() || Math.abs(p.z()) > depth) {
                        continue;
                    }
                    double bottom = solid ? b.bottom() : b.top() - 0.04;
                    double top = b.type() == PropType.BALANCE_BOARD
                            ? BalanceBoard.surfaceTop(f.pose(), Surface.BALANCE_BOARD, p.x())
                            : b.top();
                    if (p.y() - r < top - REST_TOLERANCE && p.y() + r > bottom + REST_TOLERANCE) {
                        problems.add(String.format(
                                Locale.ROOT, "%s: %s is inside the %s", stage(layout, f), e.getKey(), word(b.type())));
                    }
                }
            }
        }
        return problems;
    }

    /** One rounded piece of the figure: a limb segment, or a strip of the torso. */
    private record Capsule(String name, String from, String to, double radius, Side side) {}

    private static List<Capsule> capsules() {
        List<Capsule> all = new ArrayList<>();
        for (Segment s : Segment.ALL) {
            if (s.name().equals("neck")) {
                continue;
            }
            all.add(new Capsule(s.name(), s.from(), s.to(), s.width() / 2, s.side()));
        }
        // the torso's middle, along the spine: an arm hanging at the side lies over its drawn edge, not in it
        all.add(new Capsule("torso", "pelvis", "neck", Proportions.TORSO_WIDTH / 2, null));
        return all;
    }

    /**
     * No limb passes through the torso or another limb, in 3-D: pieces joined at a joint, a limb and the torso
     * where it is attached, and a holding hand and what it holds may touch; anything else may touch but not
     * cross.
     */
    static List<String> noLimbThroughAnother(Layout layout) {
        List<String> problems = new ArrayList<>();
        for (Figure f : layout.figures()) {
            problems.addAll(noLimbThroughAnother(f, stage(layout, f)));
        }
        return problems;
    }

    /** The same for one posed figure. */
    static List<String> noLimbThroughAnother(Figure f, String stage) {
        List<String> problems = new ArrayList<>();
        List<Capsule> all = capsules();
        {
            Set<String> holding = holdingPieces(f.pose());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    Capsule a = all.get(i);
                    Capsule b = all.get(j);
                    if (joined(a, b) || holding.contains(a.name()) || holding.contains(b.name())) {
                        continue;
                    }
                    Vec3 a0 = f.point(a.from());
                    Vec3 a1 = f.point(a.to());
                    Vec3 b0 = f.point(b.from());
                    Vec3 b1 = f.point(b.to());
                    // a thigh or upper arm starts inside the torso: only its outer part can pass through it
                    if (attached(a, b)) {
                        a0 = a0.plus(a1.minus(a0).times(0.5));
                    } else if (attached(b, a)) {
                        b0 = b0.plus(b1.minus(b0).times(0.5));
                    }
                    double d = segmentDistance(a0, a1, b0, b1);
                    double share = armOnOwnLeg(a, b) || armOnOwnLeg(b, a) ? THROUGH_OWN_LEG : THROUGH;
                    if (d < share * (a.radius() + b.radius())) {
                        problems.add(String.format(
                                Locale.ROOT, "%s: %s passes through %s (%.3f H apart)", stage, a.name(), b.name(), d));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean armOnOwnLeg(Capsule arm, Capsule leg) {
        return arm.side() != null
                && arm.side() == leg.side()
                && (arm.name().endsWith("forearm") || arm.name().endsWith("hand"))
                && (leg.name().endsWith("thigh")
                        || leg.name().endsWith("shank")
                        || leg.name().endsWith("foot"));
    }

    private static Set<String> holdingPieces(Pose pose) {
        Set<String> pieces = new java.util.HashSet<>();
        for (Side side : pose.hold().keySet()) {
            pieces.add(side.word() + "_forearm");
            pieces.add(side.word() + "_hand");
        }
        return pieces;
    }

    private static boolean joined(Capsule a, Capsule b) {
        // the foot hangs from the ankle, the shank's end, though its own line runs from heel to toe
        boolean ankle = a.side() != null
                && a.side() == b.side()
                && (a.name().endsWith("shank") && b.name().endsWith("foot")
                        || a.name().endsWith("foot") && b.name().endsWith("shank"));
        return ankle
                || a.from().equals(b.from())
                || a.from().equals(b.to())
                || a.to().equals(b.from())
                || a.to().equals(b.to())
                || a.side() == null && b.side() == null;
    }

    /** True when {@code limb} hangs from the torso strip {@code torso} (a thigh from the hip, an upper arm). */
    private static boolean attached(Capsule limb, Capsule torso) {
        if (torso.side() != null || limb.side() == null) {
            return false;
        }
        return limb.name().endsWith("thigh") || limb.name().endsWith("upper_arm");
    }

    /**
     * Weight-bearing knees stay over the foot: seen from the front or back (the view without its turn), a
     * knee of a leg standing on a foot does not sit inside the line from its hip to its ankle.
     */
    static List<String> kneesOverFeet(Illustration ill) {
        List<String> problems = new ArrayList<>();
        if (ill.view() == View.SIDE) {
            return problems;
        }
        for (Pose pose : ill.poses()) {
            if (pose.posture() != Posture.UPRIGHT) {
                continue;
            }
            Figure f = Kinematics.place(pose, ill.view());
            for (Side side : Side.values()) {
                if (!standsOn(pose, side)) {
                    continue;
                }
                String p = side.word() + "_";
                Vec3 hip = f.point(p + "hip");
                Vec3 knee = f.point(p + "knee");
                Vec3 ankle = f.point(p + "ankle");
                if (Math.abs(hip.y() - ankle.y()) < 1e-6) {
                    continue;
                }
                double t = (knee.y() - ankle.y()) / (hip.y() - ankle.y());
                double onLine = ankle.x() + (hip.x() - ankle.x()) * t;
                double inward = Math.signum(f.point("pelvis").x() - hip.x());
                double valgus = (knee.x() - onLine) * inward;
                if (valgus > VALGUS) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s: the %s knee falls inward by %.3f H",
                            stage(ill, pose),
                            side.word(),
                            valgus));
                }
            }
        }
        return problems;
    }

    private static boolean standsOn(Pose pose, Side side) {
        BodyPart foot = side == Side.LEFT ? BodyPart.LEFT_FOOT : BodyPart.RIGHT_FOOT;
        return pose.supports().stream()
                .anyMatch(s -> s.parts().contains(foot) || s.parts().contains(BodyPart.FEET));
    }

    /** The arrow of the exercise, checked as the renderer draws it. */
    static List<String> arrowFollowsTheMovingPart(Layout layout) {
        if (layout.illustration.arrow() == null) {
            return List.of();
        }
        return arrowFollowsTheMovingPart(layout, ArrowPainter.curve(layout));
    }

    /**
     * The arrow is at the moving part (its start or tip beside the part's path, not across the picture) and
     * points the way the part goes from the start picture to the end picture.
     */
    static List<String> arrowFollowsTheMovingPart(Layout layout, Vec3[] curve) {
        List<String> problems = new ArrayList<>();
        BodyPart part = layout.illustration.arrow().part();
        if (curve == null) {
            problems.add("no arrow drawn for " + word(part));
            return problems;
        }
        Vec3 from = flat(layout.startView.centre(part));
        Vec3 to = flat(layout.endView.centre(part));
        Vec3 path = to.minus(from);
        Vec3 arrow = curve[2].minus(curve[0]);
        double cos = (path.x() * arrow.x() + path.y() * arrow.y()) / (path.length() * arrow.length());
        if (cos < 0.7) {
            problems.add(String.format(
                    Locale.ROOT,
                    "the arrow points %.0f° away from the path of %s",
                    Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos)))),
                    word(part)));
        }
        // a short movement gets a longer arrow centred on it, so its start may lie before the part's
        double slack = Math.max(0, (ArrowPainter.MIN_LENGTH_PX / layout.scale - path.length()) / 2);
        // the pelvis and hips lie inside the body, so their arrow sits outside it; its start or its tip is near
        double away = Math.min(distanceToSegment(curve[0], from, to), distanceToSegment(curve[2], from, to));
        if (away > 0.27 + slack) {
            problems.add(String.format(Locale.ROOT, "the arrow lies %.2f H away from %s", away, word(part)));
        }
        return problems;
    }

    /**
     * At thumbnail size the figure fits its frame, the arrowed part moves far enough to see, and in the start
     * and end pictures that part is not hidden behind a nearer piece of the figure.
     */
    static List<String> movingPartVisibleAtThumbnail(Layout layout) {
        List<String> problems = new ArrayList<>();
        double px = layout.scale * THUMBNAIL_PX / Layout.WIDTH;
        for (Figure f : layout.views()) {
            for (var e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey()) * layout.scale;
                double x = layout.px(e.getValue().x());
                double y = layout.py(e.getValue().y());
                if (x - r < 0 || x + r > Layout.WIDTH || y - r < 0 || y + r > Layout.HEIGHT) {
                    problems.add(stage(layout, f) + ": " + e.getKey() + " is outside the frame");
                }
            }
        }
        Arrow arrow = layout.illustration.arrow();
        if (arrow == null) {
            return problems;
        }
        BodyPart part = arrow.part();
        double moved = flat(layout.startView.centre(part)).distance(flat(layout.endView.centre(part))) * px;
        if (moved < VISIBLE_MOVE_PX) {
            problems.add(String.format(
                    Locale.ROOT, "%s moves only %.1f px at %d px wide", word(part), moved, (int) THUMBNAIL_PX));
        }
        for (Figure f : List.of(layout.startView, layout.endView)) {
            String hiddenBy = coveredBy(f, part);
            if (hiddenBy != null) {
                problems.add(stage(layout, f) + ": " + word(part) + " is hidden behind " + hiddenBy);
            }
        }
        return problems;
    }

    /** The nearer piece that covers every point of the part, or null when some of it shows. */
    private static String coveredBy(Figure f, BodyPart part) {
        String cover = null;
        for (String point : part.points()) {
            Vec3 p = f.point(point);
            String here = null;
            for (Capsule c : capsules()) {
                if (c.from().equals(point) || c.to().equals(point) || sameLimb(c, point)) {
                    continue;
                }
                Vec3 a = f.point(c.from());
                Vec3 b = f.point(c.to());
                double depth = Math.min(a.z(), b.z());
                if (depth <= p.z() + 0.02) {
                    continue;
                }
                if (distanceToSegment(flat(p), flat(a), flat(b))
                        < c.radius() - f.radius().get(point) * 0.5) {
                    here = c.name();
                    break;
                }
            }
            if (here == null) {
                return null;
            }
            cover = here;
        }
        return cover;
    }

    /** Pieces of the same limb as a point (a foot's own shank) never hide it. */
    private static boolean sameLimb(Capsule c, String point) {
        if (c.side() == null) {
            return point.equals("pelvis") || point.endsWith("_hip") || point.endsWith("_shoulder");
        }
        return point.startsWith(c.side().word() + "_");
    }

    static double segmentDistance(Vec3 p0, Vec3 p1, Vec3 q0, Vec3 q1) {
        double best = Double.MAX_VALUE;
        // sampled: exact enough at a hundredth of a segment, and simple to trust
        for (int i = 0; i <= 40; i++) {
            Vec3 p = p0.plus(p1.minus(p0).times(i / 40.0));
            best = Math.min(best, distanceToSegment(p, q0, q1));
        }
        for (int i = 0; i <= 40; i++) {
            Vec3 q = q0.plus(q1.minus(q0).times(i / 40.0));
            best = Math.min(best, distanceToSegment(q, p0, p1));
        }
        return best;
    }

    static double distanceToSegment(Vec3 p, Vec3 a, Vec3 b) {
        Vec3 ab = b.minus(a);
        double l2 = ab.x() * ab.x() + ab.y() * ab.y() + ab.z() * ab.z();
        double t = l2 < 1e-12
                ? 0
                : Math.max(
                        0,
                        Math.min(
                                1,
                                ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y() + (p.z() - a.z()) * ab.z()) / l2));
        return p.distance(a.plus(ab.times(t)));
    }

    private static Vec3 flat(Vec3 p) {
        return new Vec3(p.x(), p.y(), 0);
    }

    private static String stage(Layout layout, Figure f) {
        if (f == layout.start || f == layout.startView) {
            return "start";
        }
        return f == layout.end || f == layout.endView ? "end" : "middle";
    }

    private static String stage(Illustration ill, Pose pose) {
        return pose == ill.start() ? "start" : pose == ill.end() ? "end" : "middle";
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
