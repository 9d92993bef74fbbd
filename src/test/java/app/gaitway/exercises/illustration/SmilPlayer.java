package app.gaitway.exercises.illustration;

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
 */
final class SmilPlayer {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private final List<Element> groups = new ArrayList<>();
    final double seconds;

    SmilPlayer(String svg) {
        Document doc = MotionSvgChecks.parse(svg, "moving picture");
        NodeList g = doc.getDocumentElement().getElementsByTagName("g");
        double dur = Double.NaN;
        for (int i = 0; i < g.getLength(); i++) {
            groups.add((Element) g.item(i));
        }
        NodeList animations = doc.getElementsByTagName("animate");
        if (animations.getLength() > 0) {
            dur = Double.parseDouble(((Element) animations.item(0)).getAttribute("dur").replace("s", ""));
        }
        this.seconds = dur;
    }

    /** The shapes shown at {@code t} seconds into the loop, painted in this order. */
    List<MotionShapes.Shape> at(double t) {
        double f = (t % seconds) / seconds;
        List<MotionShapes.Shape> shown = new ArrayList<>();
        for (Element g : groups) {
            if (!visible(g, f)) {
                continue;
            }
            for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getTagName().startsWith("animate")) {
                    shown.add(shape(e, f));
                }
            }
        }
        return shown;
    }

    private static boolean visible(Element g, double f) {
        String value = g.getAttribute("visibility");
        for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element a && a.getTagName().equals("animate") && a.getAttribute("attributeName").equals("visibility")) {
                String[] values = a.getAttribute("values").split(";");
                String[] times = a.getAttribute("keyTimes").split(";");
                for (int i = 0; i < times.length; i++) {
                    if (Double.parseDouble(times[i]) <= f) {
                        value = values[i];
                    }
                }
            }
        }
        return !value.equals("hidden");
    }

    private static MotionShapes.Shape shape(Element e, double f) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap base = e.getAttributes();
        for (int i = 0; i < base.getLength(); i++) {
            attributes.put(base.item(i).getNodeName(), base.item(i).getNodeValue());
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element a) {
                String value = between(a.getAttribute("values").split(";"), a.getAttribute("keyTimes").split(";"), f);
                if (a.getTagName().equals("animateTransform")) {
                    attributes.put("transform", "rotate(" + value + ")");
                } else {
                    attributes.put(a.getAttribute("attributeName"), value);
                }
            }
        }
        return new MotionShapes.Shape(e.getTagName(), attributes);
    }

    /** Each number of the value moved linearly between the two keys around {@code f}. */
    private static String between(String[] values, String[] times, double f) {
        int i = 0;
        while (i < times.length - 2 && Double.parseDouble(times[i + 1]) <= f) {
            i++;
        }
        double a = Double.parseDouble(times[i]);
        double b = Double.parseDouble(times[i + 1]);
        double w = b == a ? 1 : Math.max(0, Math.min(1, (f - a) / (b - a)));
        List<Double> to = new ArrayList<>();
        Matcher m = NUMBER.matcher(values[i + 1]);
        while (m.find()) {
            to.add(Double.parseDouble(m.group()));
        }
        StringBuilder out = new StringBuilder();
        Matcher from = NUMBER.matcher(values[i]);
        int k = 0;
        while (from.find()) {
            double v = Double.parseDouble(from.group());
            from.appendReplacement(out, Svg.num(v + (to.get(k++) - v) * w));
        }
        from.appendTail(out);
        return out.toString();
    }
}
