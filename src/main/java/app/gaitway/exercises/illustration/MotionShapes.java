package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure drawn at every key of the loop, turned into shapes that move: each line, polygon and ellipse gets
 * the list of its positions ({@code <animate>}), and the browser moves it between them.
 * <p>
 * Shapes are painted far to near, and that order can change on the way (a tint passes behind its thigh, one leg
 * in front of the other). Where it changes for shapes that cover each other, a second group takes over at that
 * key, drawn in the new order; the first group has moved to that key's positions too, so the switch cannot be
 * seen. Order changes between shapes that do not cover each other (two arms' outlines on top of each other in
 * a side view, thigh and shin meeting at the knee) are ignored: they look the same either way.
 */
final class MotionShapes {

    /** Attributes that change as the figure moves; everything else says what a shape is. */
    private static final List<String> MOVING = List.of("x1", "y1", "x2", "y2", "points", "cx", "cy", "transform");
    /** Shapes of one kind this close (summed over their coordinates, px) count as the same place. */
    private static final double SAME_PLACE_PX = 4;
    /** Points this close (px) are one joint. */
    private static final double JOINT_PX = 0.15;

    private static final Pattern ELEMENT = Pattern.compile("\\s*<([a-z]+)((?:\\s+[a-z][a-z0-9-]*=\"[^\"]*\")*)\\s*/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z][a-z0-9-]*)=\"([^\"]*)\"");
    private static final Pattern ROTATE = Pattern.compile("rotate\\((-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+)\\)");

    /** One drawn shape: its element name and attributes, as {@link Svg} wrote them. */
    record Shape(String tag, Map<String, String> attributes) {

        String kind() {
            StringBuilder b = new StringBuilder(tag);
            new java.util.TreeMap<>(attributes).forEach((k, v) -> {
                if (!MOVING.contains(k)) {
                    b.append(' ').append(k).append('=').append(v);
                }
            });
            return b.toString();
        }

