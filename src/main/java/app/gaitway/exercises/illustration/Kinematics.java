package app.gaitway.exercises.illustration;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Forward kinematics: joint angles to world positions. Joints are composed in 3-D from the
 * pelvis outward (so a flexed hip that abducts moves the knee the way a real one does) and
 * drawn as an orthographic projection; the figure is then turned in the picture plane and
 * moved until its supports rest on their surfaces.
 */
final class Kinematics {

    private static final Vec3 F = Vec3.FORWARD;
    private static final Vec3 U = Vec3.UP;
    private static final Vec3 L = Vec3.LEFT;
    private static final Vec3 VIEWER = new Vec3(0, 0, 1);
    /** Furthest the supports may tilt a figure from its posture. */
    private static final double MAX_TILT = 80;
    /** How far a tint's normal point lies out from the tint (H). */
    static final double NORMAL = 0.01;

    private Kinematics() {}

    /** The posed figure, resting on its supports, seen from {@code view}. */
    static Figure place(Pose pose, View view) {
        return place(pose, view, 0);
    }

    /**
     * As {@link #place(Pose, View)}, then walked round by {@code turn} degrees about the
     * vertical; supports are solved first, and turning keeps every height.
     */
    static Figure place(Pose pose, View view, double turn) {
        return place(pose, view, turn, Grip.of(pose));
    }

    /**
     * Where a hand is on its way between holding nothing and holding a part, or between two parts: {@code from}
     * and {@code to} are the parts (null for the free hand, placed by the arm's own angles) and {@code t} how
     * far along (0 to 1) the hand has gone.
     */
    record Grip(BodyPart from, BodyPart to, double t) {

        /** The pose's own holds, reached fully. */
        static Map<Side, Grip> of(Pose pose) {
            Map<Side, Grip> grips = new EnumMap<>(Side.class);
            pose.hold().forEach((side, part) -> grips.put(side, new Grip(part, part, 1)));
            return grips;
        }
    }

    /** As {@link #place(Pose, View, double)}, the hands placed by {@code grips} instead of the pose's holds. */
    static Figure place(Pose pose, View view, double turn, Map<Side, Grip> grips) {
        Figure f = placeInView(pose, view, grips);
        if (turn != 0) {
            f = f.rotated(Rotation.about(U, turn));
        }
        return pose.boardTilt() == 0 ? f : onTippedBoard(f);
    }

    /**
     * Raised or lowered until the first support rests on the tipped deck of its balance board (it was placed on the
     * level one); after the turn, because the deck tips in the picture plane. The first support stays at x = 0,
     * where the board pivots, so it moves only a little.
     */
    private static Figure onTippedBoard(Figure f) {
        Support first = f.pose().supports().get(0);
        double dy = -first.parts().stream()
                .mapToDouble(p -> f.gapAbove(p, first.on()))
                .min()
                .orElseThrow();
        Map<String, Vec3> lifted = new HashMap<>();
        f.points().forEach((n, p) -> lifted.put(n, p.plus(new Vec3(0, dy, 0))));
        return new Figure(f.pose(), Map.copyOf(lifted), f.radius(), f.headUp());
    }

    private static Figure placeInView(Pose pose, View view, Map<Side, Grip> grips) {
        Map<String, Vec3> body = new HashMap<>();
        Map<String, Double> radius = new HashMap<>();
        Vec3 headUp = skeleton(pose, grips, body, radius);
        Rotation world = Rotation.about(U, view.yawDegrees).then(pose.posture().frame());
        if (pose.supports().size() == 2) {
            Vec3 axis = tiltAxis(pose, posed(pose, body, radius, world, headUp));
            double tilt = solveTilt(pose, body, radius, world, axis, headUp);
            world = Rotation.about(axis, tilt).then(world);
        }
        Figure f = posed(pose, body, radius, world, headUp);
        if (pose.travelLeft() == 0 && pose.travelForward() == 0) {
            return f;
        }
        Vec3 along = travel(pose, view);
        Map<String, Vec3> moved = new HashMap<>();
        f.points().forEach((n, p) -> moved.put(n, p.plus(along)));
        return new Figure(pose, Map.copyOf(moved), f.radius(), f.headUp());
    }

    /** Where the pose's travel moves the figure, along the floor, in the view before any turn. */
    static Vec3 travel(Pose pose, View view) {
        Vec3 walked = Rotation.about(U, view.yawDegrees)
                .then(pose.posture().frame())
                .apply(L.times(pose.travelLeft()).plus(F.times(pose.travelForward())));
        return new Vec3(walked.x(), 0, walked.z());
    }

