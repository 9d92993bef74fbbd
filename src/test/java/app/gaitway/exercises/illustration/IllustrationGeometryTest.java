package app.gaitway.exercises.illustration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The geometry promises of issue 3 for each sample exercise. */
class IllustrationGeometryTest {

    /** About one pixel at the fixed scale. */
    private static final double TOLERANCE = 0.005;

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySegmentKeepsItsLengthFromStartToEnd(String name) {
        Layout layout = Layout.of(Samples.load(name));
        for (Segment s : Segment.ALL) {
            double start = layout.start.point(s.from()).distance(layout.start.point(s.to()));
            double end = layout.end.point(s.from()).distance(layout.end.point(s.to()));
            assertEquals(s.length(), start, 1e-9, name + " start " + s.name());
            assertEquals(s.length(), end, 1e-9, name + " end " + s.name());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nothingIsNaN(String name) {
        Layout layout = Layout.of(Samples.load(name));
        for (Figure f : List.of(layout.start, layout.end)) {
            f.points().forEach((point, p) -> assertTrue(p.isFinite(), name + " " + point + " " + p));
        }
        for (Box b : layout.surfaces) {
            assertTrue(Double.isFinite(b.left() + b.right() + b.top() + b.bottom()), name + " " + b);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void figureAndPropsStayInsideThePicture(String name) {
        Layout layout = Layout.of(Samples.load(name));
        for (Figure f : List.of(layout.startView, layout.endView)) {
            for (Map.Entry<String, Vec3> e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey()) * layout.scale;
                double x = layout.px(e.getValue().x());
                double y = layout.py(e.getValue().y());
                assertTrue(x - r >= 0 && x + r <= Layout.WIDTH, name + " " + e.getKey() + " x=" + x);
                assertTrue(y - r >= 0 && y + r <= Layout.HEIGHT, name + " " + e.getKey() + " y=" + y);
            }
        }
        for (Box b : layout.surfaces) {
            assertTrue(layout.px(b.left()) >= 0 && layout.px(b.right()) <= Layout.WIDTH, name + " " + b);
            assertTrue(layout.py(b.top()) >= 0, name + " " + b);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void restingPartsTouchTheirSurface(String name) {
        Illustration ill = Samples.load(name);
        Layout layout = Layout.of(ill);
        for (Figure f : List.of(layout.start, layout.end)) {
            for (Support s : f.pose().supports()) {
                double lowest = s.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
                assertEquals(s.on().height, lowest, TOLERANCE, name + " " + s);
                if (s.on() != Surface.FLOOR && s.on() != Surface.MAT) {
                    assertTrue(
                            layout.surfaces.stream().anyMatch(b -> b.top() == s.on().height),
                            name + " rests on a " + s.on() + " that is not drawn");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nothingGoesThroughTheFloor(String name) {
        Layout layout = Layout.of(Samples.load(name));
        for (Figure f : List.of(layout.start, layout.end)) {
            for (Map.Entry<String, Vec3> e : f.points().entrySet()) {
                double bottom = e.getValue().y() - f.radius().get(e.getKey());
                assertTrue(bottom >= -TOLERANCE, name + " " + e.getKey() + " is below the floor: " + bottom);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void restingPartsStayPutBetweenStartAndEnd(String name) {
        Layout layout = Layout.of(Samples.load(name));
        Support first = layout.start.pose().supports().get(0);
        for (BodyPart part : first.parts()) {
            Vec3 a = layout.start.centre(part);
            Vec3 b = layout.end.centre(part);
            assertEquals(a.x(), b.x(), 0.05, name + " " + part + " slides along the floor");
        }
    }

    /** A foot named as resting stands flat: heel and toes both on the surface (2 % of H). */
    @ParameterizedTest
    @MethodSource("samples")
    void restingFeetAreFlat(String name) {
        Layout layout = Layout.of(Samples.load(name));
        for (Figure f : List.of(layout.start, layout.end)) {
            for (Support s : f.pose().supports()) {
                for (BodyPart part : s.parts()) {
                    if (part == BodyPart.FEET || part == BodyPart.LEFT_FOOT || part == BodyPart.RIGHT_FOOT) {
                        for (String point : part.points()) {
                            double bottom = f.point(point).y() - f.radius().get(point);
                            assertEquals(
                                    s.on().height, bottom, 0.02, name + " " + point + " is not flat on the " + s.on());
                        }
                    }
                }
            }
        }
    }

    /** The picture pair shows a movement: the arrow's part really moves (at least 3 % of H). */
    @ParameterizedTest
    @MethodSource("samples")
    void theArrowedPartMoves(String name) {
        Illustration ill = Samples.load(name);
        Layout layout = Layout.of(ill);
        BodyPart part = ill.arrow().part();
        double moved = layout.startView.centre(part).distance(layout.endView.centre(part));
        assertTrue(moved >= 0.03, name + ": " + part + " moves only " + moved);
        Vec3[] curve = ArrowPainter.curve(layout);
        assertTrue(curve != null, name + " has no arrow");
        for (Vec3 p : curve) {
            double x = layout.px(p.x());
            double y = layout.py(p.y());
            assertTrue(x > 0 && x < Layout.WIDTH && y > 0 && y < Layout.HEIGHT, name + " arrow leaves the picture");
        }
        double length = Math.hypot(
                layout.px(curve[2].x()) - layout.px(curve[0].x()), layout.py(curve[2].y()) - layout.py(curve[0].y()));
        assertTrue(length >= ArrowPainter.MIN_LENGTH_PX - 1, name + " arrow only " + length + " px long");
    }
}
