package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the start and end pictures of an exercise (and the middle one where it has one). One renderer for the whole library, so
 * every card has the same viewBox, scale, line weights and colours (see {@link Palette}).
 * Figure pieces are painted far to near; each limb has a thin white outline so a near
 * limb crossing a far one stays readable at 5 cm print width.
 */
public final class SvgRenderer {

    private static final double OUTLINE_PX = 3;

    private SvgRenderer() {}

    /**
     * @param name the exercise name, used in each picture's title
     * @param idPrefix unique on the page, for the aria-labelledby ids
     */
    public static RenderedIllustration render(Illustration ill, String name, String idPrefix) {
        Layout layout = Layout.of(ill);
        String startText = AltText.describe(ill.start(), ill.props());
        String endText = AltText.describe(ill.end(), ill.props());
        String start = panel(layout, layout.startView, name + ": start position", startText, idPrefix + "-start", true);
        String end = panel(layout, layout.endView, name + ": end position", endText, idPrefix + "-end", false);
        if (ill.middle() == null) {
            return new RenderedIllustration(start, end, startText, endText);
        }
        String middleText = AltText.describe(ill.middle(), ill.props());
        String middle = panel(layout, layout.middleView, name + ": half-way", middleText, idPrefix + "-middle", false);
        return new RenderedIllustration(start, end, startText, endText, middle, middleText);
    }

    private static String panel(Layout layout, Figure figure, String title, String text, String id, boolean arrow) {
        Svg svg = new Svg();
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
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", text, "id", id + "-desc");
        scenery(svg, layout, figure);
        String drawn = String.join("", figureLayers(layout, figure));
        svg.raw(drawn);
        if (layout.illustration.inset() != null) {
            inset(svg, layout, figure, id);
        }
        if (arrow && layout.illustration.arrow() != null) {
            ArrowPainter.paint(svg, layout);
        }
        return svg.close("svg").toString();
    }

    /** What stays still in every picture of the exercise: background, floor and the surfaces. */
    static void scenery(Svg svg, Layout layout, Figure figure) {
        svg.empty("rect", "width", 400, "height", 300, "fill", Palette.BACKGROUND);
        double ground = layout.py(layout.floorHalfDepthInView());
        svg.empty("rect", "x", 0, "y", ground, "width", 400, "height", Layout.HEIGHT - ground, "fill", Palette.GROUND);
        svg.empty("line", "x1", 0, "y1", ground, "x2", 400, "y2", ground, "stroke", Palette.FLOOR, "stroke-width", 2);
        PropPainter.surfaces(svg, layout, figure);
    }

    /** The figure and what it carries (band, weight, strap) as SVG pieces, painted far to near. */
    static List<String> figureLayers(Layout layout, Figure figure) {
        List<Layer> items = new ArrayList<>();
        figureItems(layout, figure, items);
        items.addAll(PropPainter.attached(layout, figure));
        items.sort(Comparator.comparingDouble(Layer::depth));
        return items.stream().map(Layer::svg).toList();
    }

    /** Radius (px) and magnification of the round inset. */
    static final double INSET_RADIUS = 64;

    static final double INSET_ZOOM = 2.6;