    /**
     * The level axis square to the line between the two supports: turning about it lifts
     * one support relative to the other, whatever the view (a bridge pivots about the
     * shoulders' left-right axis, a side-lying figure rolls about its front-back axis).
     */
    private static Vec3 tiltAxis(Pose pose, Figure f) {
        Vec3 a = f.centre(pose.supports().get(0).parts().get(0));
        Vec3 b = f.centre(pose.supports().get(1).parts().get(0));
        Vec3 level = new Vec3(b.x() - a.x(), 0, b.z() - a.z());
        double length = level.length();
        if (length < 1e-6) {
            return VIEWER;
        }
        return U.cross(level).times(1 / length);
    }

    private static Figure posed(
            Pose pose, Map<String, Vec3> body, Map<String, Double> radius, Rotation r, Vec3 headUp) {
        Map<String, Vec3> turned = new HashMap<>();
        body.forEach((name, p) -> turned.put(name, r.apply(p)));
        Vec3 up = r.apply(headUp);
        Map<String, Double> radii = new HashMap<>(radius);
        // the oval head reaches down by its height when upright, by its depth when lying
        double cos = up.y();
        radii.put(
                "head",
                Math.sqrt(Math.pow(Proportions.HEAD_HALF_HEIGHT * cos, 2)
                        + Math.pow(Proportions.HEAD_HALF_DEPTH, 2) * (1 - cos * cos)));
        Figure raw = new Figure(pose, turned, radii, up);
        Support first = pose.supports().get(0);
        double dy = first.on().height - raw.bottom(first.parts().get(0));
        for (BodyPart part : first.parts()) {
            dy = Math.max(dy, first.on().height - raw.bottom(part));
        }
        // the first support sits at the same place in every pose, in depth too, so a turned view keeps it still
        Vec3 anchor = raw.centre(first.parts().get(0));
        Vec3 shift = new Vec3(-anchor.x(), dy, -anchor.z());
        Map<String, Vec3> placed = new HashMap<>();
        turned.forEach((name, p) -> placed.put(name, p.plus(shift)));
        return new Figure(pose, Map.copyOf(placed), Map.copyOf(radii), raw.headUp());
    }

    /** Gap between the second support and its surface, once the first rests on its own. */
    private static double gap(
            Pose pose,
            Map<String, Vec3> body,
            Map<String, Double> radius,
            Rotation world,
            Vec3 axis,
            double tilt,
            Vec3 headUp) {
        Figure f = posed(pose, body, radius, Rotation.about(axis, tilt).then(world), headUp);
        Support second = pose.supports().get(1);
        double lowest = second.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
        return lowest - second.on().height;
    }

    /** The smallest turn (degrees) that rests the second support too; bisection on the gap. */
    private static double solveTilt(
            Pose pose, Map<String, Vec3> body, Map<String, Double> radius, Rotation world, Vec3 axis, Vec3 headUp) {
        if (Math.abs(gap(pose, body, radius, world, axis, 0, headUp)) < 1e-9) {
            return 0;
        }
        for (double step = 0.5; step <= MAX_TILT; step += 0.5) {
            for (double sign : new double[] {1, -1}) {
                double a = sign * (step - 0.5);
                double b = sign * step;
                double ga = gap(pose, body, radius, world, axis, a, headUp);
                double gb = gap(pose, body, radius, world, axis, b, headUp);
                if (ga == 0) {
                    return a;
                }
                if (Math.signum(ga) != Math.signum(gb)) {
                    for (int i = 0; i < 50; i++) {
                        double m = (a + b) / 2;
                        double gm = gap(pose, body, radius, world, axis, m, headUp);
                        if (Math.signum(gm) == Math.signum(ga)) {
                            a = m;
                            ga = gm;
                        } else {
                            b = m;
                        }
                    }
                    return (a + b) / 2;
                }
            }
        }
        throw new IllegalArgumentException("the figure cannot rest on both supports (" + pose.supports()
                + ") by turning less than " + (int) MAX_TILT + "°; check the joint angles");
    }

