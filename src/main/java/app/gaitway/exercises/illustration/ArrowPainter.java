package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;

import java.util.List;

/**
 * The curved arrow from where the moving part starts to where it ends. It bows away from
 * the joint the part turns about (found as the still point that stays equally far from the
 * part, as a hip does for the knee in a clamshell), and it is set beside the limb on the
 * first place beside the path that keeps clear of the figure (its light far-side limbs
 * may pass under it), so it never hides what it describes.
 */
final class ArrowPainter {

    /** Core and white-halo stroke widths (px in the 400-wide picture; about half at 190 px). */
    static final double STROKE_PX = 8;

    static final double HALO_PX = 15;
    /** Arrowhead length and full width (px). */
    static final double HEAD_PX = 26;

    static final double HEAD_WIDTH_PX = 26;
    /** A drawn arrow is at least this long (px), however small the movement. */
    static final double MIN_LENGTH_PX = 72;

    private static final double MARGIN_PX = 6;
    /** Share of the full clearance an arrow beside its part may make do with before one further away is taken. */
    private static final double NEARLY = 0.45;
    /** Distances (H) the arrow is set beside the moving part, tried nearest first. */
    private static final double[] OFFSETS = {0.07, 0.1, 0.14, 0.19, 0.25};

    private static final List<String> PIVOTS = List.of(
            "left_hip",
            "right_hip",
            "left_knee",
            "right_knee",
            "left_shoulder",
            "right_shoulder",
            "pelvis",
            "neck",
            "left_heel",
            "right_heel",
            "left_toe",
            "right_toe");
    private static final String[][] TORSO_EDGES = {
        {"left_shoulder", "right_shoulder"}, {"right_shoulder", "right_hip"}, {"right_hip", "left_hip"},
        {"left_hip", "left_shoulder"}, {"left_shoulder", "right_hip"}, {"right_shoulder", "left_hip"}
    };

    private ArrowPainter() {}

    /**
     * A thick curved arrow with a large head: a white halo under a dark core, so it reads
     * on the figure, the props and the floor, in colour or black and white. Painted after
     * the figure, so nothing covers it.
     */
    static void paint(Svg svg, Layout layout) {
        Vec3[] curve = curve(layout);
        if (curve == null) {
            return;
        }
        double[] a = px(layout, curve[0]);
        double[] c = px(layout, curve[1]);
        double[] b = px(layout, curve[2]);
        double length = approxLength(a, c, b);
        double head = Math.min(HEAD_PX, length * 0.45);
        double width = head * HEAD_WIDTH_PX / HEAD_PX;
        // the tip is the curve's end; the shaft stops inside the head so its round cap stays hidden
        double t = 1 - (head * 0.6) / length;
        double[] stop = bezier(a, c, b, t);
        double[] ctrl = {a[0] + (c[0] - a[0]) * t, a[1] + (c[1] - a[1]) * t};
        String d = "M " + Svg.num(a[0]) + " " + Svg.num(a[1]) + " Q " + Svg.num(ctrl[0]) + " " + Svg.num(ctrl[1]) + " "
                + Svg.num(stop[0]) + " " + Svg.num(stop[1]);
        double[] dir = unit(b[0] - bezier(a, c, b, 1 - head / length)[0], b[1] - bezier(a, c, b, 1 - head / length)[1]);
        double bx = b[0] - dir[0] * head;
        double by = b[1] - dir[1] * head;
        String tri = Svg.num(b[0]) + "," + Svg.num(b[1]) + " "
                + Svg.num(bx - dir[1] * width / 2) + "," + Svg.num(by + dir[0] * width / 2) + " "
                + Svg.num(bx + dir[1] * width / 2) + "," + Svg.num(by - dir[0] * width / 2);
        double halo = HALO_PX - STROKE_PX;
        svg.open("g", "fill", "none", "stroke-linecap", "round", "stroke-linejoin", "round");
        svg.empty("path", "d", d, "stroke", Palette.OUTLINE, "stroke-width", HALO_PX);
        svg.empty(
                "polygon", "points", tri, "fill", Palette.OUTLINE, "stroke", Palette.OUTLINE, "stroke-width", halo + 2);
        svg.empty("path", "d", d, "stroke", Palette.ARROW, "stroke-width", STROKE_PX);
        svg.empty("polygon", "points", tri, "fill", Palette.ARROW, "stroke", Palette.ARROW, "stroke-width", 2);
        svg.close("g");
    }

