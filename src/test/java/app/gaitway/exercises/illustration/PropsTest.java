package app.gaitway.exercises.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every prop draws and rests things where it should: variants of the samples with a
 * step, balance board, wall, table and ankle weight (also written to target/illustrations).
 */
class PropsTest {

    private static final String STANDING = """
            {"view": "%s", "props": [%s], "arrow": {"part": "left_ankle"},
             "start": {"posture": "upright", "both": {"shoulderAbduction": 10},
                       "rest": [{"parts": ["right_foot"], "on": "%s"}]},
             "end": {"posture": "upright", "both": {"shoulderAbduction": 10}, "left": {"hipAbduction": 25},
                     "rest": [{"parts": ["right_foot"], "on": "%s"}]}}
            """;

    private static final Map<String, String> VARIANTS = Map.of(
            "props-step", STANDING.formatted("back", "{\"type\": \"step\"}", "step", "step"),
            "props-balance-board", STANDING.formatted("front", "{\"type\": \"balance_board\"}", "balance_board",
                    "balance_board"),
            "props-wall-weight", STANDING.formatted("side",
                    "{\"type\": \"wall\", \"at\": \"upper_back\"}, {\"type\": \"ankle_weight\", \"side\": \"left\"}",
                    "floor", "floor"),
            "props-table", """
                    {"view": "side", "props": [{"type": "table"}], "arrow": {"part": "left_foot"},
                     "start": {"posture": "upright", "trunk": 45,
                               "both": {"shoulderFlexion": 45, "elbow": 90},
                               "rest": [{"parts": ["feet"], "on": "floor"}, {"parts": ["forearms"], "on": "table"}]},
                     "end": {"posture": "upright", "trunk": 45,
                             "both": {"shoulderFlexion": 45, "elbow": 90}, "left": {"hipFlexion": -20, "knee": 90},
                             "rest": [{"parts": ["right_foot"], "on": "floor"}, {"parts": ["forearms"], "on": "table"}]}}
                    """);

    @Test
    void aBalanceBoardShowsItsRockingWithoutGoingUnderTheFloor() {
        Illustration ill = IllustrationJson.parse(VARIANTS.get("props-balance-board"));
        Layout layout = Layout.of(ill);
        String svg = SvgRenderer.render(ill, "Board", "b").startSvg();
        java.util.regex.Matcher dashed = java.util.regex.Pattern
                .compile("<path d=\"M ([^\"]+) Z\" fill=\"none\" stroke=\"" + Palette.PROP_EDGE
                        + "\" stroke-width=\"4\" stroke-dasharray=")
                .matcher(svg);
        java.util.List<double[]> slopes = new java.util.ArrayList<>();
        while (dashed.find()) {
            String[] n = dashed.group(1).replace("L ", "").trim().split("\\s+");
            double[] xy = java.util.Arrays.stream(n).mapToDouble(Double::parseDouble).toArray();
            for (int i = 1; i < xy.length; i += 2) {
                assertTrue(xy[i] <= layout.floorY() + 0.01, "a tipped outline goes under the floor: " + dashed.group(1));
            }
            slopes.add(new double[] {(xy[3] - xy[1]) / (xy[2] - xy[0])});
        }
        assertEquals(2, slopes.size(), "one outline tipped each way");
        assertTrue(slopes.get(0)[0] * slopes.get(1)[0] < 0, "tipped opposite ways");
        assertTrue(Math.abs(slopes.get(0)[0]) > Math.tan(Math.toRadians(4)), "tipped far enough to see");
    }

    @Test
    void everyPropVariantRestsAndStaysInThePicture() throws Exception {
        Path dir = Path.of("target", "illustrations");
        Files.createDirectories(dir);
        for (var v : VARIANTS.entrySet()) {
            Illustration ill = IllustrationJson.parse(v.getValue());
            Layout layout = Layout.of(ill);
            for (Figure f : java.util.List.of(layout.start, layout.end)) {
                for (Support s : f.pose().supports()) {
                    double lowest = s.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
                    assertEquals(s.on().height, lowest, 0.005, v.getKey() + " " + s);
                }
            }
            for (Box b : layout.surfaces) {
                assertTrue(layout.px(b.left()) >= 0 && layout.px(b.right()) <= Layout.WIDTH, v.getKey() + " " + b);
                // a wall runs out of the top of the picture on purpose
                assertTrue(b.type() == PropType.WALL || layout.py(b.top()) >= 0, v.getKey() + " " + b);
            }
            RenderedIllustration r = SvgRenderer.render(ill, v.getKey(), v.getKey());
            assertTrue(!r.startSvg().contains("style="), v.getKey());
            Files.writeString(dir.resolve(v.getKey() + "-start.svg"), r.startSvg());
            Files.writeString(dir.resolve(v.getKey() + "-end.svg"), r.endSvg());
        }
    }
}