    /** Body-frame positions (pelvis at the origin); returns the head's up direction. */
    private static Vec3 skeleton(Pose pose, Map<Side, Grip> grips, Map<String, Vec3> at, Map<String, Double> radius) {
        Rotation trunk = Rotation.about(L, pose.trunkFlexion());
        Vec3 neck = trunk.apply(U.times(Proportions.TRUNK));
        Rotation head = trunk.then(Rotation.about(L, pose.headFlexion()));
        // the pelvis tilts about its front-back axis; the hips go with it, the legs hang from them
        Rotation pelvis = Rotation.about(F, pose.pelvisTilt());
        put(at, radius, "pelvis", Vec3.ZERO, Proportions.TORSO_WIDTH / 2);
        // a marker for where the figure faces; inside the torso, so it never pokes through a surface
        put(at, radius, "belly", F.times(0.05), 0.0);
        put(at, radius, "neck", neck, Proportions.TORSO_WIDTH / 2);
        // chest and belly stand out in front of the spine line, so a torso seen from the side has body
        put(at, radius, "chest_front", trunk.apply(U.times(0.2).plus(F.times(Proportions.CHEST_FRONT))), 0.0);
        put(at, radius, "belly_front", trunk.apply(U.times(0.05).plus(F.times(Proportions.BELLY_FRONT))), 0.0);
        put(
                at,
                radius,
                "head",
                neck.plus(head.apply(U.times(Proportions.NECK_TO_HEAD_CENTRE))),
                Proportions.HEAD_HALF_HEIGHT);
        for (Side side : Side.values()) {
            LimbAngles a = pose.side(side);
            String p = side.word() + "_";
            double s = side.sign();
            Vec3 hip = pelvis.apply(L.times(s * Proportions.HIP_HALF_WIDTH));
            Rotation hipR = Rotation.about(L, -a.hipFlexion())
                    .then(Rotation.about(F, s * a.hipAbduction()))
                    .then(Rotation.about(U, s * a.hipRotation()));
            Vec3 knee = hip.plus(hipR.apply(U.times(-Proportions.THIGH)));
            Rotation kneeR = hipR.then(Rotation.about(L, a.kneeFlexion()));
            Vec3 ankle = knee.plus(kneeR.apply(U.times(-Proportions.SHANK)));
            Rotation footR = kneeR.then(Rotation.about(L, -a.ankle()));
            double footR2 = Proportions.FOOT_WIDTH / 2;
            Vec3 sole = ankle.plus(footR.apply(U.times(-(Proportions.ANKLE_HEIGHT - footR2))));
            Vec3 heel = sole.plus(footR.apply(F.times(-(Proportions.HEEL_BEHIND_ANKLE - footR2))));
            Vec3 toe = heel.plus(footR.apply(F.times(Proportions.FOOT - Proportions.FOOT_WIDTH)));
            put(at, radius, p + "hip", hip, Proportions.TORSO_WIDTH / 2);
            put(at, radius, p + "knee", knee, Proportions.THIGH_WIDTH / 2);
            put(at, radius, p + "ankle", ankle, Proportions.SHANK_WIDTH / 2);
            put(at, radius, p + "heel", heel, footR2);
            put(at, radius, p + "toe", toe, footR2);

            Vec3 shoulder = neck.plus(trunk.apply(L.times(s * Proportions.SHOULDER_HALF_WIDTH)));
            Rotation shoulderR = trunk.then(Rotation.about(L, -a.shoulderFlexion()))
                    .then(Rotation.about(F, s * a.shoulderAbduction()));
            Vec3 elbow = shoulder.plus(shoulderR.apply(U.times(-Proportions.UPPER_ARM)));
            Rotation elbowR = shoulderR.then(Rotation.about(L, -a.elbowFlexion()));
            Vec3 wrist = elbow.plus(elbowR.apply(U.times(-Proportions.FOREARM)));
            Vec3 hand = wrist.plus(elbowR.apply(U.times(-Proportions.HAND)));
            put(at, radius, p + "shoulder", shoulder, Proportions.TORSO_WIDTH / 2);
            put(at, radius, p + "elbow", elbow, Proportions.UPPER_ARM_WIDTH / 2);
            put(at, radius, p + "wrist", wrist, Proportions.FOREARM_WIDTH / 2);
            put(at, radius, p + "hand", hand, Proportions.HAND_WIDTH / 2);
            tintPoints(at, radius, p, s, hip, knee, ankle, pelvis, hipR, kneeR);
        }
        for (var held : grips.entrySet()) {
            reach(at, held.getKey(), held.getValue(), trunk, pose.posture() == Posture.SIDE_LYING);
        }
        Vec3 coreA = trunk.apply(U.times(0.04).plus(F.times(0.02)));
        Vec3 coreB = trunk.apply(U.times(0.16).plus(F.times(0.02)));
        put(at, radius, "tint_core_a", coreA, 0.0);
        put(at, radius, "tint_core_b", coreB, 0.0);
        put(
                at,
                radius,
                "tint_core_n",
                coreA.plus(coreB).times(0.5).plus(trunk.apply(F).times(NORMAL)),
                0.0);
        return head.apply(U);
    }

