package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;

import java.util.ArrayList;
import java.util.List;

/** Draws props in neutral grey: surfaces behind the figure, bands and weights on the limbs. */
final class PropPainter {

    private static final double SLAB = 0.04;
    private static final double LEG = 0.03;
    /** Drawn width of a strap or towel. */
    private static final double STRAP = 0.014;
    /**
     * A loop band's span between the legs (H) before it stretches, its drawn strand width
     * then, and the thinnest it gets when stretched far.
     */
    static final double BAND_REST = 0.17;

    private static final double BAND_WIDTH = 0.016;
    private static final double BAND_MIN = 0.006;

    private PropPainter() {}

    static void surfaces(Svg svg, Layout layout, Figure figure) {
        for (Box b : layout.surfaces) {
            switch (b.type()) {
                case MAT -> {
                    if (layout.illustration.pitch() == 0) {
                        rect(svg, layout, b.left(), b.bottom(), b.right(), b.top(), 2);
                    } else {
                        matFromAbove(svg, layout, b);
                    }
                }
                case STEP -> rect(svg, layout, b.left(), b.bottom(), b.right(), b.top(), 2);
                case WALL -> rect(svg, layout, b.left(), b.bottom(), b.right(), b.top(), 0);
                case BALANCE_BOARD -> balanceBoard(svg, layout, b, figure);
                case CHAIR -> {
                    furniture(svg, layout, b);
                    if (layout.illustration.view() == View.SIDE) {
                        double facing = figure.point("belly").x()
                                - figure.point("pelvis").x();
                        double x = facing >= 0 ? b.left() : b.right() - LEG;
                        rect(svg, layout, x, b.top(), x + LEG, b.top() + 0.24, 2);
                    }
                }
                default -> furniture(svg, layout, b);
            }
        }
    }

    /**
     * A thick deck on a wide, rounded rocker, with a short curved mark off each end of the
     * deck: a board that rocks, not a plank on a pebble (at thumbnail size a thin deck on a
     * small dome read as a step). A pose that tips the board ({@link Pose#boardTilt()}) gets
     * the whole board turned about the floor under its first support (x = 0), where
     * {@link BalanceBoard#top} puts the deck the feet rest on: start level and end tipped
     * show the rocking plainly (dashed outlines tipped each way read only faintly at 160 px).
     */
    private static void balanceBoard(Svg svg, Layout layout, Box b, Figure figure) {
        double tilt = figure.pose().supports().get(0).on() == Surface.BALANCE_BOARD
                ? figure.pose().boardTilt()
                : 0;
        double cx = layout.px((b.left() + b.right()) / 2);
        double floor = layout.floorY();
        double deck = layout.py(b.top() - BalanceBoard.DECK);
        double rx = BalanceBoard.ROCKER * layout.scale;
        double ry = floor - deck;
        if (tilt != 0) {
            // clockwise on the screen is the picture's right end down
            svg.open(
                    "g",
                    "transform",
                    "rotate(" + Svg.num(tilt) + " " + Svg.num(layout.px(0)) + " " + Svg.num(floor) + ")");
        }
        svg.empty(
                "path",
                "d",
                "M " + Svg.num(cx - rx) + " " + Svg.num(deck) + " A " + Svg.num(rx) + " " + Svg.num(ry) + " 0 0 0 "
                        + Svg.num(cx + rx) + " " + Svg.num(deck) + " Z",
                "fill",
                Palette.PROP_EDGE,
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                1.5);
        rect(svg, layout, b.left(), b.top() - BalanceBoard.DECK, b.right(), b.top(), 3);
        double reach = 0.05 * layout.scale;
        double mid = layout.py(b.top() - BalanceBoard.DECK / 2);
        for (double sign : new double[] {-1, 1}) {
            double x = layout.px(sign < 0 ? b.left() : b.right()) + sign * 0.03 * layout.scale;
            svg.empty(
                    "path",
                    "d",
                    "M " + Svg.num(x) + " " + Svg.num(mid - reach) + " Q " + Svg.num(x + sign * reach * 0.5) + " "
                            + Svg.num(mid) + " " + Svg.num(x) + " " + Svg.num(mid + reach),
                    "fill",
                    "none",
                    "stroke",
                    Palette.PROP_EDGE,
                    "stroke-width",
                    4,
                    "stroke-linecap",
                    "round");
        }
        if (tilt != 0) {
            svg.close("g");
        }
    }

