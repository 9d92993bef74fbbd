package app.gaitway.exercises.illustration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The movement between key poses: exact at the keys, in range between them, resting where both rest. */
class MotionPathTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theFirstPoseIsTheStartAndTheLastIsTheEnd(String name) {
        Illustration ill = Samples.load(name);
        MotionPath path = MotionPath.of(ill);
        assertSameAngles(ill.start(), path.pose(0), name + " start");
        assertSameAngles(ill.end(), path.pose(1), name + " end");
        assertNotEquals(angles(ill.start()), angles(path.pose(0.5)), name + ": half way is not the start");
        assertNotEquals(angles(ill.end()), angles(path.pose(0.5)), name + ": half way is not the end");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theFiguresAtTheEndsAreTheStillPicturesFigures(String name) {
        Illustration ill = Samples.load(name);
        Layout layout = Layout.of(ill);
        MotionPath path = MotionPath.of(ill);
        assertEquals(layout.start.points(), path.figure(0).points(), name + ": nothing jumps from the start picture");
        assertEquals(layout.end.points(), path.figure(1).points(), name + ": the end is the end picture");
    }

    @Test
    void aMiddleKeyPoseIsPassedHalfWay() {
        Illustration ill = Samples.load("hip-bridge");
        Pose middle = MotionPath.of(ill).pose(0.3);
        MotionPath throughMiddle = new MotionPath(ill, List.of(ill.start(), middle, ill.end()));
        assertSameAngles(ill.start(), throughMiddle.pose(0), "start");
        assertSameAngles(middle, throughMiddle.pose(0.5), "the middle key pose half way");
        assertSameAngles(ill.end(), throughMiddle.pose(1), "end");
        double quarter = throughMiddle.pose(0.25).left().hipFlexion();
        assertTrue(
                between(quarter, ill.start().left().hipFlexion(), middle.left().hipFlexion()),
                "a quarter of the way lies between start and middle: " + quarter);
    }

    @ParameterizedTest
    @MethodSource("app.gaitway.exercises.illustration.LibraryMotionTest#exercises")
    void everyAngleStaysBetweenItsKeyPosesAndInItsRange(String slug) {
        Illustration ill = LibraryGeometryTest.load(slug);
        MotionPath path = MotionPath.of(ill);
        List<Pose> keys = MotionPath.keyPoses(ill);
        int segments = keys.size() - 1;
        // each stretch of the way lies between the two key poses it joins (a middle pose may lie outside start-end)
        for (int i = 0; i <= 40 * segments; i++) {
            Pose p = path.pose(i / (40.0 * segments));
            int k = Math.min(segments - 1, i / 40);
            Pose from = keys.get(k);
            Pose to = keys.get(k + 1);
            String at =
                    slug + " at " + i + "/" + (40 * segments) + " (between key poses " + k + " and " + (k + 1) + ")";
            check(JointRange.TRUNK_FLEXION, p.trunkFlexion(), from.trunkFlexion(), to.trunkFlexion(), at);
            check(JointRange.HEAD_FLEXION, p.headFlexion(), from.headFlexion(), to.headFlexion(), at);
            check(JointRange.PELVIS_TILT, p.pelvisTilt(), from.pelvisTilt(), to.pelvisTilt(), at);
            assertTrue(
                    between(p.travelLeft(), from.travelLeft(), to.travelLeft())
                            && between(p.travelForward(), from.travelForward(), to.travelForward()),
                    at + ": travel");
            for (Side side : Side.values()) {
                LimbAngles a = from.side(side);
                LimbAngles b = to.side(side);
                LimbAngles m = p.side(side);
                check(JointRange.HIP_FLEXION, m.hipFlexion(), a.hipFlexion(), b.hipFlexion(), at);
                check(JointRange.HIP_ABDUCTION, m.hipAbduction(), a.hipAbduction(), b.hipAbduction(), at);
                check(JointRange.HIP_ROTATION, m.hipRotation(), a.hipRotation(), b.hipRotation(), at);
                check(JointRange.KNEE_FLEXION, m.kneeFlexion(), a.kneeFlexion(), b.kneeFlexion(), at);
                check(JointRange.ANKLE, m.ankle(), a.ankle(), b.ankle(), at);
                check(JointRange.SHOULDER_FLEXION, m.shoulderFlexion(), a.shoulderFlexion(), b.shoulderFlexion(), at);
                check(
                        JointRange.SHOULDER_ABDUCTION,
                        m.shoulderAbduction(),
                        a.shoulderAbduction(),
                        b.shoulderAbduction(),
                        at);
                check(JointRange.ELBOW_FLEXION, m.elbowFlexion(), a.elbowFlexion(), b.elbowFlexion(), at);
            }
        }
    }

