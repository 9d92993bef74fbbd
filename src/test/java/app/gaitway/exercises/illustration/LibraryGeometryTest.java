package app.gaitway.exercises.illustration;

import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The geometry promises of issue 3 for every exercise of the shipped library (the samples have their own test):
 * segments keep their length, nothing is NaN, everything stays in the picture, resting parts touch their
 * surface and stay put, nothing sinks through the floor, and an arrowed part really moves. Issue 11 adds what a
 * patient with only the pictures relies on ({@link PictureChecks}, each shown to fail in PictureChecksTest):
 * every resting part on its surface, no limb through another, weight-bearing knees over the feet, the arrow at
 * the moving part and along its path, and the moving part visible at thumbnail size. Middle pictures count too.
 */
class LibraryGeometryTest {

    private static final double TOLERANCE = 0.005;

    static List<String> exercises() {
        return LibraryFiles.slugs();
    }

    static Illustration load(String slug) {
        JsonObject exercise =
                Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject();
        return IllustrationJson.parse(exercise.getJsonObject("illustration"));
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void segmentsKeepTheirLengthAndNothingIsNaN(String slug) {
        Layout layout = Layout.of(load(slug));
        for (Figure f : layout.figures()) {
            f.points().forEach((point, p) -> assertTrue(p.isFinite(), slug + " " + point + " " + p));
            for (Segment s : Segment.ALL) {
                assertEquals(s.length(), f.point(s.from()).distance(f.point(s.to())), 1e-9, slug + " " + s.name());
            }
        }
    }

    /**
     * A person lying on the back seen from above must be seen from the feet end and turned, from no higher than
     * 45°: straight from above (or steeply from the feet) the lying figure stands upright in the picture and the mat
     * reads as a panel behind a standing person, the misreading an outside review found in two stretches.
     */
    @ParameterizedTest
    @MethodSource("exercises")
    void aFigureLyingOnItsBackIsNeverDrawnStraightFromAbove(String slug) {
        Illustration drawing = load(slug);
        if (drawing.start().posture() == Posture.SUPINE && drawing.pitch() > 0) {
            assertTrue(
                    drawing.pitch() <= 45 && Math.abs(drawing.turn()) >= 20,
                    slug + ": lying on the back, seen from " + drawing.pitch() + "° above and turned " + drawing.turn()
                            + "°");
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void figureAndPropsStayInsideThePicture(String slug) {
        Layout layout = Layout.of(load(slug));
        for (Figure f : layout.views()) {
            for (Map.Entry<String, Vec3> e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey()) * layout.scale;
                double x = layout.px(e.getValue().x());
                double y = layout.py(e.getValue().y());
                assertTrue(x - r >= 0 && x + r <= Layout.WIDTH, slug + " " + e.getKey() + " x=" + x);
                assertTrue(y - r >= 0 && y + r <= Layout.HEIGHT, slug + " " + e.getKey() + " y=" + y);
            }
        }
        for (Box b : layout.surfaces) {
            assertTrue(Double.isFinite(b.left() + b.right() + b.top() + b.bottom()), slug + " " + b);
            assertTrue(layout.px(b.left()) >= 0 && layout.px(b.right()) <= Layout.WIDTH, slug + " " + b);
            // a wall runs up out of the picture on purpose: only its foot and sides must be inside
            assertTrue(b.type() == PropType.WALL || layout.py(b.top()) >= 0, slug + " " + b);
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void restingPartsTouchTheirSurfaceAndNothingSinks(String slug) {
        Layout layout = Layout.of(load(slug));
        for (Figure f : layout.figures()) {
            for (Support s : f.pose().supports()) {
                // measured against the surface under each point: a tipped balance board's deck slopes
                double gap = s.parts().stream()
                        .mapToDouble(p -> f.gapAbove(p, s.on()))
                        .min()
                        .orElseThrow();
                assertEquals(0, gap, TOLERANCE, slug + " " + s);
                if (s.on() != Surface.FLOOR && s.on() != Surface.MAT) {
                    assertTrue(
                            layout.surfaces.stream().anyMatch(b -> b.top() == s.on().height),
                            slug + " rests on a " + s.on() + " that is not drawn");
                }
            }
            for (Map.Entry<String, Vec3> e : f.points().entrySet()) {
                if (f.radius().get(e.getKey()) == 0) {
                    continue; // a direction marker such as "belly", not drawn
                }
                double bottom = e.getValue().y() - f.radius().get(e.getKey());
                assertTrue(bottom >= -TOLERANCE, slug + " " + e.getKey() + " is below the floor: " + bottom);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void restingPartsStayPutBetweenStartAndEnd(String slug) {
        Illustration ill = load(slug);
        Layout layout = Layout.of(ill);
        Support first = layout.start.pose().supports().get(0);
        for (Figure f : layout.figures()) {
            // a pose that walks on (a side step's last picture) moves by its travel, and only by that
            Vec3 walked = Kinematics.place(f.pose(), ill.view(), ill.turn())
                    .centre(first.parts().get(0))
                    .minus(Kinematics.place(withoutTravel(f.pose()), ill.view(), ill.turn())
                            .centre(first.parts().get(0)));
            for (BodyPart part : first.parts()) {
                assertEquals(
                        layout.start.centre(part).x(),
                        f.centre(part).x() - walked.x(),
                        0.05,
                        slug + " " + part + " slides along the floor");
            }
        }
    }

    private static Pose withoutTravel(Pose p) {
        return new Pose(
                p.posture(),
                p.trunkFlexion(),
                p.headFlexion(),
                p.left(),
                p.right(),
                p.supports(),
                p.alt(),
                p.pelvisTilt(),
                p.hold(),
                0,
                0);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void everyRestingPartIsOnItsSurface(String slug) {
        Layout layout = Layout.of(load(slug));
        List<String> problems = new java.util.ArrayList<>(PictureChecks.restingPartsOnTheirSurface(layout));
        problems.addAll(PictureChecks.nothingInsideAProp(layout));
        assertEquals(List.of(), problems, slug);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void noLimbPassesThroughAnother(String slug) {
        assertEquals(List.of(), PictureChecks.noLimbThroughAnother(Layout.of(load(slug))), slug);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void weightBearingKneesStayOverTheFeet(String slug) {
        assertEquals(List.of(), PictureChecks.kneesOverFeet(load(slug)), slug);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void theArrowIsAtTheMovingPartAndFollowsItsPath(String slug) {
        assertEquals(List.of(), PictureChecks.arrowFollowsTheMovingPart(Layout.of(load(slug))), slug);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void theMovingPartShowsAtThumbnailSize(String slug) {
        assertEquals(List.of(), PictureChecks.movingPartVisibleAtThumbnail(Layout.of(load(slug))), slug);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void anArrowedPartReallyMoves(String slug) {
        Illustration ill = load(slug);
        if (ill.arrow() == null) {
            return;
        }
        Layout layout = Layout.of(ill);
        double moved = layout.startView
                .centre(ill.arrow().part())
                .distance(layout.endView.centre(ill.arrow().part()));
        assertTrue(moved >= 0.03, slug + ": " + ill.arrow().part() + " moves only " + moved);
    }
}