    /**
     * The inset part magnified in a circle in the top corner farther from the figure's head:
     * a plain diagram, not a copy of the figure (at thumbnail size a magnified copy with its
     * hands, wall and outlines was a tangle). The torso's base and the thighs show what it
     * is; the hip line is drawn bold against a dashed level line through its middle, so a
     * tilt of a few degrees reads at a glance. A small circle on the figure shows where it is.
     */
    private static void inset(Svg svg, Layout layout, Figure f, String id) {
        double[] c = insetCentre(layout, f);
        Vec3 part = f.centre(layout.illustration.inset());
        double px = layout.px(part.x());
        double py = layout.py(part.y());
        String clip = id + "-inset";
        svg.open("clipPath", "id", clip);
        svg.empty("circle", "cx", c[0], "cy", c[1], "r", INSET_RADIUS);
        svg.close("clipPath");
        svg.empty(
                "circle",
                "cx",
                px,
                "cy",
                py,
                "r",
                INSET_RADIUS / INSET_ZOOM,
                "fill",
                "none",
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                2);
        svg.empty(
                "line",
                "x1",
                c[0],
                "y1",
                c[1],
                "x2",
                px,
                "y2",
                py,
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                1.5,
                "stroke-dasharray",
                "3 4");
        svg.open("g", "clip-path", "url(#" + clip + ")");
        svg.empty("circle", "cx", c[0], "cy", c[1], "r", INSET_RADIUS, "fill", Palette.BACKGROUND);
        double[] a = toInset(
                c,
                px,
                py,
                layout.px(f.point("left_hip").x()),
                layout.py(f.point("left_hip").y()));
        double[] b = toInset(
                c,
                px,
                py,
                layout.px(f.point("right_hip").x()),
                layout.py(f.point("right_hip").y()));
        double[] m = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        double hips = Math.hypot(b[0] - a[0], b[1] - a[1]);
        Side near = nearSide(f, layout.illustration);
        for (Side side : Side.values()) {
            double[] hip = side == Side.LEFT ? a : b;
            double[] knee = toInset(
                    c,
                    px,
                    py,
                    layout.px(f.point(side.word() + "_knee").x()),
                    layout.py(f.point(side.word() + "_knee").y()));
            double[] end = along(hip, knee, INSET_RADIUS * 1.5);
            String colour = near == null || side == near ? Palette.NEAR : Palette.FAR;
            insetStroke(svg, hip, end, 16, colour);
        }
        double[] neck = toInset(
                c,
                px,
                py,
                layout.px(f.point("neck").x()),
                layout.py(f.point("neck").y()));
        double[] top = along(m, neck, INSET_RADIUS * 1.5);
        double waist = Math.max(hips * 0.8, 20);
        insetStroke(svg, m, top, waist, Palette.TORSO);
        // the level line across the whole inset, then the hip line over it, longer than the hips so its slope shows
        double[] e1 = along(m, a, INSET_RADIUS * 0.85);
        double[] e2 = along(m, b, INSET_RADIUS * 0.85);
        svg.empty(
                "line",
                "x1",
                c[0] - INSET_RADIUS,
                "y1",
                m[1],
                "x2",
                c[0] + INSET_RADIUS,
                "y2",
                m[1],
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                6);
        svg.empty(
                "line",
                "x1",
                c[0] - INSET_RADIUS,
                "y1",
                m[1],
                "x2",
                c[0] + INSET_RADIUS,
                "y2",
                m[1],
                "stroke",
                Palette.NEAR,
                "stroke-width",
                3,
                "stroke-dasharray",
                "8 6");
        svg.empty(
                "line",
                "x1",
                e1[0],
                "y1",
                e1[1],
                "x2",
                e2[0],
                "y2",
                e2[1],
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                14,
                "stroke-linecap",
                "round");
        svg.empty(
                "line",
                "x1",
                e1[0],
                "y1",
                e1[1],
                "x2",
                e2[0],
                "y2",
                e2[1],
                "stroke",
                Palette.ARROW,
                "stroke-width",
                8,
                "stroke-linecap",
                "round");
        svg.close("g");
        svg.empty(
                "circle",
                "cx",
                c[0],
                "cy",
                c[1],
                "r",
                INSET_RADIUS,
                "fill",
                "none",
                "stroke",
                Palette.PROP_EDGE,
                "stroke-width",
                2.5);
    }

    /** The point {@code length} px from {@code from} toward {@code to}. */
    private static double[] along(double[] from, double[] to, double length) {
        double d = Math.max(Math.hypot(to[0] - from[0], to[1] - from[1]), 1e-6);
        return new double[] {from[0] + (to[0] - from[0]) / d * length, from[1] + (to[1] - from[1]) / d * length};
    }

    private static void insetStroke(Svg svg, double[] a, double[] b, double width, String colour) {
        svg.empty(
                "line",
                "x1",
                a[0],
                "y1",
                a[1],
                "x2",
                b[0],
                "y2",
                b[1],
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                width + OUTLINE_PX * 2,
                "stroke-linecap",
                "round");
        svg.empty(
                "line",
                "x1",
                a[0],
                "y1",
                a[1],
                "x2",
                b[0],
                "y2",
                b[1],
                "stroke",
                colour,
                "stroke-width",
                width,
                "stroke-linecap",
                "round");
    }

    private static double[] toInset(double[] c, double px, double py, double x, double y) {
        return new double[] {c[0] + (x - px) * INSET_ZOOM, c[1] + (y - py) * INSET_ZOOM};
    }

