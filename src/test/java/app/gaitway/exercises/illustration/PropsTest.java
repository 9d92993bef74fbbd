package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            "props-balance-board",
                    STANDING.formatted("front", "{\"type\": \"balance_board\"}", "balance_board", "balance_board"),
            "props-wall-weight",
                    STANDING.formatted(
                            "side",
                            "{\"type\": \"wall\", \"at\": \"upper_back\"}, {\"type\": \"ankle_weight\", \"side\": \"left\"}",
                            "floor",
                            "floor"),
            "props-table", """
                    {"view": "side", "props": [{"type": "table"}], "arrow": {"part": "left_foot"},
                     "start": {"posture": "upright", "trunk": 45,
                               "both": {"shoulderFlexion": 45, "elbow": 90},
                               "rest": [{"parts": ["feet"], "on": "floor"}, {"parts": ["forearms"], "on": "table"}]},
                     "end": {"posture": "upright", "trunk": 45,
                             "both": {"shoulderFlexion": 45, "elbow": 90}, "left": {"hipFlexion": -20, "knee": 90},
                             "rest": [{"parts": ["right_foot"], "on": "floor"}, {"parts": ["forearms"], "on": "table"}]}}
                    """);

    private static final String TIPPED_BOARD = """
            {"view": "side", "props": [{"type": "balance_board"}], "arrow": {"part": "left_foot"},
             "start": {"posture": "upright", "both": {"shoulderAbduction": 10},
                       "rest": [{"parts": ["right_foot"], "on": "balance_board"}]},
             "end": {"posture": "upright", "both": {"shoulderAbduction": 10}, "boardTilt": 8,
                     "right": {"ankle": -8}, "left": {"knee": 90},
                     "rest": [{"parts": ["right_foot"], "on": "balance_board"}]}}
            """;

    @Test
    void aTippedBalanceBoardCarriesTheFootAlongItsDeckAndTheBodyStaysUpright() {
        Illustration ill = IllustrationJson.parse(TIPPED_BOARD);
        Layout layout = Layout.of(ill);
        Figure level = layout.start;
        Figure tipped = layout.end;
        for (String point : java.util.List.of("right_heel", "right_toe")) {
            Vec3 p = tipped.point(point);
            double deck = BalanceBoard.top(8, p.x());
            assertEquals(deck, p.y() - tipped.radius().get(point), 0.012, point + " lies on the tipped deck");
        }
        double heel = BalanceBoard.top(8, tipped.point("right_heel").x());
        double toe = BalanceBoard.top(8, tipped.point("right_toe").x());
        assertTrue(heel - toe > 0.01, "toes down: the board's right end (the way the figure faces) is lower");
        assertEquals(Surface.BALANCE_BOARD.height, level.bottom(BodyPart.RIGHT_FOOT), 0.005, "the level start");
        assertEquals(level.point("neck").x(), tipped.point("neck").x(), 0.02, "the body stays over the board");
        assertEquals(java.util.List.of(), PictureChecks.restingPartsOnTheirSurface(layout));
        assertEquals(java.util.List.of(), PictureChecks.nothingInsideAProp(layout));

        String pivot = "rotate(8 " + Svg.num(layout.px(0)) + " " + Svg.num(layout.floorY()) + ")";
        RenderedIllustration drawn = SvgRenderer.render(ill, "Board", "b");
        assertTrue(drawn.endSvg().contains(pivot), "the end picture draws the board tipped about the foot's place");
        assertTrue(!drawn.startSvg().contains("rotate(8 "), "the start picture draws it level");
        // the furthest tilt allowed still keeps the deck's low edge off the floor
        assertTrue(JointRange.BOARD_TILT.max <= BalanceBoard.MOST_TILT);
    }

    @Test
    void aBoardTiltNeedsTheBoardUnderTheFirstSupportAndARealisticAngle() {
        String onFloor = TIPPED_BOARD.replace("\"on\": \"balance_board\"}]}}", "\"on\": \"floor\"}]}}");
        assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(onFloor));
        String tooFar = TIPPED_BOARD.replace("\"boardTilt\": 8", "\"boardTilt\": 25");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IllustrationJson.parse(tooFar));
        assertTrue(e.getMessage().contains("board tilt"), e.getMessage());
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
                    double lowest =
                            s.parts().stream().mapToDouble(f::bottom).min().orElseThrow();
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
