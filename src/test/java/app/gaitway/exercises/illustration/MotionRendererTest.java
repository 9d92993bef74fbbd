package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moving picture as a file: well-formed, animated by SMIL alone, and starting as the still start picture. */
class MotionRendererTest {

    private static final MotionPace PACE = MotionPace.of(null, List.of());

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isAWellFormedAnimatedSvgWithoutScriptOrStyle(String name) {
        String svg = MotionRenderer.render(Samples.load(name), Samples.title(name), PACE, "t")
                .svg();
        MotionSvgChecks.assertAnimatedSvg(svg, name);
        assertTrue(
                svg.contains("dur=\"" + Svg.num(PACE.cycleSeconds()) + "s\""), name + ": one loop is one repetition");
    }

    @Test
    void theFirstDrawingIsTheStillStartPicturesFigure() {
        Illustration ill = Samples.load("hip-bridge");
        String svg = MotionRenderer.render(ill, "Hip bridge", PACE, "t").svg();
        Layout layout = Layout.of(ill);
        String still = String.join("", SvgRenderer.figureLayers(layout, layout.startView));
        String atRest = svg.replaceAll("<animate(Transform)? [^>]*/>", "")
                .replaceAll("></(line|polygon|ellipse|polyline)>", "/>")
                .replaceAll("</?g>", "");
        assertTrue(atRest.contains(still), "without its animations the moving picture is the start picture's figure");
        assertTrue(svg.contains("<line x1=\"0\""), "on the same floor");
    }

    @Test
    void saysHowItMoves() {
        Illustration ill = Samples.load("hip-bridge");
        MotionRenderer.RenderedMotion motion = MotionRenderer.render(ill, "Hip bridge", PACE, "t");
        assertTrue(motion.text().contains(AltText.describe(ill.start(), ill.props())), motion.text());
        assertTrue(motion.text().contains(AltText.describe(ill.end(), ill.props())), motion.text());
        assertTrue(motion.svg().contains("<title id=\"t-motion-title\">Hip bridge: the movement</title>"));
    }

    @Test
    void aLegPassingInFrontHandsOverWhereBothDrawingsAgree() {
        // the clamshell's top knee turns past the bottom leg: the painting order changes on the way
        String svg = MotionRenderer.render(Samples.load("clamshell"), "Clamshell", PACE, "t")
                .svg();
        int groups = svg.split("<g visibility=", -1).length - 1;
        assertTrue(groups == 0 || svg.contains("calcMode=\"discrete\""), "groups switch instantly, at a key");
        assertEquals(svg.split("<g[ >]", -1).length - 1, svg.split("</g>", -1).length - 1);
    }
}