        double[] numbers() {
            List<Double> n = new ArrayList<>();
            for (String k : MOVING) {
                String v = attributes.get(k);
                if (v != null) {
                    for (String part : v.replaceAll("[^0-9.\\-]+", " ").strip().split(" ")) {
                        if (!part.isEmpty()) {
                            n.add(Double.parseDouble(part));
                        }
                    }
                }
            }
            return n.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** The points the shape is drawn through: a line's ends, a polygon's corners, an ellipse's centre. */
        List<double[]> points() {
            List<double[]> p = new ArrayList<>();
            switch (tag) {
                case "line" -> {
                    p.add(new double[] {number("x1"), number("y1")});
                    p.add(new double[] {number("x2"), number("y2")});
                }
                case "ellipse" -> p.add(new double[] {number("cx"), number("cy")});
                default -> {
                    for (String xy :
                            attributes.getOrDefault("points", "").strip().split("\\s+")) {
                        String[] c = xy.split(",");
                        if (c.length == 2) {
                            p.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1])});
                        }
                    }
                }
            }
            return p;
        }

        /** How far the drawn shape reaches beyond its points (half its stroke, or an ellipse's radius). */
        double reach() {
            double r = number("stroke-width") / 2;
            if (tag.equals("ellipse")) {
                r += Math.max(number("rx"), number("ry"));
            }
            return r;
        }

        private double number(String name) {
            String v = attributes.get(name);
            return v == null ? 0 : Double.parseDouble(v);
        }
    }

    private final MotionTimeline timeline;
    private final List<List<Shape>> frames;

    /** @param frames the figure's shapes at each key of the timeline, in painting order */
    MotionShapes(MotionTimeline timeline, List<List<Shape>> frames) {
        this.timeline = timeline;
        this.frames = frames;
    }

    /** The figure's pieces are flat lists of empty elements; anything else is refused, not guessed at. */
    static List<Shape> parse(List<String> layers) {
        List<Shape> shapes = new ArrayList<>();
        String all = String.join("", layers);
        Matcher m = ELEMENT.matcher(all);
        int at = 0;
        while (at < all.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalStateException(
                        "cannot animate the drawing from: " + all.substring(at, Math.min(all.length(), at + 60)));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            shapes.add(new Shape(m.group(1), attributes));
            at = m.end();
        }
        return shapes;
    }

    /**
     * A stretch of keys drawn by one group of shapes in one painting order; {@code at.get(slot)[key]} is that
     * shape at that key (null outside the stretch).
     */
    private final class Group {
        final int first;
        int last;
        int visibleUntil;
        final List<Shape[]> at = new ArrayList<>();

        Group(int first) {
            this.first = first;
            this.last = first;
            for (Shape s : frames.get(first)) {
                Shape[] keys = new Shape[frames.size()];
                keys[first] = s;
                at.add(keys);
            }
        }

        /** The keys this group's animations name: its own, and the loop's ends (where it stays put). */
        List<Integer> keys() {
            List<Integer> keys = new ArrayList<>();
            if (first > 0) {
                keys.add(0);
            }
            for (int k = first; k <= last; k++) {
                keys.add(k);
            }
            if (last < frames.size() - 1) {
                keys.add(frames.size() - 1);
            }
            return keys;
        }

        Shape at(int slot, int key) {
            return at.get(slot)[Math.max(first, Math.min(last, key))];
        }
    }

    /** The groups of moving shapes, into {@code svg}. */
    void write(Svg svg) {
        List<Group> groups = groups();
        String dur = Svg.num(timeline.cycleSeconds()) + "s";
        String[] times = timeline.keyTimes().split(";");
        for (Group g : groups) {
            if (groups.size() == 1) {
                svg.open("g");
            } else {
                svg.open("g", "visibility", g.first == 0 ? "visible" : "hidden");
                svg.empty(
                        "animate",
                        "attributeName",
                        "visibility",
                        "calcMode",
                        "discrete",
                        "dur",
                        dur,
                        "repeatCount",
                        "indefinite",
                        "values",
                        visibility(g),
                        "keyTimes",
                        visibilityTimes(g, times));
            }
            List<Integer> keys = g.keys();
            StringBuilder keyTimes = new StringBuilder();
            for (int k : keys) {
                keyTimes.append(keyTimes.isEmpty() ? "" : ";").append(times[k]);
            }
            for (int slot = 0; slot < g.at.size(); slot++) {
                writeShape(svg, g, slot, keys, dur, keyTimes.toString());
            }
            svg.close("g");
        }
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        Group current = new Group(0);
        for (int k = 1; k < frames.size(); k++) {
            List<Shape> next = frames.get(k);
            int[] slot = match(current, k - 1, next);
            if (slot == null) {
                carryOver(current, k, next);
                current.last = k;
                current.visibleUntil = k;
                groups.add(current);
                current = new Group(k);
                continue;
            }
            for (int i = 0; i < slot.length; i++) {
                current.at.get(slot[i])[k] = next.get(i);
            }
            current.last = k;
            if (coverEachOtherInNewOrder(slot, next)) {
                // the old group has moved on to this key's positions and hands over to the new order here
                current.visibleUntil = k;
                groups.add(current);
                current = new Group(k);
            }
        }
        current.visibleUntil = frames.size() - 1;
        groups.add(current);
        return groups;
    }

    /**
     * Where the next drawing has other shapes (a tint turns away from the viewer), the group still moves every
     * shape that goes on to its place there, nearest of its kind first, and holds the one that ends; the next
     * group then takes over from the same positions.
     */
    private static void carryOver(Group g, int key, List<Shape> next) {
        List<double[]> pairs = new ArrayList<>();
        for (int s = 0; s < g.at.size(); s++) {
            Shape was = g.at.get(s)[key - 1];
            for (int i = 0; i < next.size(); i++) {
                if (was.kind().equals(next.get(i).kind())) {
                    pairs.add(new double[] {distance(was, next.get(i)), s, i});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        Set<Integer> usedShapes = new HashSet<>();
        for (double[] p : pairs) {
            int s = (int) p[1];
            int i = (int) p[2];
            if (g.at.get(s)[key] == null && !usedShapes.contains(i)) {
                g.at.get(s)[key] = next.get(i);
                usedShapes.add(i);
            }
        }
        for (Shape[] keys : g.at) {
            if (keys[key] == null) {
                keys[key] = keys[key - 1];
            }
        }
    }

    /**
     * True when two shapes that now paint in the other order overlap in the picture and are not simply two pieces
     * meeting at a joint. {@code slot[i]} is the group's place of the next drawing's i-th shape.
     */
    private static boolean coverEachOtherInNewOrder(int[] slot, List<Shape> next) {
        for (int i = 0; i < slot.length; i++) {
            for (int j = i + 1; j < slot.length; j++) {
                if (slot[i] > slot[j] && overlap(next.get(i), next.get(j)) && !meet(next.get(i), next.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(Shape a, Shape b) {
        double[] x = box(a);
        double[] y = box(b);
        return x[0] < y[2] && y[0] < x[2] && x[1] < y[3] && y[1] < x[3];
    }

    private static double[] box(Shape s) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double r = s.reach();
        for (double[] p : s.points()) {
            box[0] = Math.min(box[0], p[0] - r);
            box[1] = Math.min(box[1], p[1] - r);
            box[2] = Math.max(box[2], p[0] + r);
            box[3] = Math.max(box[3], p[1] + r);
        }
        return box;
    }

    private static boolean meet(Shape a, Shape b) {
        for (double[] p : a.points()) {
            for (double[] q : b.points()) {
                if (Math.abs(p[0] - q[0]) <= JOINT_PX && Math.abs(p[1] - q[1]) <= JOINT_PX) {
                    return true;
                }
            }
        }
        return false;
    }

    private String visibility(Group g) {
        StringBuilder b = new StringBuilder();
        if (g.first > 0) {
            b.append("hidden;");
        }
        b.append("visible");
        if (g.visibleUntil < frames.size() - 1) {
            b.append(";hidden");
        }
        return b.toString();
    }

    private String visibilityTimes(Group g, String[] times) {
        StringBuilder b = new StringBuilder("0");
        if (g.first > 0) {
            b.append(';').append(times[g.first]);
        }
        if (g.visibleUntil < frames.size() - 1) {
            b.append(';').append(times[g.visibleUntil]);
        }
        return b.toString();
    }

    private static void writeShape(Svg svg, Group g, int slot, List<Integer> keys, String dur, String keyTimes) {
        Shape base = g.at(slot, g.first);
        List<Object> attributes = new ArrayList<>();
        List<String[]> animations = new ArrayList<>();
        for (Map.Entry<String, String> e : base.attributes().entrySet()) {
            String name = e.getKey();
            List<String> values = new ArrayList<>();
            for (int k : keys) {
                values.add(g.at(slot, k).attributes().get(name));
            }
            attributes.add(name);
            attributes.add(e.getValue());
            if (values.stream().distinct().count() > 1) {
                animations.add(
                        new String[] {name, String.join(";", name.equals("transform") ? rotations(values) : values)});
            }
        }
        if (animations.isEmpty()) {
            svg.empty(base.tag(), attributes.toArray());
            return;
        }
        svg.open(base.tag(), attributes.toArray());
        for (String[] a : animations) {
            if (a[0].equals("transform")) {
                svg.empty(
                        "animateTransform",
                        "attributeName",
                        "transform",
                        "type",
                        "rotate",
                        "dur",
                        dur,
                        "repeatCount",
                        "indefinite",
                        "keyTimes",
                        keyTimes,
                        "values",
                        a[1]);
            } else {
                svg.empty(
                        "animate",
                        "attributeName",
                        a[0],
                        "dur",
                        dur,
                        "repeatCount",
                        "indefinite",
                        "keyTimes",
                        keyTimes,
                        "values",
                        a[1]);
            }
        }
        svg.close(base.tag());
    }

    /**
     * The head's turn, as animateTransform wants it ("angle cx cy"), each angle taken the short way round from the
     * one before, so a head near ±180° does not spin once round between two keys.
     */
    private static List<String> rotations(List<String> transforms) {
        List<String> out = new ArrayList<>();
        double previous = Double.NaN;
        for (String t : transforms) {
            Matcher m = ROTATE.matcher(t);
            if (!m.matches()) {
                throw new IllegalStateException("cannot animate the transform " + t);
            }
            double angle = Double.parseDouble(m.group(1));
            if (!Double.isNaN(previous)) {
                angle += 360 * Math.round((previous - angle) / 360);
            }
            previous = angle;
            out.add(Svg.num(angle) + " " + m.group(2) + " " + m.group(3));
        }
        return out;
    }

    /**
     * Which shape of the group each shape of the next drawing is: the same kind (element, colour, width), and
     * among several of one kind (both legs drawn alike) the nearest. Null when the kinds differ (a tint that
     * turned away from the viewer).
     */
    private static int[] match(Group g, int key, List<Shape> next) {
        if (next.size() != g.at.size()) {
            return null;
        }
        Map<String, List<Integer>> slotsByKind = new HashMap<>();
        for (int s = 0; s < g.at.size(); s++) {
            slotsByKind
                    .computeIfAbsent(g.at.get(s)[key].kind(), x -> new ArrayList<>())
                    .add(s);
        }
        Map<String, List<Integer>> nextByKind = new HashMap<>();
        for (int i = 0; i < next.size(); i++) {
            nextByKind
                    .computeIfAbsent(next.get(i).kind(), x -> new ArrayList<>())
                    .add(i);
        }
        if (!slotsByKind.keySet().equals(nextByKind.keySet())) {
            return null;
        }
        int[] slot = new int[next.size()];
        for (Map.Entry<String, List<Integer>> e : nextByKind.entrySet()) {
            List<Integer> slots = slotsByKind.get(e.getKey());
            if (slots.size() != e.getValue().size()) {
                return null;
            }
            nearest(g, key, next, slots, e.getValue(), slot);
        }
        return slot;
    }

    private static void nearest(
            Group g, int key, List<Shape> next, List<Integer> slots, List<Integer> shapes, int[] slot) {
        // in painting order first: shapes of one kind that lie on top of each other (both arms' outlines in a side
        // view) keep their places instead of swapping for a tenth of a pixel
        double inOrder = 0;
        for (int n = 0; n < slots.size(); n++) {
            inOrder += distance(g.at.get(slots.get(n))[key], next.get(shapes.get(n)));
        }
        List<double[]> pairs = new ArrayList<>();
        for (int s : slots) {
            for (int i : shapes) {
                pairs.add(new double[] {distance(g.at.get(s)[key], next.get(i)), s, i});
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        Set<Integer> usedSlots = new HashSet<>();
        Set<Integer> usedShapes = new HashSet<>();
        int[] nearest = new int[slot.length];
        double nearestTotal = 0;
        for (double[] p : pairs) {
            int s = (int) p[1];
            int i = (int) p[2];
            if (!usedSlots.contains(s) && !usedShapes.contains(i)) {
                nearest[i] = s;
                nearestTotal += p[0];
                usedSlots.add(s);
                usedShapes.add(i);
            }
        }
        boolean keepOrder = inOrder <= nearestTotal + SAME_PLACE_PX * slots.size();
        for (int n = 0; n < shapes.size(); n++) {
            int i = shapes.get(n);
            slot[i] = keepOrder ? slots.get(n) : nearest[i];
        }
    }

    private static double distance(Shape a, Shape b) {
        double[] x = a.numbers();
        double[] y = b.numbers();
        if (x.length != y.length) {
            return Double.MAX_VALUE;
        }
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += Math.abs(x[i] - y[i]);
        }
        return d;
    }
}
