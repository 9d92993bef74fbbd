package app.gaitway.assessments.charts;

import app.gaitway.assessments.charts.ChartScale.Plot;
import app.gaitway.assessments.charts.ChartScale.Tick;
import app.gaitway.assessments.charts.ChartScale.XScale;
import app.gaitway.shared.svg.Svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static app.gaitway.assessments.charts.ChartScale.SHORT_DATE;
import static app.gaitway.assessments.charts.TextFit.ellipsis;
import static app.gaitway.assessments.charts.TextFit.ellipsisToWidth;
import static app.gaitway.assessments.charts.TextFit.textWidth;
import static app.gaitway.assessments.charts.TrendChart.AXIS;
import static app.gaitway.assessments.charts.TrendChart.FONT;
import static app.gaitway.assessments.charts.TrendChart.GRID;
import static app.gaitway.assessments.charts.TrendChart.HEIGHT;
import static app.gaitway.assessments.charts.TrendChart.LABEL_SIZE;
import static app.gaitway.assessments.charts.TrendChart.MUTED_TEXT;
import static app.gaitway.assessments.charts.TrendChart.NORM_EDGE;
import static app.gaitway.assessments.charts.TrendChart.NORM_FILL;
import static app.gaitway.assessments.charts.TrendChart.NORM_TEXT;
import static app.gaitway.assessments.charts.TrendChart.PALETTE;
import static app.gaitway.assessments.charts.TrendChart.TEXT;
import static app.gaitway.assessments.charts.TrendChart.TICK_SIZE;
import static app.gaitway.assessments.charts.TrendChart.TITLE_SIZE;
import static app.gaitway.assessments.charts.TrendChart.WIDTH;
import static app.gaitway.assessments.charts.TrendChartText.LONG_DATE;

/**
 * Draws one chart, from the top down: the header (title and legend), then the plot area (norm band, value grid,
 * date axis, the series) and the last value of each series at its right end.
 */
final class TrendChartDrawing {

    private record Line(ChartSeries series, List<ChartPoint> points, String colour) {
        String name() {
            return series.label().isBlank() ? "Values" : series.label().strip();
        }
    }

    private record LegendItem(Line line, String label, double width) {}

    /** Where a series ends: the point its last-value label is written beside. */
    private record End(double x, double y, Line line) {}

    private final TrendChartSpec spec;
    private final String id;
    private final List<Line> lines = new ArrayList<>();
    private final Svg out = new Svg();

    TrendChartDrawing(TrendChartSpec spec, String id) {
        this.spec = spec;
        this.id = id;
        for (int i = 0; i < spec.series().size(); i++) {
            // colour by position in the spec, so "Right" keeps its colour on a chart where "Left" has no values
            ChartSeries s = spec.series().get(i);
            List<ChartPoint> points = TrendChart.drawable(s);
            if (!points.isEmpty()) {
                lines.add(new Line(s, points, PALETTE.get(i % PALETTE.size())));
            }
        }
    }

    String svg() {
        out.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "role",
                "img",
                "aria-labelledby",
                id + "-title " + id + "-desc",
                "class",
                "trend-chart",
                "font-family",
                FONT,
                "font-size",
                TICK_SIZE,
                "fill",
                TEXT);
        out.text("title", spec.title(), "id", id + "-title");
        out.text("desc", TrendChartText.alternative(spec), "id", id + "-desc");
        out.empty("rect", "width", WIDTH, "height", HEIGHT, "fill", "#ffffff");
        boolean legendBeside = header();

        List<Tick> ticks = ChartScale.yTicks(spec);
        double tickWidth = ticks.stream()
                .mapToDouble(t -> textWidth(t.label(), TICK_SIZE))
                .max()
                .orElse(0);
        double plotLeft = Math.max(34, 10 + tickWidth + 8);
        Map<Line, String> lastLabels = new LinkedHashMap<>();
        double lastLabelWidth = 0;
        for (Line l : lines) {
            String label = TrendChartText.format(
                    spec, l.points().get(l.points().size() - 1).value());
            lastLabels.put(l, label);
            lastLabelWidth = Math.max(lastLabelWidth, textWidth(label, LABEL_SIZE) + 1);
        }
        double plotRight = WIDTH - Math.max(16, lastLabelWidth + 16);
        Plot plot = new Plot(plotLeft, plotRight, legendBeside ? 42 : 64, HEIGHT - 36, spec.yMin(), spec.yMax());