    /**
     * The inset's centre: the top corner farther from the figure and the props in every
     * picture of the exercise, so the inset hides neither the figure nor what it holds.
     */
    static double[] insetCentre(Layout layout, Figure f) {
        double margin = 6 + INSET_RADIUS;
        double[] best = null;
        double bestClear = -Double.MAX_VALUE;
        for (double x : new double[] {margin, Layout.WIDTH - margin}) {
            double clear = Double.MAX_VALUE;
            for (Figure g : layout.views()) {
                for (var e : g.points().entrySet()) {
                    double d = Math.hypot(
                            layout.px(e.getValue().x()) - x,
                            layout.py(e.getValue().y()) - margin);
                    clear = Math.min(clear, d - g.radius().get(e.getKey()) * layout.scale);
                }
            }
            for (Box b : layout.surfaces) {
                double bx = Math.max(layout.px(b.left()), Math.min(x, layout.px(b.right())));
                double by = Math.max(layout.py(b.top()), Math.min(margin, layout.py(b.bottom())));
                clear = Math.min(clear, Math.hypot(bx - x, by - margin));
            }
            if (clear > bestClear) {
                bestClear = clear;
                best = new double[] {x, margin};
            }
        }
        return best;
    }

    private static void figureItems(Layout layout, Figure f, List<Layer> items) {
        Illustration ill = layout.illustration;
        Side near = nearSide(f, ill);
        // torso: a rounded quadrilateral, a thick line when seen from the side
        String[] corners = {"left_shoulder", "right_shoulder", "right_hip", "left_hip"};
        double z = 0;
        List<double[]> outline = new ArrayList<>();
        for (String c : corners) {
            Vec3 p = f.point(c);
            outline.add(new double[] {layout.px(p.x()), layout.py(p.y())});
            z += p.z() / 4;
        }
        // chest and belly stand out in front, except pressed flat face down; the change is gradual so a moving
        // figure that rolls onto its front never loses them at once
        double depth = frontDepth(f);
        Vec3 pelvis = f.point("pelvis");
        Vec3 spine = f.point("neck").minus(pelvis).times(1 / Proportions.TRUNK);
        for (String c : List.of("chest_front", "belly_front")) {
            Vec3 p = f.point(c);
            Vec3 onSpine = pelvis.plus(spine.times(c.startsWith("chest") ? 0.2 : 0.05));
            Vec3 q = onSpine.plus(p.minus(onSpine).times(depth));
            outline.add(new double[] {layout.px(q.x()), layout.py(q.y())});
        }
        StringBuilder pts = new StringBuilder();
        for (double[] p : waisted(layout, f) ? around(waist(outline)) : outline(outline)) {
            pts.append(Svg.num(p[0])).append(',').append(Svg.num(p[1])).append(' ');
        }
        String poly = pts.toString().strip();
        Svg torso = new Svg();
        torso.empty(
                "polygon",
                "points",
                poly,
                "fill",
                Palette.OUTLINE,
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                Proportions.TORSO_WIDTH * layout.scale + OUTLINE_PX * 2,
                "stroke-linejoin",
                "round");
        torso.empty(
                "polygon",
                "points",
                poly,
                "fill",
                Palette.TORSO,
                "stroke",
                Palette.TORSO,
                "stroke-width",
                Proportions.TORSO_WIDTH * layout.scale,
                "stroke-linejoin",
                "round");
        line(torso, layout, f.point("neck"), f.point("head"), Proportions.NECK_WIDTH, Palette.TORSO, false);
        if (showsBack(f)) {
            backLines(torso, layout, f);
        }
        if (layout.illustration.view() != View.SIDE) {
            pelvisLine(torso, layout, f);
        }
        Vec3 head = f.point("head");
        double angle = Math.toDegrees(Math.atan2(f.headUp().x(), f.headUp().y()));
        double cx = layout.px(head.x());
        double cy = layout.py(head.y());
        torso.empty(
                "ellipse",
                "cx",
                cx,
                "cy",
                cy,
                "rx",
                Proportions.HEAD_HALF_DEPTH * layout.scale,
                "ry",
                Proportions.HEAD_HALF_HEIGHT * layout.scale,
                "fill",
                Palette.TORSO,
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                2,
                "transform",
                "rotate(" + Svg.num(angle) + " " + Svg.num(cx) + " " + Svg.num(cy) + ")");
        items.add(new Layer(z, torso.toString()));

        for (Segment s : Segment.ALL) {
            if (s.side() == null) {
                continue;
            }
            String colour = near == null || s.side() == near ? Palette.NEAR : Palette.FAR;
            Vec3 a = f.point(s.from());
            Vec3 b = f.point(s.to());
            Svg limb = new Svg();
            if (s.name().endsWith("foot")) {
                Vec3 ankle = f.point(s.side().word() + "_ankle");
                foot(limb, layout, ankle, a, b, colour);
            } else {
                line(limb, layout, a, b, s.width(), colour, true);
            }
            items.add(new Layer((a.z() + b.z()) / 2, limb.toString()));
        }
        for (MuscleRegion region : ill.tint()) {
            tint(layout, f, region, ill.tintSide(), items);
        }
    }

