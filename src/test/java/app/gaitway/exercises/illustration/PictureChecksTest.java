package app.gaitway.exercises.illustration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each picture check fails on a deliberately broken picture, and passes the same picture mended. */
class PictureChecksTest {

    private static Illustration standing(String view, String start, String end, String extra) {
        return IllustrationJson.parse("""
                {"view": "%s", %s
                 "start": {"posture": "upright", %s},
                 "end": {"posture": "upright", %s}}
                """.formatted(view, extra, start, end));
    }

    private static boolean mentions(List<String> problems, String words) {
        return problems.stream().anyMatch(p -> p.contains(words));
    }

    @Test
    void aFootListedAsRestingButLiftedFloats() {
        Illustration lifted = standing("side", """
                "left": {"hipFlexion": 40, "knee": 60}, "rest": [{"parts": ["feet"], "on": "floor"}]""", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", "");
        List<String> problems = PictureChecks.restingPartsOnTheirSurface(Layout.of(lifted));
        assertTrue(mentions(problems, "start: left foot floats above the floor"), problems.toString());
        Illustration mended = standing("side", """
                "left": {"hipFlexion": 40, "knee": 60}, "rest": [{"parts": ["right_foot"], "on": "floor"}]""", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", "");
        assertEquals(List.of(), PictureChecks.restingPartsOnTheirSurface(Layout.of(mended)));
    }

    /** On hands and knees on a mat, the shins at {@code knee} degrees and the feet pointed by {@code ankle}. */
    private static Illustration allFours(int knee, int ankle) {
        String pose = """
                "posture": "prone", "both": {"hipFlexion": 90, "knee": %d, "ankle": %d, "shoulderFlexion": 90},
                "left": {"elbow": 12}, "rest": [{"parts": ["left_knee"], "on": "mat"}, {"parts": ["hands"], "on": "mat"}]""".formatted(knee, ankle);
        return IllustrationJson.parse("""
                {"view": "front", "turn": 60, "pitch": 30, "props": [{"type": "mat"}],
                 "start": {%s}, "end": {%s}}
                """.formatted(pose, pose));
    }

    @Test
    void toesPointedDownThroughTheFloorAreFound() {
        // shins flat on the mat with the feet pointed as far as they go: the toes still point 40° into the floor
        List<String> problems = PictureChecks.nothingBelowTheFloor(Layout.of(allFours(88, -50)));
        assertTrue(mentions(problems, "start: left toe goes"), problems.toString());
        assertTrue(mentions(problems, "below the floor"), problems.toString());
        // shins raised off the mat toward the feet, the toes tucked: nothing goes under it
        assertEquals(List.of(), PictureChecks.nothingBelowTheFloor(Layout.of(allFours(125, -40))));
    }

    /** Lying on the back seen from the feet and above, the arms out to the sides by {@code abduction}. */
    private static Illustration lyingArmsOut(int abduction) {
        String pose = """
                "posture": "supine", "both": {"shoulderAbduction": %d},
                "rest": [{"parts": ["shoulders", "pelvis", "hands"], "on": "mat"}]""".formatted(abduction);
        return IllustrationJson.parse("""
                {"view": "front", "pitch": 40, "props": [{"type": "mat"}], "start": {%s}, "end": {%s}}
                """.formatted(pose, pose));
    }

    @Test
    void handsSpreadAtTheFarEndOfANarrowingMatStayOnIt() {
        // the hands spread wide at the shoulders, the mat's far end: narrowed from the figure's own width, the mat
        // left them on the floor; it is widened at the near edge instead
        assertEquals(List.of(), PictureChecks.whatRestsOnTheMatIsDrawnOnIt(Layout.of(lyingArmsOut(90))));
        assertEquals(List.of(), PictureChecks.whatRestsOnTheMatIsDrawnOnIt(Layout.of(lyingArmsOut(10))));
    }

    @Test
    void aFootHangingIntoAStepSinksIntoIt() {
        Illustration sunk = standing("side", """
                "pelvisTilt": -15, "rest": [{"parts": ["right_foot"], "on": "step"}]""", """
                "rest": [{"parts": ["right_foot"], "on": "step"}]""", "\"props\": [{\"type\": \"step\"}],");
        List<String> problems = PictureChecks.nothingInsideAProp(Layout.of(sunk));
        assertTrue(mentions(problems, "start: left_heel is inside the step"), problems.toString());
        assertFalse(mentions(problems, "end:"), problems.toString());
    }

    @Test
    void legsCrossedThroughEachOtherAreFound() {
        Illustration crossed = standing("front", """
                "both": {"hipAbduction": -20}, "rest": [{"parts": ["right_foot"], "on": "floor"}]""", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", "");
        List<String> problems = PictureChecks.noLimbThroughAnother(Layout.of(crossed));
        assertTrue(mentions(problems, "start: left_thigh passes through right_thigh"), problems.toString());
        assertFalse(mentions(problems, "end:"), problems.toString());
    }

    @Test
    void anArmThroughTheChestIsFound() {
        // no joint angle swings a forearm through this figure's chest, so the broken figure is made by hand:
        // the right forearm moved from beside the body to across the middle of the chest
        Illustration ill = standing("side", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", "");
        Figure sound = Layout.of(ill).start;
        assertEquals(List.of(), PictureChecks.noLimbThroughAnother(sound, "start"));
        java.util.Map<String, Vec3> points = new java.util.HashMap<>(sound.points());
        Vec3 chest = sound.point("pelvis").plus(sound.point("neck")).times(0.5);
        points.put("right_elbow", chest.plus(new Vec3(0, 0, 0.12)));
        points.put("right_wrist", chest.plus(new Vec3(0, 0, -0.03)));
        points.put("right_hand", chest.plus(new Vec3(0, 0, -0.13)));
        Figure broken = new Figure(sound.pose(), points, sound.radius(), sound.headUp());
        List<String> problems = PictureChecks.noLimbThroughAnother(broken, "start");
        assertTrue(mentions(problems, "start: right_forearm passes through torso"), problems.toString());
    }

    @Test
    void aWeightBearingKneeFallingInwardIsFound() {
        Illustration valgus = standing("front", """
                "both": {"hipFlexion": 40, "knee": 70, "ankle": 20, "hipRotation": -40},
                "rest": [{"parts": ["feet"], "on": "floor"}]""", """
                "both": {"hipFlexion": 40, "knee": 70, "ankle": 20}, "rest": [{"parts": ["feet"], "on": "floor"}]""", "");
        List<String> problems = PictureChecks.kneesOverFeet(valgus);
        assertTrue(mentions(problems, "start: the left knee falls inward"), problems.toString());
        assertTrue(mentions(problems, "start: the right knee falls inward"), problems.toString());
        assertFalse(mentions(problems, "end:"), problems.toString());
    }

    @Test
    void anArrowAwayFromThePartOrTheWrongWayIsFound() {
        Layout layout = Layout.of(Samples.load("hip-bridge"));
        Vec3[] drawn = ArrowPainter.curve(layout);
        assertEquals(List.of(), PictureChecks.arrowFollowsTheMovingPart(layout, drawn));
        Vec3[] backwards = {drawn[2], drawn[1], drawn[0]};
        assertTrue(mentions(PictureChecks.arrowFollowsTheMovingPart(layout, backwards), "away from the path"));
        Vec3 far = new Vec3(0.6, 0.5, 0);
        Vec3[] elsewhere = {drawn[0].plus(far), drawn[1].plus(far), drawn[2].plus(far)};
        assertTrue(mentions(PictureChecks.arrowFollowsTheMovingPart(layout, elsewhere), "H away from pelvis"));
    }

    @Test
    void aMovingPartHiddenBehindTheNearLegIsFound() {
        // side view: the far (left) knee stands right behind the near one before it lifts
        Illustration hidden = standing("side", """
                "rest": [{"parts": ["feet"], "on": "floor"}]""", """
                "left": {"hipFlexion": 60, "knee": 60}, "rest": [{"parts": ["right_foot"], "on": "floor"}]""", "\"arrow\": {\"part\": \"left_knee\"},");
        List<String> problems = PictureChecks.movingPartVisibleAtThumbnail(Layout.of(hidden));
        assertTrue(mentions(problems, "start: left knee is hidden behind"), problems.toString());
        assertFalse(mentions(problems, "end:"), problems.toString());
    }

    @Test
    void aMovementTooSmallToSeeAtThumbnailSizeIsFound() {
        Illustration tiny = standing("front", """
                "rest": [{"parts": ["right_foot"], "on": "floor"}]""", """
                "left": {"hipAbduction": 2}, "rest": [{"parts": ["right_foot"], "on": "floor"}]""", "\"arrow\": {\"part\": \"left_foot\"},");
        assertTrue(mentions(PictureChecks.movingPartVisibleAtThumbnail(Layout.of(tiny)), "moves only"));
    }
}
