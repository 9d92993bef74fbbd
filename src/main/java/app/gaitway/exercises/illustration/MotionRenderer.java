package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws an exercise as one SVG that moves by itself: the figure goes from the start position to the end and
 * back, at the pace of the exercise, again and again. SMIL animation only (no script, no style), so it plays in
 * an {@code <img>} under the Content-Security-Policy.
 * <p>
 * The figure is drawn by {@link SvgRenderer} at each key of the {@link MotionTimeline}, in the still pictures'
 * layout (same scale and place, so the first drawing is the start picture's figure); each line, polygon and
 * ellipse then gets the list of its positions, and the browser moves it smoothly between them. When the painting
 * order changes on the way (one leg passes in front of the other), the drawing switches to a second group at
 * that key, where both groups show the same positions, so the switch cannot be seen.
 */
public final class MotionRenderer {

    private MotionRenderer() {}

    /**
     * @param name the exercise name, used in the picture's title
     * @param idPrefix unique on the page, for the aria-labelledby ids
     */
    public static RenderedMotion render(Illustration ill, String name, MotionPace pace, String idPrefix) {
        Layout layout = Layout.of(ill);
        MotionPath path = MotionPath.of(ill);
        MotionTimeline timeline = MotionTimeline.of(pace);
        Rotation look = Rotation.about(Vec3.FORWARD, ill.pitch());
        Map<Double, List<MotionShapes.Shape>> drawn = new HashMap<>();
        List<List<MotionShapes.Shape>> frames = new ArrayList<>();
        for (MotionTimeline.Key key : timeline.keys()) {
            frames.add(drawn.computeIfAbsent(
                    key.along(),
                    along -> MotionShapes.parse(
                            SvgRenderer.figureLayers(layout, path.figure(along).rotated(look)))));
        }
        String text = describe(ill);
        Svg svg = new Svg();
        String id = idPrefix + "-motion";
        svg.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 400 300",
                "width",
                400,
                "height",
                300,
                "role",
                "img",
                "aria-labelledby",
                id + "-title " + id + "-desc");
        svg.text("title", name + ": the movement", "id", id + "-title");
        svg.text("desc", text, "id", id + "-desc");
        SvgRenderer.scenery(svg, layout, layout.startView);
        new MotionShapes(timeline, frames).write(svg);
        return new RenderedMotion(svg.close("svg").toString(), text);
    }

    /** The movement in words: where it starts, where it goes, and that it comes back. */
    static String describe(Illustration ill) {
        return "From: " + AltText.describe(ill.start(), ill.props()) + " To: "
                + AltText.describe(ill.end(), ill.props()) + " Then back to the start, again and again.";
    }

    /** The moving picture and its text alternative. */
    public record RenderedMotion(String svg, String text) {}
}