        normBand(plot); // under everything else
        valueAxis(plot, ticks);
        // x positions: by date, same-day points spread evenly, a single date centred
        XScale xs = new XScale(lines.stream().map(Line::points).toList(), plot.left() + 16, plot.right() - 16);
        dateAxis(plot, xs);
        if (lines.isEmpty()) {
            out.text(
                    "text",
                    "No values recorded",
                    "x",
                    (plot.left() + plot.right()) / 2,
                    "y",
                    (plot.top() + plot.bottom()) / 2 + 5,
                    "text-anchor",
                    "middle",
                    "font-size",
                    LABEL_SIZE,
                    "fill",
                    MUTED_TEXT);
        }
        List<End> ends = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ends.add(series(i, plot, xs));
        }
        lastValues(ends, lastLabels);
        normLabel(plot); // over the lines, haloed, so a line through the band does not strike it out
        out.close("svg");
        return out.toString();
    }

    /** Title (and unit) on the left, legend to the right or, when the title needs the room, on a second row. */
    private boolean header() {
        String heading = spec.title().strip()
                + (spec.unit().isBlank() ? "" : " (" + spec.unit().strip() + ")");
        List<LegendItem> legend = new ArrayList<>();
        double legendWidth = 0;
        for (Line l : lines) {
            String label = ellipsis(l.name(), 28);
            double w = 30 + 6 + textWidth(label, LABEL_SIZE);
            legend.add(new LegendItem(l, label, w));
            legendWidth += w + (legendWidth > 0 ? 14 : 0);
        }
        double headingRoom = WIDTH - 20 - (legendWidth > 0 ? legendWidth + 24 : 0);
        boolean legendBeside = legendWidth == 0 || textWidth(heading, TITLE_SIZE * 1.1) <= headingRoom;
        heading = ellipsisToWidth(heading, TITLE_SIZE * 1.1, legendBeside ? headingRoom : WIDTH - 20);
        out.text("text", heading, "x", 10, "y", 21, "font-size", TITLE_SIZE, "font-weight", "bold");
        double legendY = legendBeside ? 16 : 42;
        double lx = legendBeside ? WIDTH - 10 - legendWidth : 10;
        if (!legendBeside && legendWidth > WIDTH - 20) {
            lx = 10; // squeezed: items may run off the right edge only with absurd labels, which are truncated above
        }
        out.open("g", "class", "legend", "font-size", LABEL_SIZE);
        for (LegendItem item : legend) {
            out.empty(
                    "line",
                    with(new Object[] {"x1", lx, "y1", legendY, "x2", lx + 30, "y2", legendY}, stroke(item.line())));
            marker(item.line(), lx + 15, legendY, null);
            out.text("text", item.label(), "x", lx + 36, "y", legendY + 4.5);
            lx += item.width() + 14;
        }
        out.close("g");
        return legendBeside;
    }

    /** Where the norm band lies on the plot, cut at the axis; empty when there is none or it is off the axis. */
    private Optional<BandEdges> bandEdges(Plot plot) {
        if (spec.norm() == null) {
            return Optional.empty();
        }
        double lo = Math.max(spec.norm().low(), spec.yMin());
        double hi = Math.min(spec.norm().high(), spec.yMax());
        if (lo > hi) {
            return Optional.empty();
        }
        double top = plot.y(hi);
        double bottom = plot.y(lo);
        return Optional.of(new BandEdges(top, bottom, Math.max(bottom - top, 2)));
    }

    /** The band's top and bottom in pixels, and its drawn height (at least 2, so a one-value band shows). */
    private record BandEdges(double top, double bottom, double h) {}

    private void normBand(Plot plot) {
        Optional<BandEdges> edges = bandEdges(plot);
        if (edges.isEmpty()) {
            return;
        }
        double top = edges.get().top();
        double bottom = edges.get().bottom();
        double h = edges.get().h();
        out.open("g", "class", "norm");
        out.empty(
                "rect",
                "x",
                plot.left(),
                "y",
                h > bottom - top ? top - 1 : top,
                "width",
                plot.right() - plot.left(),
                "height",
                h,
                "fill",
                NORM_FILL);
        for (double edge : new double[] {top, bottom}) {
            out.empty(
                    "line",
                    "x1",
                    plot.left(),
                    "y1",
                    edge,
                    "x2",
                    plot.right(),
                    "y2",
                    edge,
                    "stroke",
                    NORM_EDGE,
                    "stroke-width",
                    1,
                    "stroke-dasharray",
                    "2 3");
        }
        out.close("g");
    }

    /** The norm band's name at its top left: inside the band when it is tall enough, else just above or below it. */
    private void normLabel(Plot plot) {
        Optional<BandEdges> edges = bandEdges(plot);
        if (edges.isEmpty() || spec.norm().label().isBlank()) {
            return;
        }
        double top = edges.get().top();
        double bottom = edges.get().bottom();
        double h = edges.get().h();
        double ty = h >= LABEL_SIZE + 6
                ? top + LABEL_SIZE + 1
                : top - 4 - LABEL_SIZE > plot.top() - 4 ? top - 4 : bottom + LABEL_SIZE + 2;
        out.open("g", "class", "norm-label");
        out.text(
                "text",
                ellipsisToWidth(spec.norm().label().strip(), LABEL_SIZE - 1, plot.right() - plot.left() - 12),
                "x",
                plot.left() + 6,
                "y",
                ty,
                "font-size",
                LABEL_SIZE - 1,
                "fill",
                NORM_TEXT,
                "stroke",
                "#ffffff",
                "stroke-width",
                3,
                "stroke-linejoin",
                "round",
                "paint-order",
                "stroke");
        out.close("g");
    }

    /** The value grid with its tick labels, and the axis line at the bottom. */
    private void valueAxis(Plot plot, List<Tick> ticks) {
        out.open("g", "class", "y-axis", "fill", MUTED_TEXT, "text-anchor", "end");
        for (Tick t : ticks) {
            double y = plot.y(t.value());
            out.empty(
                    "line", "x1", plot.left(), "y1", y, "x2", plot.right(), "y2", y, "stroke", GRID, "stroke-width", 1);
            out.text("text", t.label(), "x", plot.left() - 8, "y", y + 4);
        }
        out.close("g");
        out.empty(
                "line",
                "x1",
                plot.left(),
                "y1",
                plot.bottom(),
                "x2",
                plot.right(),
                "y2",
                plot.bottom(),
                "stroke",
                AXIS,
                "stroke-width",
                1);
    }

    /** A tick under every point, and the dates that fit as labels. */
    private void dateAxis(Plot plot, XScale xs) {
        out.open("g", "class", "x-axis", "fill", MUTED_TEXT, "text-anchor", "middle");
        List<LocalDate> dates = xs.dates();
        for (LocalDate d : dates) {
            for (int j = 0; j < xs.count(d); j++) {
                double x = xs.x(d, j);
                out.empty(
                        "line",
                        "x1",
                        x,
                        "y1",
                        plot.bottom(),
                        "x2",
                        x,
                        "y2",
                        plot.bottom() + 5,
                        "stroke",
                        AXIS,
                        "stroke-width",
                        1);
            }
        }
        for (Map.Entry<LocalDate, Double> e : ChartScale.dateLabels(dates, xs).entrySet()) {
            out.text("text", SHORT_DATE.format(e.getKey()), "x", e.getValue(), "y", plot.bottom() + 23);
        }
        out.close("g");
    }

    /** One series: its line, its markers, and an arrow for each value beyond the axis; where it ends. */
    private End series(int index, Plot plot, XScale xs) {
        Line l = lines.get(index);
        out.open("g", "class", "series series-" + (index + 1), "fill", l.colour());
        StringBuilder d = new StringBuilder();
        Map<LocalDate, Integer> seen = new TreeMap<>();
        List<double[]> xy = new ArrayList<>();
        for (ChartPoint p : l.points()) {
            int j = seen.merge(p.date(), 1, Integer::sum) - 1;
            double x = xs.x(p.date(), j);
            double y = plot.y(clamp(p.value(), spec.yMin(), spec.yMax()));
            xy.add(new double[] {x, y});
            d.append(d.length() == 0 ? "M" : " L")
                    .append(Svg.num(x))
                    .append(' ')
                    .append(Svg.num(y));
        }
        if (l.points().size() > 1) {
            out.empty("path", with(new Object[] {"d", d.toString(), "fill", "none"}, stroke(l), new Object[] {
                "stroke-linejoin", "round", "stroke-linecap", "round"
            }));
        }
        for (int k = 0; k < l.points().size(); k++) {
            ChartPoint p = l.points().get(k);
            double x = xy.get(k)[0];
            double y = xy.get(k)[1];
            boolean above = p.value() > spec.yMax();
            boolean below = p.value() < spec.yMin();
            String tip = l.name() + ", " + LONG_DATE.format(p.date()) + ": " + TrendChartText.withUnit(spec, p.value())
                    + (above
                            ? " (above the chart, drawn at its top)"
                            : below ? " (below the chart, drawn at its bottom)" : "");
            if (above || below) {
                double tipY = above ? plot.top() - 6 : plot.bottom() + 6; // clear of the marker (radius 4.5)
                double dir = above ? -1 : 1;
                out.empty(
                        "path",
                        "class",
                        "beyond",
                        "d",
                        "M" + Svg.num(x - 4.5) + " " + Svg.num(tipY) + " L" + Svg.num(x + 4.5) + " " + Svg.num(tipY)
                                + " L" + Svg.num(x) + " " + Svg.num(tipY + dir * 6) + " Z",
                        "fill",
                        l.colour());
            }
            marker(l, x, y, tip);
        }
        out.close("g");
        double[] last = xy.get(xy.size() - 1);
        return new End(last[0], last[1], l);
    }

    /** The last value of each series beside its end, nudged apart when close. */
    private void lastValues(List<End> ends, Map<Line, String> labels) {
        List<End> sorted = new ArrayList<>(ends);
        sorted.sort(Comparator.comparingDouble(End::y));
        double[] labelY = new double[sorted.size()];
        for (int k = 0; k < sorted.size(); k++) {
            labelY[k] = sorted.get(k).y() + 4.5;
            if (k > 0 && labelY[k] - labelY[k - 1] < LABEL_SIZE + 2) {
                labelY[k] = labelY[k - 1] + LABEL_SIZE + 2;
            }
        }
        double overflow = sorted.isEmpty() ? 0 : labelY[sorted.size() - 1] - (HEIGHT - 24);
        for (int k = sorted.size() - 1; k >= 0 && overflow > 0; k--) {
            labelY[k] -= overflow; // pushed past the bottom: shift the stack up, keeping the spacing
        }
        out.open("g", "class", "last-values", "font-size", LABEL_SIZE, "font-weight", "bold");
        for (int k = 0; k < sorted.size(); k++) {
            End e = sorted.get(k);
            out.text(
                    "text",
                    labels.get(e.line()),
                    "x",
                    e.x() + 9,
                    "y",
                    labelY[k],
                    "fill",
                    e.line().colour());
        }
        out.close("g");
    }

    /** A series' stroke: its colour, and dashes for the second style. */
    private static Object[] stroke(Line l) {
        return l.series().dashed()
                ? new Object[] {"stroke", l.colour(), "stroke-width", 2.5, "stroke-dasharray", "7 4"}
                : new Object[] {"stroke", l.colour(), "stroke-width", 2.5};
    }

    /** Solid series: filled circle. Dashed series: open square (white inside), so the two differ without colour. */
    private void marker(Line l, double x, double y, String tip) {
        String name = l.series().dashed() ? "rect" : "circle";
        Object[] attrs = l.series().dashed()
                ? new Object[] {
                    "class",
                    "marker square",
                    "x",
                    x - 4.5,
                    "y",
                    y - 4.5,
                    "width",
                    9,
                    "height",
                    9,
                    "fill",
                    "#ffffff",
                    "stroke",
                    l.colour(),
                    "stroke-width",
                    2
                }
                : new Object[] {
                    "class",
                    "marker circle",
                    "cx",
                    x,
                    "cy",
                    y,
                    "r",
                    4.5,
                    "fill",
                    l.colour(),
                    "stroke",
                    "#ffffff",
                    "stroke-width",
                    1
                };
        if (tip == null) {
            out.empty(name, attrs);
        } else {
            out.open(name, attrs).text("title", tip).close(name);
        }
    }

    private static Object[] with(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
