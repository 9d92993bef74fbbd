package app.gaitway.assessments.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendChartTest {

    static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

    static ChartPoint p(int dayOffset, double value) {
        return new ChartPoint(MAR_3.plusDays(dayOffset), value);
    }

    static TrendChartSpec pain() {
        return new TrendChartSpec(
                "Pain",
                "/10",
                0,
                10,
                List.of(
                        new ChartSeries("Left", List.of(p(0, 7), p(14, 5), p(28, 4), p(42, 2)), false),
                        new ChartSeries("Right", List.of(p(0, 6), p(14, 6), p(28, 3), p(42, 3)), true)),
                null,
                "%.0f",
                null);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<Element> all(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = d.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> markers(Document d, String seriesClass) {
        List<Element> out = new ArrayList<>();
        for (Element g : all(d)) {
            if (g.getAttribute("class").equals("series " + seriesClass)) {
                NodeList children = g.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i) instanceof Element e
                            && e.getAttribute("class").startsWith("marker")) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    static double cx(Element marker) {
        return marker.getTagName().equals("circle")
                ? Double.parseDouble(marker.getAttribute("cx"))
                : Double.parseDouble(marker.getAttribute("x")) + Double.parseDouble(marker.getAttribute("width")) / 2;
    }

    static double cy(Element marker) {
        return marker.getTagName().equals("circle")
                ? Double.parseDouble(marker.getAttribute("cy"))
                : Double.parseDouble(marker.getAttribute("y")) + Double.parseDouble(marker.getAttribute("height")) / 2;
    }

    /** Top and bottom of the plot, read from the y grid lines (first and last tick are the axis ends here). */
    static double[] gridSpan(Document d) {
        List<Double> ys = new ArrayList<>();
        for (Element e : all(d)) {
            if (e.getTagName().equals("line") && e.getAttribute("stroke").equals(TrendChart.GRID)) {
                ys.add(Double.parseDouble(e.getAttribute("y1")));
            }
        }
        return new double[] {
            ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
            ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
        };
    }

    @Test
    void wellFormedWithTitleDescAndRole() throws Exception {
        Document d = parse(TrendChart.svg(pain(), "pain-1"));
        Element svg = d.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("0 0 640 260", svg.getAttribute("viewBox"));
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("pain-1-title pain-1-desc", svg.getAttribute("aria-labelledby"));
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        Element desc = (Element) svg.getElementsByTagName("desc").item(0);
        assertEquals(svg, title.getParentNode());
        assertEquals("pain-1-title", title.getAttribute("id"));
        assertEquals("Pain", title.getTextContent());
        assertEquals("pain-1-desc", desc.getAttribute("id"));
        assertEquals(TrendChart.textAlternative(pain()), desc.getTextContent());
    }

    @Test
    void noStylesScriptsOrOutsideReferences() throws Exception {
        String svg = TrendChart.svg(spec(new NormBand(20, 30, "Norm 20–30°")), "x");
        assertFalse(svg.toLowerCase().contains("style"), svg);
        assertFalse(svg.toLowerCase().contains("<script"));
        assertFalse(svg.contains("href"));
        assertFalse(svg.contains("url("));
        assertFalse(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"));
        for (Element e : all(parse(svg))) {
            assertFalse(e.hasAttribute("style"));
            assertFalse(e.getTagName().equalsIgnoreCase("style")
                    || e.getTagName().equalsIgnoreCase("script")
                    || e.getTagName().equals("image")
                    || e.getTagName().equals("foreignObject"));
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                assertFalse(
                        attrs.item(i).getNodeName().startsWith("on"),
                        attrs.item(i).getNodeName());
            }
        }
    }

    @Test
    void labelsAreEscaped() throws Exception {
        String nasty = "<b>L & \"R\"</b> 'x' \u0000\u0007";
        TrendChartSpec spec = new TrendChartSpec(
                "Title <script>alert(1)</script> & \"more\"",
                "<u>",
                0,
                10,
                List.of(
                        new ChartSeries(nasty, List.of(p(0, 3), p(7, 4)), false),
                        new ChartSeries("ok", List.of(p(0, 5)), true)),
                new NormBand(2, 4, "</text><script>"),
                "%.0f",
                null);
        String svg = TrendChart.svg(spec, "a\"b<c");
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertFalse(svg.contains("<u>"));
        assertTrue(svg.contains("&lt;b&gt;L &amp; &quot;R&quot;&lt;/b&gt;"), svg);
        Document d = parse(svg); // would fail on raw <, & or control characters
        assertEquals(
                "Title <script>alert(1)</script> & \"more\"",
                d.getDocumentElement().getElementsByTagName("title").item(0).getTextContent());
        String id = d.getDocumentElement().getAttribute("aria-labelledby").split(" ")[0];
        assertTrue(id.matches("[A-Za-z_][A-Za-z0-9_-]*"), id);
    }

    @Test
    void pointsFollowTheDatesAndStayInThePlot() throws Exception {
        TrendChartSpec spec = new TrendChartSpec(
                "Hip extension",
                "°",
                0,
                40,
                List.of(new ChartSeries(
                        "Left", List.of(p(35, 18), p(0, 10), p(7, 12), p(20, 16)), false)), // unsorted on purpose
                null,
                "%.0f",
                null);
        Document d = parse(TrendChart.svg(spec, "h"));
        List<Element> m = markers(d, "series-1");
        assertEquals(4, m.size());
        double[] span = gridSpan(d);
        double top = span[0];
        double bottom = span[1];
        for (int i = 1; i < m.size(); i++) {
            assertTrue(cx(m.get(i)) > cx(m.get(i - 1)), "x grows with the date");
        }
        // proportional: 7 days of 35 is a fifth of the width from the first to the last point
        double width = cx(m.get(3)) - cx(m.get(0));
        assertEquals(0.2, (cx(m.get(1)) - cx(m.get(0))) / width, 1e-3);
        for (Element e : m) {
            assertTrue(cx(e) > 30 && cx(e) < 640);
            assertTrue(cy(e) >= top && cy(e) <= bottom);
        }
        // value → y is linear in the axis: 10 of 40 is a quarter of the way up
        assertEquals(bottom - (bottom - top) * 0.25, cy(m.get(0)), 0.11);
        assertEquals(bottom - (bottom - top) * 18 / 40, cy(m.get(3)), 0.11);
    }

    @Test
    void valuesOutsideTheAxisAreDrawnAtTheEdgeAndSaid() throws Exception {
        TrendChartSpec spec = new TrendChartSpec(
                "Pain",
                "/10",
                0,
                10,
                List.of(new ChartSeries("Left", List.of(p(0, 12), p(7, 5), p(14, -1)), false)),
                null,
                "%.0f",
                null);
        String svg = TrendChart.svg(spec, "c");
        Document d = parse(svg);
        List<Element> m = markers(d, "series-1");
        double[] span = gridSpan(d);
        assertEquals(3, m.size());
        assertEquals(span[0], cy(m.get(0)), 0.11);
        assertEquals(span[1], cy(m.get(2)), 0.11);
        assertEquals(2, count(svg, "class=\"beyond\""), "an arrow beyond each clamped marker");
        String text = TrendChart.textAlternative(spec);
        assertTrue(text.contains("drawn at its edge"), text);
        assertTrue(text.contains("12/10 on 3 Mar 2026"), text);
        assertTrue(text.contains("\u22121/10 on 17 Mar 2026"), text);
    }

    @Test
    void aSinglePointIsCentredAndSameDayPointsAreSpread() throws Exception {
        TrendChartSpec one = new TrendChartSpec(
                "LEFS", "", 0, 80, List.of(new ChartSeries("LEFS", List.of(p(0, 42)), false)), null, "%.0f", null);
        String svg = TrendChart.svg(one, "one");
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
        Document d = parse(svg);
        List<Element> m = markers(d, "series-1");
        assertEquals(1, m.size());
        List<Element> grid = all(d).stream()
                .filter(e -> TrendChart.GRID.equals(e.getAttribute("stroke")))
                .toList();
        double left = Double.parseDouble(grid.get(0).getAttribute("x1"));
        double right = Double.parseDouble(grid.get(0).getAttribute("x2"));
        assertEquals((left + right) / 2, cx(m.get(0)), 0.11);
        assertTrue(TrendChart.textAlternative(one).contains("42 on 3 Mar 2026 (one assessment)"));

        TrendChartSpec sameDay = new TrendChartSpec(
                "Pain",
                "",
                0,
                10,
                List.of(
                        new ChartSeries("Before", List.of(p(0, 6), p(0, 3)), false),
                        new ChartSeries("Other", List.of(p(0, 5)), true)),
                null,
                "%.0f",
                null);
        svg = TrendChart.svg(sameDay, "same");
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
        d = parse(svg);
        List<Element> before = markers(d, "series-1");
        assertTrue(cx(before.get(1)) > cx(before.get(0)) + 20, "same-day points are apart");
        assertEquals(cx(before.get(0)), cx(markers(d, "series-2").get(0)), 0.01, "first points of a day line up");
        Element line = all(d).stream()
                .filter(e -> TrendChart.GRID.equals(e.getAttribute("stroke")))
                .findFirst()
                .orElseThrow();
        double middle = (Double.parseDouble(line.getAttribute("x1")) + Double.parseDouble(line.getAttribute("x2"))) / 2;
        assertEquals(middle, (cx(before.get(0)) + cx(before.get(1))) / 2, 0.11);

        // same-day pair within a longer history: apart, in order, and the later visit still further right
        TrendChartSpec mixed = new TrendChartSpec(
                "Pain",
                "",
                0,
                10,
                List.of(new ChartSeries("L", List.of(p(0, 6), p(10, 5), p(10, 3), p(30, 2)), false)),
                null,
                "%.0f",
                null);
        List<Element> mm = markers(parse(TrendChart.svg(mixed, "m")), "series-1");
        assertTrue(
                cx(mm.get(0)) < cx(mm.get(1)) && cx(mm.get(1)) + 10 < cx(mm.get(2)) && cx(mm.get(2)) < cx(mm.get(3)));
    }

    @Test
    void dashedSeriesUseSquaresAndDashedLines() throws Exception {
        Document d = parse(TrendChart.svg(pain(), "p"));
        List<Element> solid = markers(d, "series-1");
        List<Element> dashed = markers(d, "series-2");
        assertTrue(solid.stream().allMatch(e -> e.getTagName().equals("circle")));
        assertTrue(dashed.stream()
                .allMatch(e ->
                        e.getTagName().equals("rect") && e.getAttribute("width").equals(e.getAttribute("height"))));
        Element dashedPath = (Element) ((Element) dashed.get(0).getParentNode())
                .getElementsByTagName("path")
                .item(0);
        Element solidPath = (Element) ((Element) solid.get(0).getParentNode())
                .getElementsByTagName("path")
                .item(0);
        assertFalse(dashedPath.getAttribute("stroke-dasharray").isEmpty());
        assertFalse(solidPath.hasAttribute("stroke-dasharray"));
        // and the legend shows the same: a dashed sample with a square
        Element legend = all(d).stream()
                .filter(e -> e.getAttribute("class").equals("legend"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, legend.getElementsByTagName("circle").getLength());
        assertEquals(1, legend.getElementsByTagName("rect").getLength());
        assertTrue(legend.getTextContent().contains("Left")
                && legend.getTextContent().contains("Right"));
    }

    @Test
    void aSeriesWithoutPointsIsLeftOutOfTheLegend() throws Exception {
        TrendChartSpec spec = new TrendChartSpec(
                "Strength",
                "N",
                0,
                300,
                List.of(
                        new ChartSeries("Left", List.of(), false),
                        new ChartSeries("Right", List.of(p(0, 120), p(21, 160)), true)),
                null,
                "%.0f",
                null);
        Document d = parse(TrendChart.svg(spec, "s"));
        Element legend = all(d).stream()
                .filter(e -> e.getAttribute("class").equals("legend"))
                .findFirst()
                .orElseThrow();
        assertEquals("Right", legend.getTextContent());
        assertTrue(TrendChart.textAlternative(spec).contains("Left: no values recorded."));

        TrendChartSpec none = new TrendChartSpec(
                "Strength", "N", 0, 300, List.of(new ChartSeries("Left", List.of(), false)), null, "%.0f", null);
        String svg = TrendChart.svg(none, "n");
        parse(svg);
        assertTrue(svg.contains("No values recorded"));
        assertEquals("No values recorded.", TrendChart.textAlternative(none));
    }

    @Test
    void normBandIsDrawnWhenGiven() throws Exception {
        Document with = parse(TrendChart.svg(spec(new NormBand(20, 30, "Norm 20–30°")), "w"));
        Element norm = all(with).stream()
                .filter(e -> e.getAttribute("class").equals("norm"))
                .findFirst()
                .orElseThrow();
        Element band = (Element) norm.getElementsByTagName("rect").item(0);
        double[] span = gridSpan(with); // 0..40
        double unit = (span[1] - span[0]) / 40;
        assertEquals(span[1] - 30 * unit, Double.parseDouble(band.getAttribute("y")), 0.11);
        assertEquals(10 * unit, Double.parseDouble(band.getAttribute("height")), 0.11);
        Element label = all(with).stream()
                .filter(e -> e.getAttribute("class").equals("norm-label"))
                .findFirst()
                .orElseThrow();
        assertTrue(label.getTextContent().contains("Norm 20–30°"));
        List<Element> order = all(with);
        assertTrue(
                order.indexOf(label) > order.indexOf(norm)
                        && order.stream()
                                .filter(e -> e.getTagName().equals("polyline")
                                        || e.getTagName().equals("path"))
                                .allMatch(e -> order.indexOf(e) < order.indexOf(label)),
                "the label is drawn after the band and the lines, so no line strikes it out");
        assertTrue(
                TrendChart.textAlternative(spec(new NormBand(20, 30, "Norm"))).contains("Shaded: Norm (20–30°)."));

        Document without = parse(TrendChart.svg(spec(null), "wo"));
        assertTrue(all(without).stream().noneMatch(e -> e.getAttribute("class").equals("norm")));
        // a band partly beyond the axis is cut at the axis
        Document partly = parse(TrendChart.svg(spec(new NormBand(30, 60, "")), "pb"));
        Element cut = (Element) all(partly).stream()
                .filter(e -> e.getAttribute("class").equals("norm"))
                .findFirst()
                .orElseThrow()
                .getElementsByTagName("rect")
                .item(0);
        assertEquals(span[0], Double.parseDouble(cut.getAttribute("y")), 0.11);
    }

    @Test
    void textAlternativeNamesFirstLastAndChange() {
        String text = TrendChart.textAlternative(pain());
        assertEquals(
                "Left: 7/10 on 3 Mar 2026 \u2192 2/10 on 14 Apr 2026, change \u22125 (4 assessments)."
                        + " Right: 6/10 on 3 Mar 2026 \u2192 3/10 on 14 Apr 2026, change \u22123 (4 assessments).",
                text);
        String rom = TrendChart.textAlternative(spec(null));
        assertTrue(rom.contains("Left: 12° on 3 Mar 2026 \u2192 24° on 14 Apr 2026, change +12°"), rom);
        TrendChartSpec force = new TrendChartSpec(
                "Knee extension",
                "N",
                0,
                300,
                List.of(new ChartSeries("Right", List.of(p(0, 150), p(7, 150)), false)),
                null,
                "%.0f",
                null);
        assertTrue(TrendChart.textAlternative(force)
                .contains("150 N on 3 Mar 2026 \u2192 150 N on 10 Mar 2026, no change"));
    }

    @Test
    void muscleGradesReadAsGrades() throws Exception {
        TrendChartSpec spec = mmt();
        String text = TrendChart.textAlternative(spec);
        assertTrue(
                text.contains("Right: 3 on 3 Mar 2026 \u2192 4+ on 14 Apr 2026, change +1\u2153 (4 assessments)."),
                text);
        assertTrue(text.contains("Left: 3\u2212 on 3 Mar 2026 \u2192 4 on 14 Apr 2026, change +1\u2153"), text);
        Document d = parse(TrendChart.svg(spec, "mmt"));
        Element axis = all(d).stream()
                .filter(e -> e.getAttribute("class").equals("y-axis"))
                .findFirst()
                .orElseThrow();
        List<String> labels = new ArrayList<>();
        NodeList texts = axis.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), labels);
        Element last = all(d).stream()
                .filter(e -> e.getAttribute("class").equals("last-values"))
                .findFirst()
                .orElseThrow();
        assertTrue(last.getTextContent().contains("4+"));
    }

    @Test
    void niceTicks() {
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), values(0, 10));
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0), values(0, 80));
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), values(0, 40));
        assertEquals(List.of(-10.0, 0.0, 10.0, 20.0, 30.0), values(-10, 30));
        for (double[] r :
                new double[][] {{0, 1}, {0, 7}, {0, 300}, {0, 45}, {0, 130}, {-5, 5}, {0.5, 3.7}, {0, 0.3}, {17, 19}}) {
            List<ChartScale.Tick> ticks =
                    ChartScale.yTicks(new TrendChartSpec("", "", r[0], r[1], List.of(), null, null, null));
            assertTrue(ticks.size() >= 4 && ticks.size() <= 6, Arrays.toString(r) + " " + ticks);
            assertTrue(ticks.stream().allMatch(t -> t.value() >= r[0] - 1e-9 && t.value() <= r[1] + 1e-9));
            assertEquals(
                    ticks.size(),
                    ticks.stream().map(ChartScale.Tick::label).distinct().count(),
                    ticks.toString());
        }
    }

    @Test
    void darkColoursAndReadableText() throws Exception {
        for (String c : TrendChart.PALETTE) {
            assertTrue(contrast(c) >= 4.5, c + " " + contrast(c));
        }
        for (String c : List.of(TrendChart.TEXT, TrendChart.MUTED_TEXT, TrendChart.AXIS, TrendChart.NORM_TEXT)) {
            assertTrue(contrast(c) >= 4.5, c);
        }
        Document d = parse(TrendChart.svg(spec(new NormBand(20, 30, "Norm")), "f"));
        assertTrue(d.getDocumentElement().getAttribute("font-family").contains("system-ui"));
        for (Element e : all(d)) {
            if (e.hasAttribute("font-size")) {
                assertTrue(Double.parseDouble(e.getAttribute("font-size")) >= 11, e.getTagName());
            }
        }
    }

    @Test
    void dateLabelsDoNotOverlapWithTwentyVisits() throws Exception {
        List<ChartPoint> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(p(i * 3 + (i % 4), 2 + i * 0.3));
        }
        TrendChartSpec spec =
                new TrendChartSpec("Pain", "", 0, 10, List.of(new ChartSeries("L", many, false)), null, "%.0f", null);
        Document d = parse(TrendChart.svg(spec, "d"));
        Element axis = all(d).stream()
                .filter(e -> e.getAttribute("class").equals("x-axis"))
                .findFirst()
                .orElseThrow();
        NodeList texts = axis.getElementsByTagName("text");
        assertTrue(texts.getLength() >= 3 && texts.getLength() < 20, "some labels, not all: " + texts.getLength());
        double prevRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            double x = Double.parseDouble(t.getAttribute("x"));
            double w = TextFit.textWidth(t.getTextContent(), TrendChart.TICK_SIZE);
            assertTrue(x - w / 2 > prevRight, "label " + i + " overlaps");
            prevRight = x + w / 2;
        }
        assertEquals("3 Mar 26", texts.item(0).getTextContent());
        assertNotNull(markers(d, "series-1").get(19));
    }

    @Test
    void unusableInputIsSkippedNotFatal() throws Exception {
        List<ChartPoint> points = new ArrayList<>(
                List.of(p(0, 4), new ChartPoint(null, 5), p(3, Double.NaN), p(5, Double.POSITIVE_INFINITY), p(9, 6)));
        points.add(null);
        TrendChartSpec spec = new TrendChartSpec(
                null,
                null,
                0,
                10,
                List.of(new ChartSeries(null, points, false)),
                null,
                "%d" /* wrong for a double: falls back */,
                null);
        String svg = TrendChart.svg(spec, null);
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
        Document d = parse(svg);
        assertEquals(2, markers(d, "series-1").size());
        assertTrue(d.getDocumentElement().getAttribute("aria-labelledby").startsWith("chart-"));
        assertEquals(
                "Values: 4 on 3 Mar 2026 → 6 on 12 Mar 2026, change +2 (2 assessments).",
                TrendChart.textAlternative(spec));
    }

    @Test
    void anEmptyOrUpsideDownAxisIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new TrendChartSpec("x", "", 5, 5, List.of(), null, null, null));
        assertThrows(
                IllegalArgumentException.class, () -> new TrendChartSpec("x", "", 5, 1, List.of(), null, null, null));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static TrendChartSpec spec(NormBand norm) {
        return new TrendChartSpec(
                "Hip extension",
                "°",
                0,
                40,
                List.of(
                        new ChartSeries("Left", List.of(p(0, 12), p(14, 15), p(28, 21), p(42, 24)), false),
                        new ChartSeries("Right", List.of(p(0, 22), p(14, 25), p(28, 24), p(42, 27)), true)),
                norm,
                "%.0f",
                null);
    }

    static TrendChartSpec mmt() {
        List<String> grades = List.of("0", "1", "2", "3", "4", "5");
        return new TrendChartSpec(
                "Hip abductors",
                "",
                0,
                5,
                List.of(
                        new ChartSeries("Left", List.of(p(0, 8 / 3.0), p(14, 3), p(28, 10 / 3.0), p(42, 4)), false),
                        new ChartSeries("Right", List.of(p(0, 3), p(14, 10 / 3.0), p(28, 4), p(42, 13 / 3.0)), true)),
                null,
                "%.2f",
                grades);
    }

    static List<Double> values(double lo, double hi) {
        return ChartScale.yTicks(new TrendChartSpec("", "", lo, hi, List.of(), null, null, null)).stream()
                .map(ChartScale.Tick::value)
                .toList();
    }

    static double contrast(String hex) {
        double l = 0;
        double[] w = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += w[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }

    static int count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