    /**
     * Lying on the side seen from the front or back, the torso shows its full breadth across
     * the picture; drawn as a plain hull it read as a box, so it narrows at the waist.
     */
    private static boolean waisted(Layout layout, Figure f) {
        return f.pose().posture() == Posture.SIDE_LYING && layout.illustration.view() != View.SIDE;
    }

    /**
     * Shoulders, hips and a waist between them drawn in toward the middle: the four corners
     * (left shoulder, right shoulder, right hip, left hip) with a waist point inserted on each side.
     */
    static List<double[]> waist(List<double[]> corners) {
        double[] ls = corners.get(0);
        double[] rs = corners.get(1);
        double[] rh = corners.get(2);
        double[] lh = corners.get(3);
        double[] lw = lerp(ls, lh, WAIST_AT);
        double[] rw = lerp(rs, rh, WAIST_AT);
        double[] mid = lerp(lw, rw, 0.5);
        return List.of(ls, rs, lerp(rw, mid, WAIST_IN), rh, lh, lerp(lw, mid, WAIST_IN));
    }

    /** Where the waist is from shoulders to hips, and how far it is drawn in toward the middle. */
    private static final double WAIST_AT = 0.62;

    private static final double WAIST_IN = 0.35;

    private static double[] lerp(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
    }

    /**
     * How much of the chest's and belly's depth in front shows (1 all, 0 none): face down with the chest low,
     * they are pressed flat against the floor (depth there would sink into it). The change runs over a small
     * band of angle and height, so the outline changes smoothly as a figure turns over.
     */
    private static double frontDepth(Figure f) {
        Vec3 front = f.point("belly").minus(f.point("pelvis"));
        Vec3 chest = f.point("left_shoulder").plus(f.point("right_shoulder")).times(0.5);
        double down = clamp01((-front.y() / front.length() - 0.6) / 0.15);
        double low = clamp01((0.2 - chest.y()) / 0.05);
        return 1 - down * low;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Rays from the torso's middle, one per corner of the drawn outline. */
    private static final int OUTLINE_CORNERS = 28;

    /**
     * The torso outline: the convex hull of its points (never crossing itself), drawn through where the hull
     * meets rays at fixed angles from the middle of the points. A hull's own corners come and go as a point
     * passes inside it, so a moving picture could not move them one to one; these corners always number the
     * same and slide along the outline as the body turns, so a moving torso changes shape smoothly. The
     * corners it rounds off are hidden under the outline's thick round stroke.
     */
    static List<double[]> outline(List<double[]> points) {
        return around(hull(points), centre(points));
    }

    /**
     * The same fixed number of corners round a waisted torso (a shape that is not convex, but every point of it
     * is seen from its middle), so a waisted torso moves as smoothly as a plain one.
     */
    static List<double[]> around(List<double[]> shape) {
        return around(shape, centre(shape));
    }

    private static double[] centre(List<double[]> points) {
        double cx = 0;
        double cy = 0;
        for (double[] p : points) {
            cx += p[0] / points.size();
            cy += p[1] / points.size();
        }
        return new double[] {cx, cy};
    }

    private static List<double[]> around(List<double[]> h, double[] centre) {
        double cx = centre[0];
        double cy = centre[1];
        double far = 1;
        for (double[] p : h) {
            far = Math.max(far, Math.hypot(p[0] - cx, p[1] - cy) + 1);
        }
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < OUTLINE_CORNERS; k++) {
            double dx = Math.sin(2 * Math.PI * k / OUTLINE_CORNERS);
            double dy = -Math.cos(2 * Math.PI * k / OUTLINE_CORNERS);
            // the hull widened by half a pixel, so a flat hull (a torso seen edge on) still has an outline
            double in = 0;
            double outside = far;
            for (int i = 0; i < 40; i++) {
                double m = (in + outside) / 2;
                if (distance(h, cx + m * dx, cy + m * dy) <= 0.5) {
                    in = m;
                } else {
                    outside = m;
                }
            }
            out.add(new double[] {cx + in * dx, cy + in * dy});
        }
        return out;
    }

