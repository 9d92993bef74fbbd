package app.gaitway.exercises.illustration;

import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exercise of the shipped library moves: the moving picture draws, the figure moves without a jump, every
 * drawn point stays in the picture, and the resting parts stay on their surface on the way. Writes each moving
 * picture to target/library-motion/ (open index.html there) with its render time and size.
 */
class LibraryMotionTest {

    /** Between two of 48 even steps along the way, no point moves further than this (px): no jump. */
    private static final double MOST_STEP_PX = 25;
    /** In 1/50 s no coordinate of a shape moves further than this (px) as the browser plays it. */
    private static final double MOST_STEP_PX_PLAYED = 6;

    private static final Path OUT = Path.of("target/library-motion");
    private static final List<String> MEASURED = new ArrayList<>();

    static List<String> exercises() {
        return LibraryFiles.slugs();
    }

    static JsonObject exercise(String slug) {
        return Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject();
    }

    static MotionPace pace(JsonObject exercise) {
        List<String> words = new ArrayList<>();
        exercise.getJsonArray("steps").getValuesAs(JsonString.class).forEach(s -> words.add(s.getString()));
        exercise.getJsonArray("cues").getValuesAs(JsonString.class).forEach(s -> words.add(s.getString()));
        JsonObject dosage = exercise.getJsonObject("dosage");
        return MotionPace.of(dosage.containsKey("holdSeconds") ? dosage.getInt("holdSeconds") : null, words);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void movesSmoothlyInsideThePicture(String slug) {
        Illustration ill = LibraryGeometryTest.load(slug);
        Layout layout = Layout.of(ill);
        MotionPath path = MotionPath.of(ill);
        Rotation look = Rotation.about(Vec3.FORWARD, ill.pitch());
        Figure previous = null;
        for (int i = 0; i <= 48; i++) {
            Figure f = path.figure(i / 48.0).rotated(look);
            for (var e : f.points().entrySet()) {
                double x = layout.px(e.getValue().x());
                double y = layout.py(e.getValue().y());
                // a little slack over the still pictures' margin: a limb may sweep a few px wider on the way
                assertTrue(
                        x >= -4 && x <= Layout.WIDTH + 4 && y >= -4 && y <= Layout.HEIGHT + 4,
                        slug + " " + e.getKey() + " at " + i + "/48: " + x + "," + y);
                if (previous != null) {
                    Vec3 p = previous.point(e.getKey());
                    double step = Math.hypot(layout.px(p.x()) - x, layout.py(p.y()) - y);
                    assertTrue(
                            step <= MOST_STEP_PX, slug + " " + e.getKey() + " jumps " + step + " px at " + i + "/48");
                }
            }
            previous = f;
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void restingPartsStayOnTheirSurfaceOnTheWay(String slug) {
        Illustration ill = LibraryGeometryTest.load(slug);
        MotionPath path = MotionPath.of(ill);
        List<Support> both =
                MotionPath.commonSupports(ill.start().supports(), ill.end().supports());
        if (both == null) {
            return;
        }
        for (int i = 0; i <= 20; i++) {
            Figure f = path.figure(i / 20.0);
            for (Support s : both) {
                double lowest = s.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
                assertEquals(s.on().height, lowest, 0.02, slug + " " + s + " at " + i + "/20");
            }
        }
    }

    /** Played as a browser plays it: the start picture's figure first, the end picture's at the top, no jump between. */
    @ParameterizedTest
    @MethodSource("exercises")
    void playsFromTheStartPictureToTheEndPictureWithoutAJump(String slug) {
        JsonObject exercise = exercise(slug);
        Illustration ill = LibraryGeometryTest.load(slug);
        MotionPace pace = pace(exercise);
        SmilPlayer player =
                new SmilPlayer(MotionRenderer.render(ill, slug, pace, slug).svg());
        Layout layout = Layout.of(ill);
        assertEquals(pace.cycleSeconds(), player.seconds, 0.051);
        assertSameShapes(
                MotionShapes.parse(SvgRenderer.figureLayers(layout, layout.startView)),
                player.at(0),
                true,
                slug + " at the start");
        double top = pace.restSeconds() + pace.upSeconds() + pace.topSeconds() / 2;
        assertSameShapes(
                MotionShapes.parse(SvgRenderer.figureLayers(layout, layout.endView)),
                player.at(top),
                false,
                slug + " at the end position");
        Frame before = new Frame(player.at(0));
        for (double t = 0.02; t < player.seconds; t += 0.02) {
            Frame now = new Frame(player.at(t));
            for (int i = 0; i < now.kinds.size(); i++) {
                String kind = now.kinds.get(i);
                List<double[]> was = before.byKind.getOrDefault(kind, List.of());
                if (now.byKind.get(kind).size() != was.size()) {
                    continue; // a shape appears or goes (a tint turning toward or away from the viewer)
                }
                double nearest = Double.MAX_VALUE;
                for (double[] b : was) {
                    nearest = Math.min(nearest, largestDifference(b, now.numbers.get(i)));
                }
                assertTrue(
                        nearest <= MOST_STEP_PX_PLAYED,
                        slug + ": a " + kind + " jumps " + nearest + " px at " + t + " s");
            }
            before = now;
        }
    }

    /**
     * One played moment's shapes with each one's kind and numbers worked out once: comparing every shape with
     * every shape of the moment before, frame after frame, spent most of this test's time rebuilding them.
     */
    private static final class Frame {
        final List<String> kinds = new ArrayList<>();
        final List<double[]> numbers = new ArrayList<>();
        final java.util.Map<String, List<double[]>> byKind = new java.util.HashMap<>();

        Frame(List<MotionShapes.Shape> shapes) {
            for (MotionShapes.Shape s : shapes) {
                String kind = s.kind();
                double[] n = s.numbers();
                kinds.add(kind);
                numbers.add(n);
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /**
     * The same shapes in the same places. At the end position the painting order may differ from the still's
     * where it cannot be seen (shapes that do not cover each other), so there only the places are compared.
     */
    private static void assertSameShapes(
            List<MotionShapes.Shape> expected, List<MotionShapes.Shape> shown, boolean inOrder, String what) {
        assertEquals(expected.size(), shown.size(), what + ": as many shapes");
        List<MotionShapes.Shape> left = new ArrayList<>(shown);
        for (int i = 0; i < expected.size(); i++) {
            MotionShapes.Shape e = expected.get(i);
            MotionShapes.Shape match = inOrder
                    ? left.get(0)
                    : left.stream()
                            .filter(s -> s.kind().equals(e.kind()) && largestDifference(e, s) <= 0.11)
                            .findFirst()
                            .orElse(null);
            assertTrue(
                    match != null && match.kind().equals(e.kind()) && largestDifference(e, match) <= 0.11,
                    what + ": shape " + i + " " + e + " shown as " + match);
            left.remove(match);
        }
    }

    private static double largestDifference(MotionShapes.Shape a, MotionShapes.Shape b) {
        return largestDifference(a.numbers(), b.numbers());
    }

    private static double largestDifference(double[] x, double[] y) {
        if (x.length != y.length) {
            return Double.MAX_VALUE / 2;
        }
        double most = 0;
        for (int i = 0; i < x.length; i++) {
            most = Math.max(most, Math.abs(x[i] - y[i]));
        }
        return most;
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void drawsAMovingPicture(String slug) throws IOException {
        JsonObject exercise = exercise(slug);
        Illustration ill = LibraryGeometryTest.load(slug);
        MotionPace pace = pace(exercise);
        MotionRenderer.render(ill, exercise.getString("name"), pace, "warm-up");
        long t0 = System.nanoTime();
        String svg = MotionRenderer.render(ill, exercise.getString("name"), pace, slug)
                .svg();
        double ms = (System.nanoTime() - t0) / 1e6;
        MotionSvgChecks.assertAnimatedSvg(svg, slug);
        byte[] raw = svg.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(raw);
        }
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(slug + ".svg"), svg);
        synchronized (MEASURED) {
            MEASURED.add(String.format(
                    Locale.ROOT,
                    "%s\t%.1f ms\t%d bytes\t%d gzip\t%.1f s loop",
                    slug,
                    ms,
                    raw.length,
                    zipped.size(),
                    pace.cycleSeconds()));
        }
    }

    @AfterAll
    static void writeIndex() throws IOException {
        if (MEASURED.isEmpty()) {
            return;
        }
        Files.createDirectories(OUT);
        List<String> sorted = new ArrayList<>(MEASURED);
        sorted.sort(null);
        Files.write(OUT.resolve("measurements.tsv"), sorted);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>Moving pictures</title><body>");
        for (String line : sorted) {
            String slug = line.substring(0, line.indexOf('\t'));
            html.append("<figure style=\"display:inline-block;margin:4px\"><img src=\"")
                    .append(slug)
                    .append(".svg\" width=\"300\"><figcaption>")
                    .append(line.replace('\t', ' '))
                    .append("</figcaption></figure>");
        }
        Files.writeString(OUT.resolve("index.html"), html);
    }
}
