package app.gaitway.exercises.illustration;

import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The additions of issue 11: the middle picture, hands that hold a part, travel between pictures, the inset. */
class MiddleHoldTravelTest {

    private static final String STEP = """
            {"view": "front", "arrow": {"part": "left_foot"},
             "start": {"posture": "upright", "both": {"hipAbduction": 5}, "rest": [{"parts": ["right_foot"], "on": "floor"}]},
             "middle": {"posture": "upright", "both": {"hipAbduction": 20}, "rest": [{"parts": ["right_foot"], "on": "floor"}],
                        "alt": "The left foot stepped out wide."},
             "end": {"posture": "upright", "both": {"hipAbduction": 5}, "travel": {"left": 0.2},
                     "rest": [{"parts": ["right_foot"], "on": "floor"}]}}
            """;

    @Test
    void aMiddlePoseIsDrawnAsAThirdPicture() {
        Illustration ill = IllustrationJson.parse(STEP);
        assertEquals(3, ill.poses().size());
        RenderedIllustration drawn = SvgRenderer.render(ill, "Side step", "s");
        assertTrue(drawn.hasMiddle());
        assertTrue(
                drawn.middleSvg().contains("<title id=\"s-middle-title\">Side step: half-way</title>"),
                drawn.middleSvg());
        assertEquals("The left foot stepped out wide.", drawn.middleText());
        assertEquals(drawn.middleSvg(), drawn.svg("middle").orElseThrow());
        assertEquals(drawn.startSvg(), drawn.svg("start").orElseThrow());
        assertTrue(drawn.svg("sideways").isEmpty());
        // the arrow belongs to the start picture only
        assertFalse(
                drawn.middleSvg().contains(Palette.ARROW + "\" stroke-width=\"8"), "no arrow on the middle picture");
    }

    @Test
    void withoutAMiddleNothingChangesForCallersOfTheOldShapes() {
        Illustration ill = Samples.load("hip-bridge");
        assertNull(ill.middle());
        assertEquals(List.of(ill.start(), ill.end()), ill.poses());
        Illustration rebuilt = new Illustration(
                ill.view(),
                ill.turn(),
                ill.pitch(),
                ill.start(),
                ill.end(),
                ill.props(),
                ill.arrow(),
                ill.tint(),
                ill.tintSide());
        assertEquals(ill, rebuilt);
        RenderedIllustration drawn = SvgRenderer.render(ill, "Hip bridge", "b");
        assertFalse(drawn.hasMiddle());
        assertTrue(drawn.svg("middle").isEmpty());
        assertEquals(
                new RenderedIllustration("a", "b", "c", "d"), new RenderedIllustration("a", "b", "c", "d", null, null));
        Pose p = ill.start();
        assertEquals(
                p,
                new Pose(
                        p.posture(),
                        p.trunkFlexion(),
                        p.headFlexion(),
                        p.left(),
                        p.right(),
                        p.supports(),
                        p.alt(),
                        p.pelvisTilt()));
    }