    /**
     * Puts one hand on a body part: the arm is a two-link chain from the shoulder, the
     * fingertips on the part's surface facing the shoulder, the elbow where it goes for that
     * grip: back round a knee, out to the side on a hip, in front and low with the arms
     * crossed on the chest. Out of reach, the arm points straight at the part. On the way
     * between a free hand and a held part (or two parts), the hand's target and the elbow's
     * side are blended, and the chain solved again for every frame, so the hand travels to
     * the part with the arm's lengths kept.
     */
    private static void reach(Map<String, Vec3> at, Side side, Grip grip, Rotation trunk, boolean onItsSide) {
        String p = side.word() + "_";
        Vec3 shoulder = at.get(p + "shoulder");
        Vec3[] from = aim(at, side, grip.from(), trunk, onItsSide);
        Vec3[] to = aim(at, side, grip.to(), trunk, onItsSide);
        double t = Math.max(0, Math.min(1, grip.t()));
        Vec3 aimed = from[0].times(1 - t).plus(to[0].times(t));
        Vec3 hint = from[1].times(1 - t).plus(to[1].times(t));
        Vec3 toTarget = aimed.minus(shoulder);
        double d = toTarget.length();
        // a target on the shoulder itself gives no direction: keep the free arm's
        Vec3 u = d > 1e-9
                ? toTarget.times(1 / d)
                : at.get(p + "hand").minus(shoulder).times(1 / ARM);
        double a = Proportions.UPPER_ARM;
        double b = Proportions.FOREARM + Proportions.HAND;
        // out of reach the arm points straight at the target; too near, the elbow folds fully
        double reach = Math.max(Math.abs(a - b) + 1e-6, Math.min(d, a + b - 1e-6));
        Vec3 target = shoulder.plus(u.times(reach));
        double cos = Math.max(-1, Math.min(1, (a * a + reach * reach - b * b) / (2 * a * reach)));
        double sin = Math.sqrt(1 - cos * cos);
        Vec3 v = hint.minus(u.times(dot(hint, u)));
        if (v.length() < 1e-6) {
            v = trunk.apply(F.times(-1));
            v = v.minus(u.times(dot(v, u)));
        }
        v = v.times(1 / v.length());
        Vec3 elbow = shoulder.plus(u.times(a * cos)).plus(v.times(a * sin));
        Vec3 forearm = target.minus(elbow).times(1 / b);
        at.put(p + "elbow", elbow);
        at.put(p + "wrist", elbow.plus(forearm.times(Proportions.FOREARM)));
        at.put(p + "hand", target);
    }

    private static final double ARM = Proportions.UPPER_ARM + Proportions.FOREARM + Proportions.HAND;

    /**
     * Where the hand goes for {@code part} and a unit direction the elbow bends toward; for no part (a free
     * hand) the hand and elbow the arm's own angles give.
     */
    private static Vec3[] aim(Map<String, Vec3> at, Side side, BodyPart part, Rotation trunk, boolean onItsSide) {
        String p = side.word() + "_";
        Vec3 shoulder = at.get(p + "shoulder");
        if (part == null) {
            Vec3 elbow = at.get(p + "elbow").minus(shoulder);
            return new Vec3[] {at.get(p + "hand"), elbow.times(1 / elbow.length())};
        }
        Vec3 centre = Vec3.ZERO;
        for (String n : part.points()) {
            centre = centre.plus(at.get(n));
        }
        centre = centre.times(1.0 / part.points().size());
        double r = part.points().size() == 1 ? radiusOf(part) : 0;
        Vec3 toPart = centre.minus(shoulder);
        double d = toPart.length();
        Vec3 target = d > 1e-9 ? centre.minus(toPart.times(Math.min(r, d / 2) / d)) : centre;
        // hands on the hips hold the elbows out to the side; arms crossed on the chest keep them in front and
        // low; round a knee they point back
        boolean hips = part == BodyPart.LEFT_HIP || part == BodyPart.RIGHT_HIP || part == BodyPart.PELVIS;
        boolean chest = part == BodyPart.LEFT_SHOULDER || part == BodyPart.RIGHT_SHOULDER || part == BodyPart.SHOULDERS;
        Vec3 hint = chest
                ? trunk.apply(F.times(0.35).plus(U.times(-1)))
                : hips && !onItsSide
                        ? trunk.apply(L.times(side.sign()).plus(F.times(-0.15)))
                        // lying on the side, "out to the side" is straight up: the top elbow goes up and back instead
                        : trunk.apply(L.times((hips ? 0.7 : 0.6) * side.sign()).plus(F.times(hips ? -0.7 : -1)));
        return new Vec3[] {target, hint.times(1 / hint.length())};
    }

