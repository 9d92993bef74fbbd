package app.gaitway.exercises.illustration;

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

    private Kinematics() {
    }

    /** The posed figure, resting on its supports, seen from {@code view}. */
    static Figure place(Pose pose, View view) {
        Map<String, Vec3> body = new HashMap<>();
        Map<String, Double> radius = new HashMap<>();
        Vec3 headUp = skeleton(pose, body, radius);
        Rotation world = Rotation.about(U, view.yawDegrees).then(pose.posture().frame());
        double tilt = 0;
        if (pose.supports().size() == 2) {
            tilt = solveTilt(pose, body, radius, world);
        }
        return posed(pose, body, radius, world, tilt, headUp);
    }

    private static Figure posed(Pose pose, Map<String, Vec3> body, Map<String, Double> radius,
            Rotation world, double tilt, Vec3 headUp) {
        Rotation r = Rotation.about(VIEWER, tilt).then(world);
        Map<String, Vec3> turned = new HashMap<>();
        body.forEach((name, p) -> turned.put(name, r.apply(p)));
        Figure raw = new Figure(pose, turned, radius, r.apply(headUp));
        Support first = pose.supports().get(0);
        double dy = first.on().height - raw.bottom(first.parts().get(0));
        for (BodyPart part : first.parts()) {
            dy = Math.max(dy, first.on().height - raw.bottom(part));
        }
        Vec3 shift = new Vec3(-raw.centre(first.parts().get(0)).x(), dy, 0);
        Map<String, Vec3> placed = new HashMap<>();
        turned.forEach((name, p) -> placed.put(name, p.plus(shift)));
        return new Figure(pose, Map.copyOf(placed), Map.copyOf(radius), raw.headUp());
    }

    /** Gap between the second support and its surface, once the first rests on its own. */
    private static double gap(Pose pose, Map<String, Vec3> body, Map<String, Double> radius, Rotation world,
            double tilt) {
        Figure f = posed(pose, body, radius, world, tilt, U);
        Support second = pose.supports().get(1);
        double lowest = second.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
        return lowest - second.on().height;
    }

    /** The smallest turn (degrees) that rests the second support too; bisection on the gap. */
    private static double solveTilt(Pose pose, Map<String, Vec3> body, Map<String, Double> radius,
            Rotation world) {
        if (Math.abs(gap(pose, body, radius, world, 0)) < 1e-9) {
            return 0;
        }
        for (double step = 0.5; step <= MAX_TILT; step += 0.5) {
            for (double sign : new double[] {1, -1}) {
                double a = sign * (step - 0.5);
                double b = sign * step;
                double ga = gap(pose, body, radius, world, a);
                double gb = gap(pose, body, radius, world, b);
                if (ga == 0) {
                    return a;
                }
                if (Math.signum(ga) != Math.signum(gb)) {
                    for (int i = 0; i < 50; i++) {
                        double m = (a + b) / 2;
                        double gm = gap(pose, body, radius, world, m);
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
    private static Vec3 skeleton(Pose pose, Map<String, Vec3> at, Map<String, Double> radius) {
        Rotation trunk = Rotation.about(L, pose.trunkFlexion());
        Vec3 neck = trunk.apply(U.times(Proportions.TRUNK));
        Rotation head = trunk.then(Rotation.about(L, pose.headFlexion()));
        put(at, radius, "pelvis", Vec3.ZERO, Proportions.TORSO_WIDTH / 2);
        put(at, radius, "neck", neck, Proportions.TORSO_WIDTH / 2);
        put(at, radius, "head", neck.plus(head.apply(U.times(Proportions.NECK_TO_HEAD_CENTRE))),
                Proportions.HEAD_HALF_HEIGHT);
        for (Side side : Side.values()) {
            LimbAngles a = pose.side(side);
            String p = side.word() + "_";
            double s = side.sign();
            Vec3 hip = L.times(s * Proportions.HIP_HALF_WIDTH);
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
        }
        return head.apply(U);
    }

    private static void put(Map<String, Vec3> at, Map<String, Double> radius, String name, Vec3 p, double r) {
        at.put(name, p);
        radius.put(name, r);
    }
}