    /** A slab on two legs: bench, chair seat, table. */
    private static void furniture(Svg svg, Layout layout, Box b) {
        rect(svg, layout, b.left() + 0.02, 0, b.left() + 0.02 + LEG, b.top() - SLAB, 1);
        rect(svg, layout, b.right() - 0.02 - LEG, 0, b.right() - 0.02, b.top() - SLAB, 1);
        rect(svg, layout, b.left(), b.top() - SLAB, b.right(), b.top(), 3);
    }

    /**
     * How much narrower the far edge of a mat seen from above is, per side, for each H of its depth: the side
     * edges run toward a far vanishing point, so the mat reads as a slab lying on the floor and going away
     * from the viewer. Drawn square (as it is in the orthographic figure) a mat seen steeply from above read as
     * an upright panel behind a standing person.
     */
    static final double MAT_CONVERGENCE = 0.16;
    /**
     * The narrowing never takes more than this share of the mat's (near) width from each side. Layout widens the
     * mat by the narrowing, so the far edge is as wide as the figure needs.
     */
    static final double MAT_MAX_NARROWING = 0.08;
    /** The mat's near edge shows its thickness at least this many px, so it reads as a slab on the floor. */
    private static final double MAT_EDGE_PX = 5;

    /**
     * The four corners (px, in order near left, near right, far right, far left) of a mat seen from above:
     * the near edge its full width, the far edge narrower, both edges where the floor under the figure is.
     */
    static double[][] matCorners(Layout layout, Box b) {
        double nearY = layout.py(b.top() + layout.depthInView(layout.matFront));
        double farY = layout.py(b.top() + layout.depthInView(layout.matBack));
        double depth = layout.matFront - layout.matBack;
        double width = b.right() - b.left();
        double in = Math.min(MAT_CONVERGENCE * depth, MAT_MAX_NARROWING * width);
        return new double[][] {
            {layout.px(b.left()), nearY}, {layout.px(b.right()), nearY},
            {layout.px(b.right() - in), farY}, {layout.px(b.left() + in), farY}
        };
    }

    private static void matFromAbove(Svg svg, Layout layout, Box b) {
        double[][] c = matCorners(layout, b);
        double edge = Math.max(MAT_EDGE_PX, b.top() * layout.scale);
        svg.empty(
                "polygon",
                "points",
                points(new double[][] {c[0], c[1], {c[1][0], c[1][1] + edge}, {c[0][0], c[0][1] + edge}}),
                "fill",
                Palette.PROP_EDGE,
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                1.5,
                "stroke-linejoin",
                "round");
        svg.empty(
                "polygon",
                "points",
                points(c),
                "fill",
                Palette.PROP_FILL,
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                1.5,
                "stroke-linejoin",
                "round");
    }