    /**
     * A hand taking hold of a part (or letting go) travels there with the arm whole: every frame's upper arm and
     * forearm keep their lengths, and every point is a number. Within 2 %: the fading shift that keeps the
     * supports on their surfaces moves each point a little on its own (about 0.1 % here); a hand pulled
     * straight across to the part would shorten the arm by a quarter or more.
     */
    @ParameterizedTest
    @MethodSource("app.gaitway.exercises.illustration.LibraryMotionTest#exercises")
    void armsKeepTheirLengthsWhileAHandTakesHold(String slug) {
        Illustration ill = LibraryGeometryTest.load(slug);
        MotionPath path = MotionPath.of(ill);
        for (int i = 0; i <= 60; i++) {
            Figure f = path.figure(i / 60.0);
            String at = " at " + i + "/60";
            f.points()
                    .forEach((n, p) -> assertTrue(
                            Double.isFinite(p.x()) && Double.isFinite(p.y()) && Double.isFinite(p.z()),
                            slug + " " + n + at + ": " + p));
            for (Side side : Side.values()) {
                String s = side.word() + "_";
                // 3 %: pinning a resting forearm to the mat (side plank) stretches it by up to 2 %, under a pixel
                assertEquals(
                        Proportions.UPPER_ARM,
                        f.point(s + "shoulder").distance(f.point(s + "elbow")),
                        0.03 * Proportions.UPPER_ARM,
                        slug + " " + s + "upper arm at " + i + "/60");
                assertEquals(
                        Proportions.FOREARM,
                        f.point(s + "elbow").distance(f.point(s + "wrist")),
                        0.03 * Proportions.FOREARM,
                        slug + " " + s + "forearm at " + i + "/60");
            }
        }
    }

    @Test
    void aHandTakingHoldOfAKneeTravelsThereEvenly() {
        Illustration ill = LibraryGeometryTest.load("knee-to-chest-stretch");
        List<Pose> keys = MotionPath.keyPoses(ill);
        assertNotEquals(keys.get(0).hold(), keys.get(1).hold(), "the test needs a hold that changes");
        MotionPath path = new MotionPath(ill, keys.subList(0, 2));
        double most = 0;
        Vec3 before = null;
        for (int i = 0; i <= 20; i++) {
            Vec3 hand = path.figure(i / 20.0).point("right_hand");
            if (before != null) {
                most = Math.max(most, hand.distance(before));
            }
            before = hand;
        }
        double whole =
                path.figure(0).point("right_hand").distance(path.figure(1).point("right_hand"));
        assertTrue(
                most < whole / 4,
                "no single twentieth of the way carries the hand a quarter of its way: " + most + " of " + whole);
    }

    @Test
    void aBridgeKeepsItsShouldersAndFeetOnTheMatWhileTheHipsRise() {
        Illustration ill = Samples.load("hip-bridge");
        List<Support> both =
                MotionPath.commonSupports(ill.start().supports(), ill.end().supports());
        assertEquals(
                List.of(
                        new Support(List.of(BodyPart.SHOULDERS), Surface.MAT),
                        new Support(List.of(BodyPart.FEET), Surface.MAT)),
                both);
        MotionPath path = MotionPath.of(ill);
        double previous = path.figure(0).point("pelvis").y();
        for (int i = 1; i <= 10; i++) {
            double pelvis = path.figure(i / 10.0).point("pelvis").y();
            assertTrue(pelvis > previous - 1e-9, "the hips rise all the way: " + previous + " then " + pelvis);
            previous = pelvis;
        }
    }

    @Test
    void nothingSharedMeansNoCommonSupport() {
        Support feet = new Support(List.of(BodyPart.FEET), Surface.FLOOR);
        Support pelvis = new Support(List.of(BodyPart.PELVIS), Surface.CHAIR);
        assertEquals(null, MotionPath.commonSupports(List.of(pelvis), List.of(feet)));
        assertEquals(List.of(feet), MotionPath.commonSupports(List.of(feet, pelvis), List.of(feet)), "sit to stand");
    }

    private static void check(JointRange range, double value, double from, double to, String at) {
        assertTrue(value >= range.min && value <= range.max, at + ": " + value + " outside " + range);
        assertTrue(between(value, from, to), at + ": " + value + " not between " + from + " and " + to);
    }

    private static boolean between(double v, double a, double b) {
        return v >= Math.min(a, b) && v <= Math.max(a, b);
    }

    private static List<Object> angles(Pose p) {
        return List.of(p.posture(), p.trunkFlexion(), p.headFlexion(), p.pelvisTilt(), p.left(), p.right());
    }

    private static void assertSameAngles(Pose expected, Pose actual, String what) {
        assertEquals(angles(expected), angles(actual), what);
    }
}
