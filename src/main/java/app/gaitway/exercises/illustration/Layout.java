package app.gaitway.exercises.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * Places one illustration in the fixed picture: both poses in one world frame (the first
 * support stays where it is, so what does not move stays still between the two pictures),
 * the props to scale under what rests on them, and one scale for every exercise so a
 * patient's figure is the same size on every card.
 */
final class Layout {

    /** Every pose picture has this viewBox: 0 0 WIDTH HEIGHT. */
    static final double WIDTH = 400;

    static final double HEIGHT = 300;
    /**
     * Largest pixels per H. A standing figure is drawn at about 250; a lying figure may be
     * drawn larger (up to this) so it stays legible on a 5 cm wide print.
     */
    static final double MAX_SCALE = 330;

    private static final double MARGIN_PX = 12;
    /** The floor line's y in the picture. */
    static final double FLOOR_Y = 288;

    private static final double PROP_MARGIN = 0.06;
    /** Half the depth of the floor area (and mat) drawn in a view from above. */
    static final double FLOOR_HALF_DEPTH = 0.3;

    final Illustration illustration;
    /** The figures in the world: y up from the floor, used for the resting checks. */
    final Figure start;

    final Figure end;
    /** The middle figure, or null when the exercise has no middle picture. */
    final Figure middle;
    /** The same figures as the viewer sees them (looking down by the pitch): what is drawn. */
    final Figure startView;

    final Figure endView;
    /** Null without a middle picture. */
    final Figure middleView;
    /** Props with a surface; a wall reaches exactly to the top of the picture. */
    final List<Box> surfaces;
    /** The mat's far and near edges (z, before looking down): it lies under the whole figure. */
    final double matBack;

    final double matFront;
    /** Half the depth of the floor drawn in a view from above (H). */
    private final double floorHalfDepth;
    /** Pixels per H for this exercise: props and figure are to the same scale. */
    final double scale;

    private final double offsetX;
    private final double floorY;

