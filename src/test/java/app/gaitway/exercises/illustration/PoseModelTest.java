package app.gaitway.exercises.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        var e = assertThrows(IllegalArgumentException.class, () -> new Pose(Posture.UPRIGHT, 95, 0,
                LimbAngles.NEUTRAL, LimbAngles.NEUTRAL, List.of(new Support(List.of(BodyPart.FEET), Surface.FLOOR)), null));
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
        Pose standing = new Pose(Posture.UPRIGHT, 0, 0, LimbAngles.NEUTRAL, LimbAngles.NEUTRAL,
                List.of(new Support(List.of(BodyPart.FEET), Surface.FLOOR)), null);
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
        Pose pose = new Pose(Posture.UPRIGHT, 0, 0, bent, LimbAngles.NEUTRAL,
                List.of(new Support(List.of(BodyPart.RIGHT_FOOT), Surface.FLOOR)), null);
        Figure f = Kinematics.place(pose, View.SIDE);
        assertTrue(f.point("left_knee").x() > f.point("left_hip").x() + 0.2, "thigh points forward");
        assertEquals(f.point("left_knee").x(), f.point("left_ankle").x(), 1e-9, "shin hangs straight down");
        assertTrue(f.point("left_toe").x() > f.point("left_heel").x(), "toes point forward");
    }
}