    /** From a point to a polygon that does not cross itself; 0 inside. */
    private static double distance(List<double[]> polygon, double x, double y) {
        if (polygon.size() == 1) {
            return Math.hypot(x - polygon.get(0)[0], y - polygon.get(0)[1]);
        }
        // even-odd rule: right for the convex hull and for the waisted torso, which is not convex
        boolean inside = false;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            double ex = b[0] - a[0];
            double ey = b[1] - a[1];
            double len2 = ex * ex + ey * ey;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * ex + (y - a[1]) * ey) / len2));
            nearest = Math.min(nearest, Math.hypot(x - a[0] - t * ex, y - a[1] - t * ey));
            if ((a[1] > y) != (b[1] > y) && x < a[0] + (y - a[1]) * ex / ey) {
                inside = !inside;
            }
        }
        return polygon.size() > 2 && inside ? 0 : nearest;
    }

    /** Convex hull of points in the picture (monotone chain), so the torso outline never crosses itself. */
    static List<double[]> hull(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (double[] q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
            java.util.Collections.reverse(p);
        }
        return h.isEmpty() ? points : h;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * Seen from behind, the back has a spine down its middle and a cleft between the
     * buttocks, so a back view does not read as a front view.
     */
    private static void backLines(Svg svg, Layout layout, Figure f) {
        Vec3 pelvis = f.point("pelvis");
        Vec3 neck = f.point("neck");
        Vec3 down = pelvis.minus(neck).times(1 / pelvis.distance(neck));
        stroke(svg, layout, neck.plus(down.times(0.04)), pelvis.minus(down.times(0.06)));
        stroke(svg, layout, pelvis.minus(down.times(0.01)), pelvis.plus(down.times(0.05)));
    }

    /**
     * In front and back views a line across the top of the pelvis, from one side of the
     * torso to the other: it shows whether the pelvis is level (pelvic drop, hip hitch).
     */
    private static void pelvisLine(Svg svg, Layout layout, Figure f) {
        Vec3 l = f.point("left_hip");
        Vec3 r = f.point("right_hip");
        double wide = Math.hypot(l.x() - r.x(), l.y() - r.y());
        if (wide < Proportions.HIP_HALF_WIDTH) {
            return;
        }
        Vec3 pelvis = f.point("pelvis");
        Vec3 neck = f.point("neck");
        Vec3 up = neck.minus(pelvis).times(1 / neck.distance(pelvis));
        Vec3 half = l.minus(r)
                .times(0.5
                        * (Proportions.HIP_HALF_WIDTH + Proportions.TORSO_WIDTH / 2 - 0.01)
                        / Proportions.HIP_HALF_WIDTH);
        Vec3 c = l.plus(r).times(0.5).plus(up.times(0.045));
        stroke(svg, layout, c.minus(half), c.plus(half));
    }

    private static void stroke(Svg svg, Layout layout, Vec3 a, Vec3 b) {
        svg.empty(
                "line",
                "x1",
                layout.px(a.x()),
                "y1",
                layout.py(a.y()),
                "x2",
                layout.px(b.x()),
                "y2",
                layout.py(b.y()),
                "stroke",
                Palette.BACK_LINE,
                "stroke-width",
                2.5,
                "stroke-linecap",
                "round");
    }

    /**
     * The darker side. In a side view it is the side nearer the viewer; in front and back
     * views, where both are equally near, it is the working side (tint or arrow side), so
     * the moving leg stands out. Null means both sides dark.
     */
    static Side nearSide(Figure f, Illustration ill) {
        double zl = level(f, "left_hip", ill) + level(f, "left_shoulder", ill);
        double zr = level(f, "right_hip", ill) + level(f, "right_shoulder", ill);
        if (Math.abs(zl - zr) > 0.06) {
            return zl > zr ? Side.LEFT : Side.RIGHT;
        }
        if (ill.tintSide() != null) {
            return ill.tintSide();
        }
        if (ill.arrow() != null) {
            String p = ill.arrow().part().name();
            if (p.startsWith("LEFT_")) {
                return Side.LEFT;
            }
            if (p.startsWith("RIGHT_")) {
                return Side.RIGHT;
            }
        }
        return null;
    }

    /**
     * How near a point is to a viewer standing level with the figure: looking down (pitch)
     * brings the upper side of a lying body nearer, but the top leg of a side-lying patient
     * is not "the near leg" for that.
     */
    private static double level(Figure f, String point, Illustration ill) {
        Vec3 p = f.point(point);
        double a = Math.toRadians(ill.pitch());
        return p.z() * Math.cos(a) - p.y() * Math.sin(a);
    }

    private static void tint(Layout layout, Figure f, MuscleRegion region, Side only, List<Layer> items) {
        String key = region.name().toLowerCase(java.util.Locale.ROOT);
        double width = switch (region) {
            case GLUTEUS_MAXIMUS -> 0.06;
            case CORE -> 0.07;
            case EXTERNAL_ROTATORS, GLUTEUS_MEDIUS_MINIMUS -> 0.045;
            default -> 0.038;
        };
        if (region == MuscleRegion.CORE) {
            if (facesAway(f, "tint_core")) {
                return;
            }
            Svg s = new Svg();
            line(s, layout, f.point("tint_core_a"), f.point("tint_core_b"), width, Palette.TINT, false);
            items.add(new Layer((f.point("left_hip").z() + f.point("right_hip").z()) / 2 + 1e-4, s.toString()));
            return;
        }
        for (Side side : Side.values()) {
            if (only != null && side != only) {
                continue;
            }
            String p = "tint_" + side.word() + "_" + key;
            if (facesAway(f, p)) {
                continue;
            }
            Vec3 a = f.point(p + "_a");
            Vec3 b = f.point(p + "_b");
            Svg s = new Svg();
            line(s, layout, a, b, width, Palette.TINT, false);
            Vec3 hip = f.point(side.word() + "_hip");
            Vec3 knee = f.point(side.word() + "_knee");
            items.add(new Layer((hip.z() + knee.z()) / 2 + 1e-4, s.toString()));
        }
    }

    /**
     * A tint on skin that faces away from the viewer (buttocks in a front view) is hidden by
     * the body, so it is not drawn.
     */
    static boolean facesAway(Figure f, String tint) {
        Vec3 mid = f.point(tint + "_a").plus(f.point(tint + "_b")).times(0.5);
        double towardViewer = (f.point(tint + "_n").z() - mid.z()) / Kinematics.NORMAL;
        return towardViewer < -0.6;
    }

    /** True when the figure shows its back to the viewer (a back view, or prone seen from above). */
    static boolean showsBack(Figure f) {
        Vec3 front = f.point("belly").minus(f.point("pelvis"));
        return front.z() < -0.5 * front.length();
    }

    static void line(Svg svg, Layout layout, Vec3 a, Vec3 b, double width, String colour, boolean outline) {
        Object[] ends = {"x1", layout.px(a.x()), "y1", layout.py(a.y()), "x2", layout.px(b.x()), "y2", layout.py(b.y())
        };
        if (outline) {
            svg.empty(
                    "line",
                    concat(
                            ends,
                            "stroke",
                            Palette.OUTLINE,
                            "stroke-width",
                            width * layout.scale + OUTLINE_PX * 2,
                            "stroke-linecap",
                            "round"));
        }
        svg.empty(
                "line",
                concat(ends, "stroke", colour, "stroke-width", width * layout.scale, "stroke-linecap", "round"));
    }

    private static void foot(Svg svg, Layout layout, Vec3 ankle, Vec3 heel, Vec3 toe, String colour) {
        String pts = String.join(" ", xy(layout, ankle), xy(layout, heel), xy(layout, toe));
        svg.empty(
                "polygon",
                "points",
                pts,
                "fill",
                Palette.OUTLINE,
                "stroke",
                Palette.OUTLINE,
                "stroke-width",
                Proportions.FOOT_WIDTH * layout.scale + OUTLINE_PX * 2,
                "stroke-linejoin",
                "round");
        svg.empty(
                "polygon",
                "points",
                pts,
                "fill",
                colour,
                "stroke",
                colour,
                "stroke-width",
                Proportions.FOOT_WIDTH * layout.scale,
                "stroke-linejoin",
                "round");
    }

    static String xy(Layout layout, Vec3 p) {
        return Svg.num(layout.px(p.x())) + "," + Svg.num(layout.py(p.y()));
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] r = new Object[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