    private static String points(double[][] corners) {
        StringBuilder s = new StringBuilder();
        for (double[] c : corners) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(Svg.num(c[0])).append(',').append(Svg.num(c[1]));
        }
        return s.toString();
    }

    private static void rect(Svg svg, Layout layout, double left, double bottom, double right, double top, double rx) {
        double height = Math.max((top - bottom) * layout.scale, 3);
        svg.empty(
                "rect",
                "x",
                layout.px(left),
                "y",
                layout.py(bottom) - height,
                "width",
                (right - left) * layout.scale,
                "height",
                height,
                "rx",
                rx,
                "fill",
                Palette.PROP_FILL,
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                1.5);
    }

    /** Bands and ankle weights, keyed by drawing depth so they sit on the right limb. */
    static List<Layer> attached(Layout layout, Figure f) {
        List<Layer> items = new ArrayList<>();
        for (Prop prop : layout.illustration.props()) {
            if (prop.type() == PropType.BAND) {
                Vec3[] at = new Vec3[2];
                double depth = -Double.MAX_VALUE;
                Svg svg = new Svg();
                int i = 0;
                for (Side side : Side.values()) {
                    String s = side.word() + "_";
                    boolean thigh = prop.band() == BandPlacement.ABOVE_KNEES;
                    Vec3 a = f.point(s + (thigh ? "hip" : "knee"));
                    Vec3 b = f.point(s + (thigh ? "knee" : "ankle"));
                    double t = switch (prop.band()) {
                        case ABOVE_KNEES -> 0.78;
                        case BELOW_KNEES -> 0.22;
                        case ANKLES -> 0.8;
                    };
                    at[i++] = a.plus(b.minus(a).times(t));
                    depth = Math.max(depth, (a.z() + b.z()) / 2);
                    cuff(
                            svg,
                            layout,
                            a,
                            b,
                            at[i - 1],
                            (thigh ? Proportions.THIGH_WIDTH : Proportions.SHANK_WIDTH) + 0.012,
                            0.016,
                            Palette.BAND);
                }
                loop(
                        svg,
                        layout,
                        at[0],
                        at[1],
                        prop.band() == BandPlacement.ABOVE_KNEES ? Proportions.THIGH_WIDTH : Proportions.SHANK_WIDTH);
                items.add(new Layer(depth + 2e-4, svg.toString()));
            } else if (prop.type() == PropType.STRAP) {
                items.add(strap(layout, f, prop.side()));
            } else if (prop.type() == PropType.ANKLE_WEIGHT) {
                String s = prop.side().word() + "_";
                Vec3 knee = f.point(s + "knee");
                Vec3 ankle = f.point(s + "ankle");
                Svg svg = new Svg();
                Vec3 a = knee.plus(ankle.minus(knee).times(0.8));
                Vec3 b = knee.plus(ankle.minus(knee).times(0.93));
                SvgRenderer.line(svg, layout, a, b, Proportions.SHANK_WIDTH + 0.035, Palette.WEIGHT, true);
                items.add(new Layer((knee.z() + ankle.z()) / 2 + 3e-4, svg.toString()));
            }
        }
        return items;
    }

    /**
     * A strap looped round the sole of one foot, both ends in the hands: from the left hand
     * to the sole under the ball of the foot, along the sole to the arch, back to the right
     * hand. Drawn over the figure with a white halo so it reads where it crosses a limb.
     */
    private static Layer strap(Layout layout, Figure f, Side side) {
        String s = side.word() + "_";
        Vec3 ankle = f.point(s + "ankle");
        Vec3 heel = f.point(s + "heel");
        Vec3 toe = f.point(s + "toe");
        Vec3 along = toe.minus(heel);
        double t0 = ankle.minus(heel).x() * along.x()
                + ankle.minus(heel).y() * along.y()
                + ankle.minus(heel).z() * along.z();
        double l2 = along.x() * along.x() + along.y() * along.y() + along.z() * along.z();
        Vec3 foot = heel.plus(along.times(t0 / l2));
        Vec3 down = foot.minus(ankle);
        double dl = down.length();
        down = dl < 1e-9 ? new Vec3(0, -1, 0) : down.times(1 / dl);
        double out = Proportions.FOOT_WIDTH / 2 + STRAP / 2;
        Vec3 ball = heel.plus(along.times(0.8)).plus(down.times(out));
        Vec3 arch = heel.plus(along.times(0.3)).plus(down.times(out));
        String pts = String.join(
                " ",
                SvgRenderer.xy(layout, f.point("left_hand")),
                SvgRenderer.xy(layout, ball),
                SvgRenderer.xy(layout, arch),
                SvgRenderer.xy(layout, f.point("right_hand")));
        Svg svg = new Svg();
        svg.empty(
                "polyline",
                "points",
                pts,
                "fill",
                "none",
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                STRAP * layout.scale + 3,
                "stroke-linejoin",
                "round",
                "stroke-linecap",
                "round");
        svg.empty(
                "polyline",
                "points",
                pts,
                "fill",
                "none",
                "stroke",
                Palette.BAND,
                "stroke-width",
                STRAP * layout.scale,
                "stroke-linejoin",
                "round",
                "stroke-linecap",
                "round");
        double depth = Math.max(
                Math.max(f.point("left_hand").z(), f.point("right_hand").z()), toe.z());
        return new Layer(depth + 5e-4, svg.toString());
    }

    /**
     * The band between the legs as an elastic loop: two strands (the front and back of the
     * loop) that sag a little while slack and pull straight and thin as the legs spread it,
     * so start and end show the band stretching, not a rigid bar between the knees.
     */
    private static void loop(Svg svg, Layout layout, Vec3 a, Vec3 b, double legWidth) {
        double span = Math.hypot(a.x() - b.x(), a.y() - b.y());
        double stretch = Math.max(1, span / BAND_REST);
        double width = Math.max(BAND_MIN, BAND_WIDTH / stretch);
        double sag = Math.max(0, 0.03 * (1.6 - stretch));
        double[] pa = {layout.px(a.x()), layout.py(a.y())};
        double[] pb = {layout.px(b.x()), layout.py(b.y())};
        double half = legWidth * layout.scale * 0.32;
        double len = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
        // the strands lie either side of the line between the legs, whichever way it runs
        double nx = len < 1e-6 ? 0 : -(pb[1] - pa[1]) / len;
        double ny = len < 1e-6 ? 1 : (pb[0] - pa[0]) / len;
        if (ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        for (double side : new double[] {-1, 1}) {
            double ax = pa[0] + side * half * nx;
            double ay = pa[1] + side * half * ny;
            double bx = pb[0] + side * half * nx;
            double by = pb[1] + side * half * ny;
            double cx = (ax + bx) / 2 + sag * layout.scale * nx;
            double cy = (ay + by) / 2 + sag * layout.scale * ny;
            String d = "M " + Svg.num(ax) + " " + Svg.num(ay) + " Q " + Svg.num(cx) + " " + Svg.num(cy) + " "
                    + Svg.num(bx) + " " + Svg.num(by);
            svg.empty(
                    "path",
                    "d",
                    d,
                    "fill",
                    "none",
                    "stroke",
                    Palette.OUTLINE,
                    "stroke-width",
                    width * layout.scale + 2,
                    "stroke-linecap",
                    "round");
            svg.empty(
                    "path",
                    "d",
                    d,
                    "fill",
                    "none",
                    "stroke",
                    Palette.BAND,
                    "stroke-width",
                    width * layout.scale,
                    "stroke-linecap",
                    "round");
        }
    }

    /** A short stroke across the limb at {@code at}: the band wrapping round it. */
    private static void cuff(
            Svg svg, Layout layout, Vec3 a, Vec3 b, Vec3 at, double length, double width, String colour) {
        double dx = layout.px(b.x()) - layout.px(a.x());
        double dy = layout.py(b.y()) - layout.py(a.y());
        double len = Math.hypot(dx, dy);
        double nx = len < 1e-6 ? 1 : -dy / len;
        double ny = len < 1e-6 ? 0 : dx / len;
        double half = length * layout.scale / 2;
        double cx = layout.px(at.x());
        double cy = layout.py(at.y());
        svg.empty(
                "line",
                "x1",
                cx - nx * half,
                "y1",
                cy - ny * half,
                "x2",
                cx + nx * half,
                "y2",
                cy + ny * half,
                "stroke",
                colour,
                "stroke-width",
                width * layout.scale,
                "stroke-linecap",
                "round");
    }
}
