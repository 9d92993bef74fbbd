package app.gaitway.exercises.illustration;

import java.util.List;

/**
 * The curved arrow from where the moving part starts to where it ends. It bows away from
 * the joint the part turns about (found as the still point that stays equally far from the
 * part, as a hip does for the knee in a clamshell), and it is set beside the limb on the
 * side with the most free space above the floor, so it never hides what it describes.
 */
final class ArrowPainter {

    private static final double OFFSET = 0.07;
    private static final double HEAD_PX = 15;
    private static final List<String> PIVOTS = List.of("left_hip", "right_hip", "left_knee", "right_knee",
            "left_shoulder", "right_shoulder", "pelvis", "neck", "left_heel", "right_heel", "left_toe", "right_toe");

    private ArrowPainter() {
    }

    static void paint(Svg svg, Layout layout) {
        Vec3[] curve = curve(layout);
        if (curve == null) {
            return;
        }
        String d = "M " + SvgRenderer.xy(layout, curve[0]).replace(',', ' ') + " Q "
                + SvgRenderer.xy(layout, curve[1]).replace(',', ' ') + " "
                + SvgRenderer.xy(layout, curve[2]).replace(',', ' ');
        svg.empty("path", "d", d, "fill", "none", "stroke", Palette.OUTLINE, "stroke-width", 10, "stroke-linecap", "round");
        svg.empty("path", "d", d, "fill", "none", "stroke", Palette.ARROW, "stroke-width", 5, "stroke-linecap", "round");
        double ex = layout.px(curve[2].x());
        double ey = layout.py(curve[2].y());
        double tx = ex - layout.px(curve[1].x());
        double ty = ey - layout.py(curve[1].y());
        double len = Math.hypot(tx, ty);
        tx /= len;
        ty /= len;
        double back = HEAD_PX * 0.5;
        double wide = HEAD_PX * 0.6;
        String head = Svg.num(ex + tx * wide) + "," + Svg.num(ey + ty * wide) + " "
                + Svg.num(ex - tx * back - ty * wide) + "," + Svg.num(ey - ty * back + tx * wide) + " "
                + Svg.num(ex - tx * back + ty * wide) + "," + Svg.num(ey - ty * back - tx * wide);
        svg.empty("polygon", "points", head, "fill", Palette.ARROW, "stroke", Palette.OUTLINE, "stroke-width", 1.5,
                "stroke-linejoin", "round");
    }

    /** Start, control and end points in viewer units, or null when the part hardly moves. */
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
        Vec3 mid = s.plus(e).times(0.5);
        Vec3 pivot = pivot(from, to, s, e);
        double bow = 0.08 * len;
        if (pivot != null) {
            double side = Math.signum(n.x() * (mid.x() - pivot.x()) + n.y() * (mid.y() - pivot.y()));
            n = n.times(side == 0 ? 1 : side);
            bow = 0.2 * len;
        }
        double floor = -layout.floorHalfDepthInView() + 0.03;
        Vec3[] best = null;
        double bestScore = -Double.MAX_VALUE;
        List<Vec3> shifts = pivot == null ? List.of(n, n.times(-1))
                : List.of(n, n.times(-1), unit(s.minus(pivot)), unit(pivot.minus(s)));
        for (Vec3 shift : shifts) {
            Vec3 a = s.plus(shift.times(OFFSET));
            Vec3 b = e.plus(shift.times(OFFSET));
            Vec3 c = a.plus(b).times(0.5).plus(n.times(bow));
            double score = clearance(from, a, c, b, floor);
            if (score > bestScore) {
                bestScore = score;
                best = new Vec3[] {a, c, b};
            }
        }
        return best;
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

    /** Smallest distance from the curve to the drawn figure; negative below the floor. */
    private static double clearance(Figure f, Vec3 a, Vec3 c, Vec3 b, double floor) {
        double min = Double.MAX_VALUE;
        for (int i = 0; i <= 8; i++) {
            double t = i / 8.0;
            Vec3 p = a.times((1 - t) * (1 - t)).plus(c.times(2 * t * (1 - t))).plus(b.times(t * t));
            if (p.y() < floor) {
                return -1 + p.y();
            }
            for (Segment seg : Segment.ALL) {
                min = Math.min(min, distance(p, flat(f.point(seg.from())), flat(f.point(seg.to()))) - seg.width() / 2);
            }
            min = Math.min(min, p.distance(flat(f.point("head"))) - Proportions.HEAD_HALF_HEIGHT);
        }
        return min;
    }

    private static double distance(Vec3 p, Vec3 a, Vec3 b) {
        Vec3 ab = b.minus(a);
        double l2 = ab.x() * ab.x() + ab.y() * ab.y();
        double t = l2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / l2));
        return p.distance(a.plus(ab.times(t)));
    }
}