    private Layout(Illustration illustration) {
        this.illustration = illustration;
        this.start = Kinematics.place(illustration.start(), illustration.view(), illustration.turn());
        this.end = Kinematics.place(illustration.end(), illustration.view(), illustration.turn());
        this.middle = illustration.middle() == null
                ? null
                : Kinematics.place(illustration.middle(), illustration.view(), illustration.turn());
        Rotation look = Rotation.about(Vec3.FORWARD, illustration.pitch());
        this.startView = start.rotated(look);
        this.endView = end.rotated(look);
        this.middleView = middle == null ? null : middle.rotated(look);
        double[] depthRange = depthRange(figures());
        this.matBack = depthRange[0] - PROP_MARGIN;
        this.matFront = depthRange[1] + PROP_MARGIN;
        List<Box> props = surfaces(illustration, figures());
        if (illustration.pitch() > 0) {
            props = props.stream()
                    .map(b -> b.type() == PropType.MAT ? widenedNear(b, matFront - matBack) : b)
                    .toList();
        }
        this.floorHalfDepth = Math.max(FLOOR_HALF_DEPTH, Math.max(-matBack, matFront) + PROP_MARGIN);
        double sin = Math.sin(Math.toRadians(illustration.pitch()));
        double depth = floorHalfDepth * sin;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double top = 0;
        double bottom = -depth;
        for (Figure f : views()) {
            for (var e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey());
                min = Math.min(min, e.getValue().x() - r);
                max = Math.max(max, e.getValue().x() + r);
                top = Math.max(top, e.getValue().y() + r);
                bottom = Math.min(bottom, e.getValue().y() - r);
            }
        }
        for (Box b : props) {
            min = Math.min(min, b.left());
            max = Math.max(max, b.right());
            top = Math.max(top, b.type() == PropType.WALL ? 0 : b.top());
            if (b.type() == PropType.MAT) {
                top = Math.max(top, b.top() - matBack * sin);
            }
        }
        // the floor area's lowest point sits at FLOOR_Y; the highest point a margin below the top
        double room = FLOOR_Y - MARGIN_PX;
        this.scale = Math.min(MAX_SCALE, Math.min((WIDTH - 2 * MARGIN_PX) / (max - min), room / (top - bottom)));
        this.floorY = FLOOR_Y + bottom * scale;
        this.offsetX = WIDTH / 2 / scale - (min + max) / 2;
        // a wall runs up out of the picture: cut it at the top edge
        double pictureTop = floorY / scale;
        this.surfaces = props.stream()
                .map(b -> b.type() == PropType.WALL && b.top() > pictureTop
                        ? new Box(b.type(), b.left(), b.bottom(), b.right(), pictureTop)
                        : b)
                .toList();
    }

    static Layout of(Illustration illustration) {
        return new Layout(illustration);
    }

    /** The figures in the world, in order: start, middle (where there is one), end. */
    List<Figure> figures() {
        return middle == null ? List.of(start, end) : List.of(start, middle, end);
    }

    /** The figures as drawn, in the same order. */
    List<Figure> views() {
        return middleView == null ? List.of(startView, endView) : List.of(startView, middleView, endView);
    }

    double px(double x) {
        return (x + offsetX) * scale;
    }

    double py(double y) {
        return floorY - y * scale;
    }

    /** Where the floor line (z = 0) is drawn. */
    double floorY() {
        return floorY;
    }

    /** Vertical extent, in viewer units, of a floor-level strip seen from above. */
    double floorHalfDepthInView() {
        return floorHalfDepth * Math.sin(Math.toRadians(illustration.pitch()));
    }

    /**
     * Where a floor-level point {@code z} deep (toward the viewer +) appears above the floor
     * line when the viewer looks down: a mat seen from above is the rectangle of floor under
     * the figure, foreshortened, never an upright panel.
     */
    double depthInView(double z) {
        return -z * Math.sin(Math.toRadians(illustration.pitch()));
    }

    /** Nearest and furthest depth (z) of any figure's points, before looking down. */
    private static double[] depthRange(List<Figure> figures) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Figure f : figures) {
            for (var e : f.points().entrySet()) {
                double r = f.radius().get(e.getKey());
                min = Math.min(min, e.getValue().z() - r);
                max = Math.max(max, e.getValue().z() + r);
            }
        }
        return new double[] {min, max};
    }

    private static List<Box> surfaces(Illustration ill, List<Figure> figures) {
        Figure start = figures.get(0);
        List<Box> boxes = new ArrayList<>();
        for (Prop prop : ill.props()) {
            switch (prop.type()) {
                case MAT -> {
                    double[] range = extent(figures);
                    boxes.add(new Box(
                            PropType.MAT, range[0] - PROP_MARGIN, 0, range[1] + PROP_MARGIN, Surface.MAT.height));
                }
                case BENCH -> boxes.add(under(PropType.BENCH, Surface.BENCH, 0.4, ill, start));
                case CHAIR -> boxes.add(under(PropType.CHAIR, Surface.CHAIR, 0.24, ill, start));
                case TABLE -> boxes.add(under(PropType.TABLE, Surface.TABLE, 0.45, ill, start));
                case STEP ->
                    boxes.add(besideFreeFeet(
                            under(PropType.STEP, Surface.STEP, 0.34, ill, start), Surface.STEP, figures));
                case BALANCE_BOARD ->
                    boxes.add(besideFreeFeet(
                            under(PropType.BALANCE_BOARD, Surface.BALANCE_BOARD, BalanceBoard.WIDTH, ill, start),
                            Surface.BALANCE_BOARD,
                            figures));
                case WALL -> boxes.add(wall(prop, start));
                default -> {
                    // bands and ankle weights travel with the limbs; the renderer draws them
                }
            }
        }
        return boxes;
    }

    /**
     * A mat seen from above narrows away from the viewer (see PropPainter.matCorners); it is made wider by that
     * much each side, so its far edge still reaches past everything on it (hands spread at the head end) and
     * only its near edge is wider than the figure.
     */
    private static Box widenedNear(Box mat, double depth) {
        double n = PropPainter.MAT_MAX_NARROWING;
        double in = Math.min(PropPainter.MAT_CONVERGENCE * depth, n * (mat.right() - mat.left()) / (1 - 2 * n));
        return new Box(mat.type(), mat.left() - in, mat.bottom(), mat.right() + in, mat.top());
    }

    private static double[] extent(List<Figure> figures) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Figure f : figures) {
            for (var e : f.points().entrySet()) {
                min = Math.min(min, e.getValue().x());
                max = Math.max(max, e.getValue().x());
            }
        }
        return new double[] {min, max};
    }

    /**
     * A surface prop centred under the parts that rest on it in the start pose; when only
     * the upper back rests on it (hip thrust) its edge is at the shoulder blades and it
     * reaches toward the head, so the hips can drop past it.
     */
    private static Box under(PropType type, Surface surface, double width, Illustration ill, Figure start) {
        for (Support s : ill.start().supports()) {
            if (s.on() != surface) {
                continue;
            }
            double x = s.parts().stream()
                    .mapToDouble(p -> start.centre(p).x())
                    .average()
                    .orElse(0);
            boolean backOnly = s.parts().stream().allMatch(p -> p == BodyPart.UPPER_BACK || p == BodyPart.SHOULDERS);
            if (backOnly) {
                double towardHips = Math.signum(start.point("pelvis").x() - x);
                double edge = x + towardHips * 0.04;
                return towardHips > 0
                        ? new Box(type, edge - width, 0, edge, surface.height)
                        : new Box(type, edge, 0, edge + width, surface.height);
            }
            return new Box(type, x - width / 2, 0, x + width / 2, surface.height);
        }
        return new Box(type, -width / 2, 0, width / 2, surface.height);
    }

    /**
     * A low prop (step, balance board) ends before a free foot that hangs beside it lower
     * than its top, so the foot hangs past its edge instead of sinking into it (a pelvic
     * drop on a step seen from behind). A foot well in front of or behind the resting one
     * is beside the prop in depth and does not trim it.
     */
    private static Box besideFreeFeet(Box box, Surface surface, List<Figure> figures) {
        double left = box.left();
        double right = box.right();
        for (Figure f : figures) {
            List<String> resting = new ArrayList<>();
            for (Support s : f.pose().supports()) {
                if (s.on() == surface) {
                    s.parts().forEach(p -> resting.addAll(p.points()));
                }
            }
            if (resting.isEmpty()) {
                continue;
            }
            double rmin = resting.stream()
                    .mapToDouble(n -> f.point(n).x() - f.radius().get(n))
                    .min()
                    .orElseThrow();
            double rmax = resting.stream()
                    .mapToDouble(n -> f.point(n).x() + f.radius().get(n))
                    .max()
                    .orElseThrow();
            double rz =
                    resting.stream().mapToDouble(n -> f.point(n).z()).average().orElseThrow();
            for (Side side : Side.values()) {
                for (String n : List.of(side.word() + "_heel", side.word() + "_toe", side.word() + "_ankle")) {
                    if (resting.contains(n)) {
                        continue;
                    }
                    Vec3 p = f.point(n);
                    double r = f.radius().get(n);
                    if (p.y() - r >= surface.height || Math.abs(p.z() - rz) > 0.15) {
                        continue;
                    }
                    if (p.x() - r >= rmax) {
                        right = Math.min(right, Math.max(rmax + 0.01, p.x() - r - 0.015));
                    } else if (p.x() + r <= rmin) {
                        left = Math.max(left, Math.min(rmin - 0.01, p.x() + r + 0.015));
                    }
                }
            }
        }
        return new Box(box.type(), left, box.bottom(), right, box.top());
    }

    /** A wall just behind the part that leans on it. */
    private static Box wall(Prop prop, Figure start) {
        double facing = start.point("belly").x() - start.point("pelvis").x();
        double thickness = 0.04;
        double best = facing >= 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        for (String n : prop.at().points()) {
            double x = start.point(n).x();
            double r = start.radius().get(n);
            best = facing >= 0 ? Math.min(best, x - r) : Math.max(best, x + r);
        }
        return facing >= 0
                ? new Box(PropType.WALL, best - thickness, 0, best, 1.2)
                : new Box(PropType.WALL, best, 0, best + thickness, 1.2);
    }
}
