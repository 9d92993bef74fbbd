package app.gaitway.exercises.illustration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pose model refuses bodies no patient has, with a message that says what is wrong. */
class PoseModelTest {

    @Test
    void refusesAKneeBentPastItsRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 0, 0, 150, 0, 0, 0, 0));
        assertEquals("knee flexion 150° is outside the possible range 0° to 140°", e.getMessage());
    }

    @Test
    void refusesAHyperextendedKnee() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 0, 0, -5, 0, 0, 0, 0));
        assertTrue(e.getMessage().startsWith("knee flexion -5°"), e.getMessage());
    }

    @Test
    void refusesHipAndAnkleAnglesOutsideIllustrationRanges() {
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(125, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(-35, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 50, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 0, 0, 0, 25, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 0, 0, 0, -55, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LimbAngles(0, 0, 0, 0, Double.NaN, 0, 0, 0));
    }

    @Test
    void refusesTrunkFlexionPastNinety() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new Pose(
                        Posture.UPRIGHT,
                        95,
                        0,
                        LimbAngles.NEUTRAL,
                        LimbAngles.NEUTRAL,
                        List.of(new Support(List.of(BodyPart.FEET), Surface.FLOOR)),
                        null));
        assertTrue(e.getMessage().contains("trunk flexion 95°"), e.getMessage());
    }

    @Test
    void jsonErrorsNameWhereTheyAre() {
        String json = Samples.json("hip-bridge").replace("\"knee\": 100", "\"knee\": 150");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertTrue(e.getMessage().startsWith("start: left: knee flexion 150°"), e.getMessage());
    }

    @Test
    void jsonRefusesMisspeltKeys() {
        String json = Samples.json("hip-bridge").replace("\"knee\": 100", "\"kneee\": 100");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertTrue(e.getMessage().contains("unknown key \"kneee\""), e.getMessage());
    }

    @Test
    void jsonRefusesUnknownProps() {
        String json = Samples.json("hip-bridge").replace("\"type\": \"mat\"", "\"type\": \"trampoline\"");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertTrue(e.getMessage().contains("unknown prop \"trampoline\""), e.getMessage());
    }

    @Test
    void aStandingFigureIsAsTallAsTheProportionsSay() {
        Pose standing = new Pose(
                Posture.UPRIGHT,
                0,
                0,
                LimbAngles.NEUTRAL,
                LimbAngles.NEUTRAL,
                List.of(new Support(List.of(BodyPart.FEET), Surface.FLOOR)),
                null);
        Figure f = Kinematics.place(standing, View.SIDE);
        double crown = f.point("head").y() + Proportions.HEAD_HALF_HEIGHT;
        assertEquals(1.0, crown, 0.01);
        assertEquals(0.285, f.point("left_knee").y(), 0.01);
        assertEquals(0.530, f.point("left_hip").y(), 0.01);
        assertEquals(0.818, f.point("left_shoulder").y(), 0.01);
    }

    @Test
    void kneeFlexionBendsTheShinBackwardAndHipFlexionBringsTheThighForward() {
        LimbAngles bent = new LimbAngles(90, 0, 0, 90, 0, 0, 0, 0);
        Pose pose = new Pose(
                Posture.UPRIGHT,
                0,
                0,
                bent,
                LimbAngles.NEUTRAL,
                List.of(new Support(List.of(BodyPart.RIGHT_FOOT), Surface.FLOOR)),
                null);
        Figure f = Kinematics.place(pose, View.SIDE);
        assertTrue(f.point("left_knee").x() > f.point("left_hip").x() + 0.2, "thigh points forward");
        assertEquals(f.point("left_knee").x(), f.point("left_ankle").x(), 1e-9, "shin hangs straight down");
        assertTrue(f.point("left_toe").x() > f.point("left_heel").x(), "toes point forward");
    }

    @Test
    void bothSetsEachSideAndASideOverridesIt() {
        Illustration ill = Samples.load("clamshell");
        assertEquals(45, ill.start().left().hipFlexion());
        assertEquals(45, ill.start().right().hipFlexion());
        assertEquals(-15, ill.start().left().hipAbduction());
        assertEquals(0, ill.start().right().hipAbduction());
    }

    @Test
    void aViewFromAboveRefusesFurnitureItCannotDraw() {
        String json = Samples.json("clamshell").replace("{\"type\": \"mat\"}", "{\"type\": \"bench\"}");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertTrue(e.getMessage().contains("not a bench"), e.getMessage());
    }

    @Test
    void supportsThatCannotBothRestAreRefused() {
        // standing straight, the head can never rest on the floor with the feet
        Pose impossible = new Pose(
                Posture.UPRIGHT,
                0,
                0,
                LimbAngles.NEUTRAL,
                LimbAngles.NEUTRAL,
                List.of(
                        new Support(List.of(BodyPart.FEET), Surface.FLOOR),
                        new Support(List.of(BodyPart.HEAD), Surface.FLOOR)),
                null);
        var e = assertThrows(IllegalArgumentException.class, () -> Kinematics.place(impossible, View.SIDE));
        assertTrue(e.getMessage().contains("cannot rest on both supports"), e.getMessage());
    }

    @Test
    void aSecondSupportTurnsTheFigureUntilItRests() {
        Illustration bridge = Samples.load("hip-bridge");
        Figure end = Kinematics.place(bridge.end(), View.SIDE);
        assertEquals(Surface.MAT.height, end.bottom(BodyPart.FEET), 1e-6);
        assertEquals(Surface.MAT.height, end.bottom(BodyPart.SHOULDERS), 1e-6);
        assertTrue(end.point("pelvis").y() > 0.1, "hips lifted off the mat");
    }

    @Test
    void theSideNearerTheViewerIsTheDarkOne() {
        Illustration bridge = Samples.load("hip-bridge");
        Figure f = Kinematics.place(bridge.start(), View.SIDE);
        Side near = SvgRenderer.nearSide(f, bridge);
        String other = near == Side.LEFT ? "right_knee" : "left_knee";
        assertTrue(f.point(near.word() + "_knee").z() > f.point(other).z());
    }

    @Test
    void inAFrontViewTheWorkingSideIsTheDarkOne() {
        Illustration abduction = Samples.load("standing-hip-abduction");
        Figure f = Kinematics.place(abduction.start(), View.FRONT);
        assertEquals(Side.LEFT, SvgRenderer.nearSide(f, abduction));
    }

    @Test
    void turnAndPitchOutsideTheirRangesAreRefused() {
        String turned = Samples.json("banded-side-step").replace("\"turn\": -12", "\"turn\": 90");
        assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(turned));
        String pitched = Samples.json("clamshell").replace("\"pitch\": 15", "\"pitch\": -5");
        assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(pitched));
    }

    @Test
    void jsonRefusesAPelvisTiltOutsideItsRange() {
        String json = Samples.json("pelvic-drop").replace("\"pelvisTilt\": -15", "\"pelvisTilt\": -25");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertEquals("start: pelvis tilt -25° is outside the possible range -20° to 20°", e.getMessage());
    }

    @Test
    void aNegativePelvisTiltDropsTheLeftHipAndTheStandingLegStaysVertical() {
        Illustration drop = Samples.load("pelvic-drop");
        Figure start = Kinematics.place(drop.start(), drop.view());
        Figure end = Kinematics.place(drop.end(), drop.view());
        assertTrue(start.point("left_hip").y() < start.point("right_hip").y() - 0.03, "left side dropped");
        assertEquals(end.point("left_hip").y(), end.point("right_hip").y(), 1e-9, "level at the end");
        assertEquals(start.point("right_hip").x(), start.point("right_ankle").x(), 1e-9, "standing leg vertical");
        assertEquals(2 * Proportions.HIP_HALF_WIDTH, start.point("left_hip").distance(start.point("right_hip")), 1e-9);
        assertEquals(Surface.STEP.height, start.bottom(BodyPart.RIGHT_FOOT), 1e-9);
        assertTrue(start.point("left_heel").y() < end.point("left_heel").y() - 0.03, "free leg lower at the start");
    }

    @Test
    void theStepEndsBeforeTheFreeFootSoItHangsBesideIt() {
        Layout layout = Layout.of(Samples.load("pelvic-drop"));
        Box step = layout.surfaces.get(0);
        for (Figure f : List.of(layout.start, layout.end)) {
            double foot = f.point("left_heel").x();
            double r = f.radius().get("left_heel");
            assertTrue(foot + r < step.left() || foot - r > step.right(), "free foot beside the step");
            assertTrue(f.point("left_heel").y() - r < Surface.STEP.height, "free foot below the step top");
        }
    }

    @Test
    void aStrapNeedsTheSideOfItsFoot() {
        String json = Samples.json("hamstring-stretch")
                .replace("{\"type\": \"strap\", \"side\": \"right\"}", "{\"type\": \"strap\"}");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(json));
        assertTrue(e.getMessage().startsWith("props[1]: a strap needs a side"), e.getMessage());
    }
}
