package app.gaitway.exercises.illustration;

import app.gaitway.shared.svg.Svg;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a moving picture the way a browser's SMIL does, for the few features it uses (linear {@code <animate>} of
 * numbers, rotate {@code <animateTransform>}, discrete visibility): the figure's shapes as shown at a moment.
 * The document is read once into keys with their numbers parsed; playing a moment only interpolates (reading the
 * DOM and parsing every key again at each of a few hundred moments made the library's motion test slow).
 */
final class SmilPlayer {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private final List<Group> groups = new ArrayList<>();
    final double seconds;

    /** A key's value split round its numbers: text, number, text, ..., text. */
    private record Value(String[] text, double[] numbers) {

        static Value of(String value) {
            List<String> text = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(value);
            int at = 0;
            while (m.find()) {
                text.add(value.substring(at, m.start()));
                numbers.add(Double.parseDouble(m.group()));
                at = m.end();
            }
            text.add(value.substring(at));
            return new Value(
                    text.toArray(String[]::new),
                    numbers.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** One animated attribute (or the rotation, for {@code transform}): its key times and values. */
    private record Animation(String attribute, double[] times, Value[] values) {

        /** Each number of the value moved linearly between the two keys around {@code f}. */
        String at(double f) {
            int i = 0;
            while (i < times.length - 2 && times[i + 1] <= f) {
                i++;
            }
            double a = times[i];
            double b = times[i + 1];
            double w = b == a ? 1 : Math.max(0, Math.min(1, (f - a) / (b - a)));
            Value from = values[i];
            double[] to = values[i + 1].numbers();
            StringBuilder out = new StringBuilder(from.text()[0]);
            for (int k = 0; k < from.numbers().length; k++) {
                double v = from.numbers()[k];
                out.append(Svg.num(v + (to[k] - v) * w)).append(from.text()[k + 1]);
            }
            return out.toString();
        }
    }

    private record Drawn(String tag, Map<String, String> attributes, List<Animation> animations) {

        MotionShapes.Shape at(double f) {
            Map<String, String> shown = new LinkedHashMap<>(attributes);
            for (Animation a : animations) {
                String value = a.at(f);
                if (a.attribute() == null) {
                    shown.put("transform", "rotate(" + value + ")");
                } else {
                    shown.put(a.attribute(), value);
                }
            }
            return new MotionShapes.Shape(tag, shown);
        }
    }

    /** A group's visibility: its own attribute, then each visibility key reached so far. */
    private record Group(
            String visibility, List<double[]> switchTimes, List<String[]> switchValues, List<Drawn> drawn) {

        boolean visible(double f) {
            String value = visibility;
            for (int k = 0; k < switchTimes.size(); k++) {
                double[] times = switchTimes.get(k);
                for (int i = 0; i < times.length; i++) {
                    if (times[i] <= f) {
                        value = switchValues.get(k)[i];
                    }
                }
            }
            return !value.equals("hidden");
        }
    }

    SmilPlayer(String svg) {
        Document doc = MotionSvgChecks.parse(svg, "moving picture");
        NodeList g = doc.getDocumentElement().getElementsByTagName("g");
        for (int i = 0; i < g.getLength(); i++) {
            groups.add(group((Element) g.item(i)));
        }
        double dur = Double.NaN;
        NodeList animations = doc.getElementsByTagName("animate");
        if (animations.getLength() > 0) {
            dur = Double.parseDouble(
                    ((Element) animations.item(0)).getAttribute("dur").replace("s", ""));
        }
        this.seconds = dur;
    }

    private static Group group(Element g) {
        List<double[]> switchTimes = new ArrayList<>();
        List<String[]> switchValues = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (e.getTagName().equals("animate")
                    && e.getAttribute("attributeName").equals("visibility")) {
                switchTimes.add(times(e));
                switchValues.add(e.getAttribute("values").split(";"));
            } else if (!e.getTagName().startsWith("animate")) {
                drawn.add(drawn(e));
            }
        }
        return new Group(g.getAttribute("visibility"), switchTimes, switchValues, drawn);
    }

    private static Drawn drawn(Element e) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap base = e.getAttributes();
        for (int i = 0; i < base.getLength(); i++) {
            attributes.put(base.item(i).getNodeName(), base.item(i).getNodeValue());
        }
        List<Animation> animations = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element a) {
                String[] values = a.getAttribute("values").split(";");
                Value[] parsed = new Value[values.length];
                for (int i = 0; i < values.length; i++) {
                    parsed[i] = Value.of(values[i]);
                }
                animations.add(new Animation(
                        a.getTagName().equals("animateTransform") ? null : a.getAttribute("attributeName"),
                        times(a),
                        parsed));
            }
        }
        return new Drawn(e.getTagName(), attributes, animations);
    }

    private static double[] times(Element a) {
        String[] t = a.getAttribute("keyTimes").split(";");
        double[] times = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            times[i] = Double.parseDouble(t[i]);
        }
        return times;
    }

    /** The shapes shown at {@code t} seconds into the loop, painted in this order. */
    List<MotionShapes.Shape> at(double t) {
        double f = (t % seconds) / seconds;
        List<MotionShapes.Shape> shown = new ArrayList<>();
        for (Group g : groups) {
            if (g.visible(f)) {
                for (Drawn d : g.drawn()) {
                    shown.add(d.at(f));
                }
            }
        }
        return shown;
    }
}