    /**
     * Start, control and end points in viewer units, or null when the part hardly moves.
     * The arrow runs beside the part's path, bowed away from the joint it swings round; a
     * short movement gets an arrow of at least {@link #MIN_LENGTH_PX}, centred on it.
     * Of the places beside the path, the nearest that keeps clear of the figure, inside
     * the picture and above the floor wins.
     */
    static Vec3[] curve(Layout layout) {
        BodyPart part = layout.illustration.arrow().part();
        Figure from = layout.startView;
        Figure to = layout.endView;
        Vec3 s = flat(from.centre(part));
        Vec3 e = flat(to.centre(part));
        Vec3 chord = e.minus(s);
        double len = chord.length();
        if (len < 0.02) {
            return null;
        }
        Vec3 n = new Vec3(-chord.y() / len, chord.x() / len, 0);
        Vec3 pivot = pivot(from, to, s, e);
        double min = MIN_LENGTH_PX / layout.scale;
        boolean short_ = len < min;
        Vec3 dir = chord.times(1 / len);
        if (short_) {
            Vec3 mid = s.plus(e).times(0.5);
            s = mid.minus(dir.times(min / 2));
            e = mid.plus(dir.times(min / 2));
            len = min;
        }
        Vec3 mid = s.plus(e).times(0.5);
        double bow = 0.1 * len;
        if (pivot != null) {
            double side = Math.signum(n.x() * (mid.x() - pivot.x()) + n.y() * (mid.y() - pivot.y()));
            n = n.times(side == 0 ? 1 : side);
            bow = 0.2 * len;
        }
        double floor = -layout.floorHalfDepthInView() + 0.03;
        double need = (HALO_PX / 2 + 2) / layout.scale;
        // beside the path first (away from the pivot, then outward, then the other side),
        // then diagonally ahead of it; a short push may also stop just short of the part
        List<Vec3> shifts = new java.util.ArrayList<>(List.of(n));
        if (pivot != null) {
            shifts.add(unit(s.minus(pivot)));
        }
        shifts.add(n.times(-1));
        if (pivot != null) {
            shifts.add(unit(pivot.minus(s)));
        }
        shifts.add(unit(n.plus(dir)));
        shifts.add(unit(n.times(-1).plus(dir)));
        shifts.add(dir);
        Vec3[] best = null;
        Vec3[] nearly = null;
        double bestScore = -Double.MAX_VALUE;
        for (double offset : OFFSETS) {
            List<Vec3> moves = new java.util.ArrayList<>();
            shifts.forEach(v -> moves.add(v.times(offset)));
            if (short_) {
                moves.add(dir.times(-(len / 2 + offset)));
            }
            for (Vec3 move : moves) {
                Vec3 a = s.plus(move);
                Vec3 b = e.plus(move);
                Vec3 c = a.plus(b).times(0.5).plus(n.times(bow));
                double score = clearance(layout, from, a, c, b, floor);
                if (score >= need) {
                    return new Vec3[] {a, c, b};
                }
                // nearly clear and still beside the part beats fully clear across the picture
                if (score >= need * NEARLY && nearly == null) {
                    nearly = new Vec3[] {a, c, b};
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = new Vec3[] {a, c, b};
                }
            }
        }
        return nearly != null ? nearly : best;
    }