    private static double dot(Vec3 a, Vec3 b) {
        return a.x() * b.x() + a.y() * b.y() + a.z() * b.z();
    }

    private static double radiusOf(BodyPart part) {
        String n = part.points().get(0);
        if (n.endsWith("knee")) {
            return Proportions.THIGH_WIDTH / 2;
        }
        if (n.endsWith("ankle")) {
            return Proportions.SHANK_WIDTH / 2;
        }
        return n.endsWith("hip") ? Proportions.TORSO_WIDTH / 2 : 0;
    }

    /**
     * Two points per muscle region and side between which the tint is drawn; they move
     * with the pelvis or the thigh so the tint stays on the muscle in every pose.
     */
    private static void tintPoints(
            Map<String, Vec3> at,
            Map<String, Double> radius,
            String p,
            double s,
            Vec3 hip,
            Vec3 knee,
            Vec3 ankle,
            Rotation pelvis,
            Rotation hipR,
            Rotation kneeR) {
        Vec3 out = pelvis.apply(L.times(s));
        Vec3 up = pelvis.apply(U);
        Vec3 front = pelvis.apply(F);
        Vec3 thighFront = hipR.apply(F);
        Vec3 thighOut = hipR.apply(L.times(s));
        Vec3 shankBack = kneeR.apply(F.times(-1));
        tint(
                at,
                radius,
                p + "gluteus_maximus",
                hip.plus(front.times(-0.022)).plus(up.times(0.025)),
                hip.plus(front.times(-0.02)).plus(up.times(-0.02)),
                front.times(-1));
        tint(
                at,
                radius,
                p + "external_rotators",
                hip.plus(front.times(-0.03)),
                hip.plus(front.times(-0.025)).plus(up.times(-0.01)),
                front.times(-1));
        tint(
                at,
                radius,
                p + "gluteus_medius_minimus",
                hip.plus(up.times(0.03)).plus(out.times(0.025)),
                hip.plus(up.times(0.075)).plus(out.times(0.02)),
                out);
        tint(
                at,
                radius,
                p + "hip_flexors",
                hip.plus(up.times(0.07)).plus(front.times(0.03)),
                along(hip, knee, 0.3).plus(thighFront.times(0.015)),
                front);
        tint(
                at,
                radius,
                p + "quadriceps",
                along(hip, knee, 0.25).plus(thighFront.times(0.014)),
                along(hip, knee, 0.8).plus(thighFront.times(0.014)),
                thighFront);
        tint(
                at,
                radius,
                p + "hamstrings",
                along(hip, knee, 0.25).plus(thighFront.times(-0.014)),
                along(hip, knee, 0.85).plus(thighFront.times(-0.014)),
                thighFront.times(-1));
        tint(
                at,
                radius,
                p + "adductors",
                along(hip, knee, 0.15).plus(thighOut.times(-0.014)),
                along(hip, knee, 0.6).plus(thighOut.times(-0.014)),
                thighOut.times(-1));
        tint(
                at,
                radius,
                p + "calves",
                along(knee, ankle, 0.15).plus(shankBack.times(0.01)),
                along(knee, ankle, 0.5).plus(shankBack.times(0.01)),
                shankBack);
    }

    /**
     * A tint runs from {@code _a} to {@code _b}; {@code _n} lies a little outward from their
     * middle along the skin's normal, so the renderer can leave out a tint on the far side
     * of the body (the buttocks in a front view, the front of the hip in a back view).
     */
    private static void tint(
            Map<String, Vec3> at, Map<String, Double> radius, String name, Vec3 a, Vec3 b, Vec3 normal) {
        put(at, radius, "tint_" + name + "_a", a, 0.0);
        put(at, radius, "tint_" + name + "_b", b, 0.0);
        put(at, radius, "tint_" + name + "_n", a.plus(b).times(0.5).plus(normal.times(NORMAL)), 0.0);
    }

    private static Vec3 along(Vec3 a, Vec3 b, double t) {
        return a.plus(b.minus(a).times(t));
    }

    private static void put(Map<String, Vec3> at, Map<String, Double> radius, String name, Vec3 p, double r) {
        at.put(name, p);
        radius.put(name, r);
    }
}
