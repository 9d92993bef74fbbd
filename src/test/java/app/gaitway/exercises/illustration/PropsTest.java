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