    /** The still point the part swings round, or null for a sliding movement. */
    private static Vec3 pivot(Figure from, Figure to, Vec3 s, Vec3 e) {
        Vec3 best = null;
        double bestScore = 0.04;
        for (String name : PIVOTS) {
            Vec3 a = flat(from.point(name));
            Vec3 b = flat(to.point(name));
            double ra = a.distance(s);
            if (ra < 0.08) {
                continue;
            }
            double score = a.distance(b) + Math.abs(ra - b.distance(e));
            if (score < bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    private static Vec3 flat(Vec3 p) {
        return new Vec3(p.x(), p.y(), 0);
    }

    private static Vec3 unit(Vec3 v) {
        double l = v.length();
        return l < 1e-9 ? v : v.times(1 / l);
    }

    /**
     * Smallest distance (H) from the curve to the drawn figure; negative below the floor
     * or outside the picture.
     */
    private static double clearance(Layout layout, Figure f, Vec3 a, Vec3 c, Vec3 b, double floor) {
        double min = Double.MAX_VALUE;
        // the light far-side limbs may lie under the arrow: its halo keeps both readable, and keeping clear of
        // them pushed some arrows far from the part they describe
        Side near = SvgRenderer.nearSide(f, layout.illustration);
        Side far = near == null ? null : near == Side.LEFT ? Side.RIGHT : Side.LEFT;
        double edge = (MARGIN_PX + HEAD_WIDTH_PX / 2) / layout.scale;
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            Vec3 p = a.times((1 - t) * (1 - t)).plus(c.times(2 * t * (1 - t))).plus(b.times(t * t));
            if (p.y() < floor) {
                return -1 + p.y();
            }
            double x = layout.px(p.x());
            double y = layout.py(p.y());
            double out = Math.min(Math.min(x, Layout.WIDTH - x), Math.min(y, Layout.HEIGHT - y)) / layout.scale - edge;
            if (out < 0) {
                return -1 + out;
            }
            if (layout.illustration.inset() != null) {
                double[] inset = SvgRenderer.insetCentre(layout, f);
                double gap = Math.hypot(x - inset[0], y - inset[1]) - SvgRenderer.INSET_RADIUS - HALO_PX;
                if (gap < 0) {
                    return -1 + gap / layout.scale;
                }
            }
            for (Segment seg : Segment.ALL) {
                if (far != null && seg.side() == far) {
                    continue;
                }
                min = Math.min(min, distance(p, flat(f.point(seg.from())), flat(f.point(seg.to()))) - seg.width() / 2);
            }
            for (String[] e : TORSO_EDGES) {
                min = Math.min(
                        min, distance(p, flat(f.point(e[0])), flat(f.point(e[1]))) - Proportions.TORSO_WIDTH / 2);
            }
            min = Math.min(min, p.distance(flat(f.point("head"))) - Proportions.HEAD_HALF_HEIGHT);
        }
        return min;
    }

    private static double[] px(Layout layout, Vec3 p) {
        return new double[] {layout.px(p.x()), layout.py(p.y())};
    }

    private static double[] bezier(double[] a, double[] c, double[] b, double t) {
        double u = 1 - t;
        return new double[] {
            u * u * a[0] + 2 * t * u * c[0] + t * t * b[0], u * u * a[1] + 2 * t * u * c[1] + t * t * b[1]
        };
    }

    private static double approxLength(double[] a, double[] c, double[] b) {
        double l = 0;
        double[] prev = a;
        for (int i = 1; i <= 16; i++) {
            double[] p = bezier(a, c, b, i / 16.0);
            l += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
            prev = p;
        }
        return l;
    }

    private static double[] unit(double x, double y) {
        double l = Math.hypot(x, y);
        return l < 1e-9 ? new double[] {1, 0} : new double[] {x / l, y / l};
    }

    private static double distance(Vec3 p, Vec3 a, Vec3 b) {
        Vec3 ab = b.minus(a);
        double l2 = ab.x() * ab.x() + ab.y() * ab.y();
        double t =
                l2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / l2));
        return p.distance(a.plus(ab.times(t)));
    }
}