    @Test
    void aMiddlePoseMustShareThePosture() {
        String lying = STEP.replace("\"middle\": {\"posture\": \"upright\"", "\"middle\": {\"posture\": \"supine\"");
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(lying));
        assertTrue(e.getMessage().contains("share a posture"), e.getMessage());
    }

    @Test
    void theLastPictureOfAStepHasWalkedOver() {
        Layout layout = Layout.of(IllustrationJson.parse(STEP));
        double start = layout.start.centre(BodyPart.RIGHT_FOOT).x();
        double middle = layout.middle.centre(BodyPart.RIGHT_FOOT).x();
        double end = layout.end.centre(BodyPart.RIGHT_FOOT).x();
        assertEquals(start, middle, 1e-9, "the standing foot stays while the other steps out");
        assertEquals(0.2, Math.abs(end - start), 1e-9, "then the body has moved over by its travel");
        assertTrue(
                Math.signum(end - start)
                        == Math.signum(layout.middle.centre(BodyPart.LEFT_FOOT).x() - middle),
                "toward the side the lead foot stepped to");
    }

    @Test
    void heldHandsReachThePartTheyHold() {
        Illustration ill = IllustrationJson.parse("""
                {"view": "side",
                 "start": {"posture": "supine", "rest": [{"parts": ["shoulders", "pelvis"], "on": "floor"}]},
                 "end": {"posture": "supine", "right": {"hipFlexion": 110, "knee": 120},
                         "hold": {"left": "right_knee", "right": "right_knee"},
                         "rest": [{"parts": ["shoulders", "pelvis"], "on": "floor"}]}}
                """);
        Figure f = Layout.of(ill).end;
        for (String hand : List.of("left_hand", "right_hand")) {
            double gap = f.point(hand).distance(f.point("right_knee"));
            assertTrue(gap <= Proportions.THIGH_WIDTH / 2 + 1e-6, hand + " is " + gap + " from the knee");
        }
        for (Segment s : Segment.ALL) {
            assertEquals(s.length(), f.point(s.from()).distance(f.point(s.to())), 1e-9, s.name());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse("""
                {"view": "side", "start": {"posture": "upright", "hold": {"middle": "left_knee"}, "rest": [{"parts": ["feet"], "on": "floor"}]},
                 "end": {"posture": "upright", "rest": [{"parts": ["feet"], "on": "floor"}]}}"""));
        assertTrue(e.getMessage().contains("unknown key \"middle\""), e.getMessage());
    }

    @Test
    void anInsetMagnifiesThePartInEveryPicture() {
        Illustration ill =
                IllustrationJson.parse(Samples.json("pelvic-drop").replaceFirst("\\{", "{\"inset\": \"pelvis\", "));
        RenderedIllustration drawn = SvgRenderer.render(ill, "Pelvic drop", "d");
        assertTrue(drawn.startSvg().contains("<clipPath id=\"d-start-inset\">"), drawn.startSvg());
        assertTrue(drawn.endSvg().contains("clip-path=\"url(#d-end-inset)\""));
        assertFalse(Samples.json("pelvic-drop").contains("inset"));
        assertFalse(SvgRenderer.render(Samples.load("pelvic-drop"), "Pelvic drop", "d")
                .startSvg()
                .contains("clipPath"));
    }

    @Test
    void theInsetIsAPlainDiagramWhoseHipLineTiltsOneWayAtTheStartAndTheOtherAtTheEnd() {
        Illustration ill = IllustrationJson.parse(Json.createReader(new StringReader(LibraryFiles.json("pelvic-drop")))
                .readObject()
                .getJsonObject("illustration"));
        RenderedIllustration drawn = SvgRenderer.render(ill, "Pelvic drop", "d");
        double[] slopes = new double[2];
        int k = 0;
        for (String svg : List.of(drawn.startSvg(), drawn.endSvg())) {
            String inset = svg.substring(svg.indexOf("clip-path=\"url(#"));
            inset = inset.substring(0, inset.indexOf("</g>"));
            assertFalse(inset.contains("<ellipse"), "no magnified copy of the figure (its head) in the inset");
            assertFalse(inset.contains("scale("), "no magnified copy of the figure in the inset");
            Matcher hipLine = Pattern.compile(
                            "<line x1=\"([-\\d.]+)\" y1=\"([-\\d.]+)\" x2=\"([-\\d.]+)\" y2=\"([-\\d.]+)\""
                                    + " stroke=\"" + Palette.ARROW + "\"")
                    .matcher(inset);
            assertTrue(hipLine.find(), inset);
            double dx = Double.parseDouble(hipLine.group(3)) - Double.parseDouble(hipLine.group(1));
            double dy = Double.parseDouble(hipLine.group(4)) - Double.parseDouble(hipLine.group(2));
            slopes[k++] = dy / dx;
        }
        assertTrue(
                slopes[0] * slopes[1] < 0, "dropped at the start, lifted at the end: " + List.of(slopes[0], slopes[1]));
        for (double slope : slopes) {
            assertTrue(Math.abs(slope) > Math.tan(Math.toRadians(8)), "a tilt that reads: " + slope);
        }
    }
}
