package app.gaitway.assessments.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a trend across visits as one self-contained SVG element, on the server, for screen and print.
 *
 * <p>The SVG uses presentation attributes only (no {@code style}, no {@code <style>}: the Content-Security-Policy
 * forbids inline styles), has no scripts and no external references, and carries its own {@code <title>} and
 * {@code <desc>}. Series differ by line style and marker shape (solid with circles, dashed with squares) as well as by
 * colour, so they stay apart on a black-and-white print. All colours used for lines and text have at least 4.5:1
 * contrast on white. The page sizes the chart with its stylesheet (the SVG has a viewBox but no width or height).
 */
public final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;

    static final String FONT = "system-ui, sans-serif";
    static final String TEXT = "#1f1f1f";
    static final String MUTED_TEXT = "#4d4d4d";
    static final String AXIS = "#595959";
    static final String GRID = "#e0e0e0";
    static final String NORM_FILL = "#e2f0e2";
    static final String NORM_EDGE = "#5b8a5b";
    static final String NORM_TEXT = "#2a5a2a";
    /** Dark colours, each at least 4.5:1 on white; the series' line style and marker carry the difference too. */
    static final List<String> PALETTE = List.of("#1a4f9c", "#a33c00", "#1e6b3a", "#6f2f8f");

    static final int TITLE_SIZE = 16;
    static final int LABEL_SIZE = 14;
    static final int TICK_SIZE = 13;

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final char MINUS = '\u2212';

    private TrendChart() {
    }

    // ------------------------------------------------------------------------------------------------- text

    /**
     * Sentences describing each series: first and last value with their dates and the change, e.g. "Right: 3 on 3 Mar
     * 2026 → 4+ on 14 Apr 2026, change +1⅓ (4 assessments)." Values outside the axis are named, since the chart draws
     * them at its edge. The title is not repeated: the caller shows it.
     */
    public static String textAlternative(TrendChartSpec spec) {
        List<String> sentences = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (ChartSeries s : spec.series()) {
            List<ChartPoint> points = drawable(s);
            String name = s.label().isBlank() ? "Values" : s.label().strip();
            if (points.isEmpty()) {
                sentences.add(name + ": no values recorded.");
                continue;
            }
            ChartPoint first = points.get(0);
            ChartPoint last = points.get(points.size() - 1);
            if (points.size() == 1) {
                sentences.add(name + ": " + withUnit(spec, first.value()) + " on " + LONG_DATE.format(first.date())
                        + " (one assessment).");
            } else {
                sentences.add(name + ": " + withUnit(spec, first.value()) + " on " + LONG_DATE.format(first.date())
                        + " \u2192 " + withUnit(spec, last.value()) + " on " + LONG_DATE.format(last.date())
                        + ", " + change(spec, last.value() - first.value()) + " (" + points.size() + " assessments).");
            }
            for (ChartPoint p : points) {
                if (p.value() > spec.yMax() || p.value() < spec.yMin()) {
                    outside.add(name + " " + withUnit(spec, p.value()) + " on " + LONG_DATE.format(p.date()));
                }
            }
        }
        if (sentences.isEmpty() || spec.series().stream().allMatch(s -> drawable(s).isEmpty())) {
            return "No values recorded.";
        }
        if (!outside.isEmpty()) {
            sentences.add("Outside the chart's range of " + format(spec, spec.yMin()) + " to " + withUnit(spec, spec.yMax())
                    + ", drawn at its edge: " + String.join("; ", outside) + ".");
        }
        if (spec.norm() != null) {
            String label = spec.norm().label().isBlank() ? "Norm" : spec.norm().label().strip();
            String low = format(spec, spec.norm().low());
            String high = format(spec, spec.norm().high());
            boolean saysRange = label.contains(low) && label.contains(high);
            sentences.add("Shaded: " + label + (saysRange ? "" : " (" + low + "\u2013" + withUnit(spec, spec.norm().high()) + ")") + ".");
        }
        return String.join(" ", sentences);
    }

    /** One value as the chart writes it: a grade label ("4+") when the spec has tick labels, else the format. */
    static String format(TrendChartSpec spec, double value) {
        List<String> labels = spec.yTickLabels();
        if (labels != null) {
            long whole = Math.round(value);
            double thirds = (value - whole) * 3;
            String suffix = Math.abs(value - whole) < 1e-6 ? ""
                    : Math.abs(thirds - 1) < 0.05 ? "+"
                    : Math.abs(thirds + 1) < 0.05 ? String.valueOf(MINUS)
                    : null;
            if (suffix != null && whole >= 0 && whole < labels.size() && labels.get((int) whole) != null
                    && !labels.get((int) whole).isBlank()) {
                return labels.get((int) whole).strip() + suffix;
            }
        }
        return number(spec.valueFormat(), value);
    }

    private static String number(String pattern, double value) {
        String text = null;
        if (pattern != null && !pattern.isBlank()) {
            try {
                text = String.format(Locale.ROOT, pattern, value);
            } catch (IllegalFormatException e) {
                text = null; // a bad pattern falls back to the default rather than breaking the page
            }
        }
        if (text == null) {
            text = String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
        }
        if (text.matches("-0*\\.?0*")) {
            text = text.substring(1); // no "-0"
        }
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    private static String withUnit(TrendChartSpec spec, double value) {
        String unit = spec.unit().strip();
        if (unit.isEmpty()) {
            return format(spec, value);
        }
        boolean tight = unit.startsWith("°") || unit.startsWith("%") || unit.startsWith("/");
        return format(spec, value) + (tight ? "" : " ") + unit;
    }

    private static String change(TrendChartSpec spec, double delta) {
        if (spec.yTickLabels() != null) {
            double thirds = delta * 3;
            long n = Math.round(thirds);
            if (Math.abs(thirds - n) < 0.05) {
                if (n == 0) {
                    return "no change";
                }
                long whole = Math.abs(n) / 3;
                long rest = Math.abs(n) % 3;
                return "change " + (n > 0 ? "+" : String.valueOf(MINUS)) + (whole > 0 || rest == 0 ? whole : "")
                        + (rest == 1 ? "\u2153" : rest == 2 ? "\u2154" : "");
            }
        }
        String magnitude = number(spec.valueFormat(), Math.abs(delta));
        if (magnitude.matches("0*\\.?0*")) {
            return "no change";
        }
        String unit = spec.unit().strip();
        boolean tight = unit.startsWith("°") || unit.startsWith("%") || unit.startsWith("/");
        String suffix = unit.isEmpty() || unit.startsWith("/") ? "" : (tight ? "" : " ") + unit;
        return "change " + (delta > 0 ? "+" : String.valueOf(MINUS)) + magnitude + suffix;
    }

    // ------------------------------------------------------------------------------------------------- SVG

    /**
     * The chart as one {@code <svg>} element, viewBox 0 0 640 260. {@code idPrefix} makes its ids unique on the page
     * (characters that cannot be in an XML id are replaced).
     */
    public static String svg(TrendChartSpec spec, String idPrefix) {
        String id = safeId(idPrefix);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            // colour by position in the spec, so "Right" keeps its colour on a chart where "Left" has no values
            ChartSeries s = spec.series().get(i);
            List<ChartPoint> points = drawable(s);
            if (!points.isEmpty()) {
                lines.add(new Line(s, points, PALETTE.get(i % PALETTE.size())));
            }
        }

        Svg out = new Svg();
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\"")
                .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc")
                .attr("class", "trend-chart").attr("font-family", FONT).attr("font-size", TICK_SIZE)
                .attr("fill", TEXT).raw(">");
        out.raw("<title").attr("id", id + "-title").raw(">").text(spec.title()).raw("</title>");
        out.raw("<desc").attr("id", id + "-desc").raw(">").text(textAlternative(spec)).raw("</desc>");
        out.raw("<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" fill=\"#ffffff\"/>");

        // ---- header: title (and unit) on the left, legend to the right or on a second row
        String heading = spec.title().strip() + (spec.unit().isBlank() ? "" : " (" + spec.unit().strip() + ")");
        List<LegendItem> legend = new ArrayList<>();
        double legendWidth = 0;
        for (Line l : lines) {
            String label = ellipsis(l.series.label().isBlank() ? "Values" : l.series.label().strip(), 28);
            double w = 30 + 6 + textWidth(label, LABEL_SIZE);
            legend.add(new LegendItem(l, label, w));
            legendWidth += w + (legendWidth > 0 ? 14 : 0);
        }
        double headingRoom = WIDTH - 20 - (legendWidth > 0 ? legendWidth + 24 : 0);
        boolean legendBeside = legendWidth == 0 || textWidth(heading, TITLE_SIZE * 1.1) <= headingRoom;
        heading = ellipsisToWidth(heading, TITLE_SIZE * 1.1, legendBeside ? headingRoom : WIDTH - 20);
        out.raw("<text x=\"10\" y=\"21\"").attr("font-size", TITLE_SIZE).attr("font-weight", "bold").raw(">")
                .text(heading).raw("</text>");
        double legendY = legendBeside ? 16 : 42;
        double lx = legendBeside ? WIDTH - 10 - legendWidth : 10;
        if (!legendBeside && legendWidth > WIDTH - 20) {
            lx = 10; // squeezed: items may run off the right edge only with absurd labels, which are truncated above
        }
        out.raw("<g class=\"legend\"").attr("font-size", LABEL_SIZE).raw(">");
        for (LegendItem item : legend) {
            out.raw("<line").attr("x1", lx).attr("y1", legendY).attr("x2", lx + 30).attr("y2", legendY);
            lineAttrs(out, item.line).raw("/>");
            marker(out, item.line, lx + 15, legendY, null);
            out.raw("<text").attr("x", lx + 36).attr("y", legendY + 4.5).raw(">").text(item.label).raw("</text>");
            lx += item.width + 14;
        }
        out.raw("</g>");

        // ---- plot area
        List<Tick> ticks = yTicks(spec);
        double tickWidth = ticks.stream().mapToDouble(t -> textWidth(t.label, TICK_SIZE)).max().orElse(0);
        double plotLeft = Math.max(34, 10 + tickWidth + 8);
        Map<Line, String> lastLabels = new LinkedHashMap<>();
        double lastLabelWidth = 0;
        for (Line l : lines) {
            String label = format(spec, l.points.get(l.points.size() - 1).value());
            lastLabels.put(l, label);
            lastLabelWidth = Math.max(lastLabelWidth, textWidth(label, LABEL_SIZE) + 1);
        }
        double plotRight = WIDTH - Math.max(16, lastLabelWidth + 16);
        double plotTop = legendBeside ? 42 : 64;
        double plotBottom = HEIGHT - 36;
        Plot plot = new Plot(plotLeft, plotRight, plotTop, plotBottom, spec.yMin(), spec.yMax());

        // norm band under everything else
        if (spec.norm() != null) {
            double lo = Math.max(spec.norm().low(), spec.yMin());
            double hi = Math.min(spec.norm().high(), spec.yMax());
            if (lo <= hi) {
                double top = plot.y(hi);
                double bottom = plot.y(lo);
                double h = Math.max(bottom - top, 2);
                out.raw("<g class=\"norm\">");
                out.raw("<rect").attr("x", plotLeft).attr("y", h > bottom - top ? top - 1 : top)
                        .attr("width", plotRight - plotLeft).attr("height", h).attr("fill", NORM_FILL).raw("/>");
                for (double edge : new double[]{top, bottom}) {
                    out.raw("<line").attr("x1", plotLeft).attr("y1", edge).attr("x2", plotRight).attr("y2", edge)
                            .attr("stroke", NORM_EDGE).attr("stroke-width", 1).attr("stroke-dasharray", "2 3").raw("/>");
                }
                String label = spec.norm().label().strip();
                if (!label.isEmpty()) {
                    double ty = h >= LABEL_SIZE + 6 ? top + LABEL_SIZE + 1
                            : top - 4 - LABEL_SIZE > plotTop - 4 ? top - 4 : bottom + LABEL_SIZE + 2;
                    out.raw("<text").attr("x", plotLeft + 6).attr("y", ty).attr("font-size", LABEL_SIZE - 1)
                            .attr("fill", NORM_TEXT).raw(">")
                            .text(ellipsisToWidth(label, LABEL_SIZE - 1, plotRight - plotLeft - 12)).raw("</text>");
                }
                out.raw("</g>");
            }
        }

        // y grid and tick labels
        out.raw("<g class=\"y-axis\"").attr("fill", MUTED_TEXT).attr("text-anchor", "end").raw(">");
        for (Tick t : ticks) {
            double y = plot.y(t.value);
            out.raw("<line").attr("x1", plotLeft).attr("y1", y).attr("x2", plotRight).attr("y2", y)
                    .attr("stroke", GRID).attr("stroke-width", 1).raw("/>");
            out.raw("<text").attr("x", plotLeft - 8).attr("y", y + 4).raw(">").text(t.label).raw("</text>");
        }
        out.raw("</g>");
        out.raw("<line").attr("x1", plotLeft).attr("y1", plotBottom).attr("x2", plotRight).attr("y2", plotBottom)
                .attr("stroke", AXIS).attr("stroke-width", 1).raw("/>");

        // x positions: by date, same-day points spread evenly, a single date centred
        XScale xs = new XScale(lines, plotLeft + 16, plotRight - 16);
        out.raw("<g class=\"x-axis\"").attr("fill", MUTED_TEXT).attr("text-anchor", "middle").raw(">");
        List<LocalDate> dates = xs.dates();
        Map<LocalDate, Double> labelled = dateLabels(dates, xs);
        for (LocalDate d : dates) {
            for (int j = 0; j < xs.count(d); j++) {
                double x = xs.x(d, j);
                out.raw("<line").attr("x1", x).attr("y1", plotBottom).attr("x2", x).attr("y2", plotBottom + 5)
                        .attr("stroke", AXIS).attr("stroke-width", 1).raw("/>");
            }
        }
        for (Map.Entry<LocalDate, Double> e : labelled.entrySet()) {
            out.raw("<text").attr("x", e.getValue()).attr("y", plotBottom + 23).raw(">")
                    .text(SHORT_DATE.format(e.getKey())).raw("</text>");
        }
        out.raw("</g>");

        if (lines.isEmpty()) {
            out.raw("<text").attr("x", (plotLeft + plotRight) / 2).attr("y", (plotTop + plotBottom) / 2 + 5)
                    .attr("text-anchor", "middle").attr("font-size", LABEL_SIZE).attr("fill", MUTED_TEXT).raw(">")
                    .text("No values recorded").raw("</text>");
        }

        // series: line, markers, arrows for values beyond the axis
        List<double[]> ends = new ArrayList<>(); // x, y, line index
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String name = l.series.label().isBlank() ? "Values" : l.series.label().strip();
            out.raw("<g").attr("class", "series series-" + (i + 1)).attr("fill", l.colour).raw(">");
            StringBuilder d = new StringBuilder();
            Map<LocalDate, Integer> seen = new TreeMap<>();
            List<double[]> xy = new ArrayList<>();
            for (ChartPoint p : l.points) {
                int j = seen.merge(p.date(), 1, Integer::sum) - 1;
                double x = xs.x(p.date(), j);
                double y = plot.y(clamp(p.value(), spec.yMin(), spec.yMax()));
                xy.add(new double[]{x, y});
                d.append(d.length() == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
            }
            if (l.points.size() > 1) {
                out.raw("<path").attr("d", d.toString()).attr("fill", "none");
                lineAttrs(out, l).attr("stroke-linejoin", "round").attr("stroke-linecap", "round").raw("/>");
            }
            for (int k = 0; k < l.points.size(); k++) {
                ChartPoint p = l.points.get(k);
                double x = xy.get(k)[0];
                double y = xy.get(k)[1];
                boolean above = p.value() > spec.yMax();
                boolean below = p.value() < spec.yMin();
                String tip = name + ", " + LONG_DATE.format(p.date()) + ": " + withUnit(spec, p.value())
                        + (above ? " (above the chart, drawn at its top)" : below ? " (below the chart, drawn at its bottom)" : "");
                if (above || below) {
                    double tipY = above ? plotTop - 6 : plotBottom + 6; // clear of the marker (radius 4.5)
                    double dir = above ? -1 : 1;
                    out.raw("<path").attr("class", "beyond")
                            .attr("d", "M" + num(x - 4.5) + " " + num(tipY) + " L" + num(x + 4.5) + " " + num(tipY)
                                    + " L" + num(x) + " " + num(tipY + dir * 6) + " Z")
                            .attr("fill", l.colour).raw("/>");
                }
                marker(out, l, x, y, tip);
            }
            out.raw("</g>");
            double[] last = xy.get(xy.size() - 1);
            ends.add(new double[]{last[0], last[1], i});
        }

        // last values, nudged apart when close
        ends.sort(Comparator.comparingDouble(e -> e[1]));
        double[] labelY = new double[ends.size()];
        for (int k = 0; k < ends.size(); k++) {
            labelY[k] = ends.get(k)[1] + 4.5;
            if (k > 0 && labelY[k] - labelY[k - 1] < LABEL_SIZE + 2) {
                labelY[k] = labelY[k - 1] + LABEL_SIZE + 2;
            }
        }
        double overflow = ends.isEmpty() ? 0 : labelY[ends.size() - 1] - (HEIGHT - 24);
        for (int k = ends.size() - 1; k >= 0 && overflow > 0; k--) {
            labelY[k] -= overflow; // pushed past the bottom: shift the stack up, keeping the spacing
        }
        out.raw("<g class=\"last-values\"").attr("font-size", LABEL_SIZE).attr("font-weight", "bold").raw(">");
        for (int k = 0; k < ends.size(); k++) {
            Line l = lines.get((int) ends.get(k)[2]);
            out.raw("<text").attr("x", ends.get(k)[0] + 9).attr("y", labelY[k]).attr("fill", l.colour).raw(">")
                    .text(lastLabels.get(l)).raw("</text>");
        }
        out.raw("</g>");
        out.raw("</svg>");
        return out.toString();
    }

    /**
     * Which dates get a label: every k-th visit from the first, for the smallest k whose labels do not overlap, and the
     * last visit too when it fits (it replaces the label before it if needed). Values are the label's centre.
     */
    private static Map<LocalDate, Double> dateLabels(List<LocalDate> dates, XScale xs) {
        int n = dates.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) {
            double w = textWidth(SHORT_DATE.format(dates.get(i)), TICK_SIZE);
            centre[i] = Math.min(Math.max(xs.centre(dates.get(i)), 4 + w / 2), WIDTH - 4 - w / 2);
            lo[i] = centre[i] - w / 2 - 6;
            hi[i] = centre[i] + w / 2 + 6;
        }
        for (int k = 1; k <= Math.max(1, n); k++) {
            List<Integer> picks = new ArrayList<>();
            for (int i = 0; i < n; i += k) {
                picks.add(i);
            }
            if (n > 1 && picks.get(picks.size() - 1) != n - 1) {
                if (picks.size() > 1 && hi[picks.get(picks.size() - 1)] > lo[n - 1]) {
                    picks.remove(picks.size() - 1);
                }
                picks.add(n - 1);
            }
            boolean apart = true;
            for (int i = 1; i < picks.size() && apart; i++) {
                apart = hi[picks.get(i - 1)] <= lo[picks.get(i)];
            }
            if (apart || k == n) {
                Map<LocalDate, Double> out = new TreeMap<>();
                for (int i : picks) {
                    if (!apart && i != 0) {
                        continue; // nothing fits (all visits within a few days): the first date alone
                    }
                    out.put(dates.get(i), centre[i]);
                }
                return out;
            }
        }
        return new TreeMap<>();
    }

    private static Svg lineAttrs(Svg out, Line l) {
        out.attr("stroke", l.colour).attr("stroke-width", 2.5);
        if (l.series.dashed()) {
            out.attr("stroke-dasharray", "7 4");
        }
        return out;
    }

    /** Solid series: filled circle. Dashed series: open square (white inside), so the two differ without colour. */
    private static void marker(Svg out, Line l, double x, double y, String tip) {
        if (l.series.dashed()) {
            out.raw("<rect").attr("class", "marker square").attr("x", x - 4.5).attr("y", y - 4.5).attr("width", 9)
                    .attr("height", 9).attr("fill", "#ffffff").attr("stroke", l.colour).attr("stroke-width", 2);
        } else {
            out.raw("<circle").attr("class", "marker circle").attr("cx", x).attr("cy", y).attr("r", 4.5)
                    .attr("fill", l.colour).attr("stroke", "#ffffff").attr("stroke-width", 1);
        }
        if (tip == null) {
            out.raw("/>");
        } else {
            out.raw("><title>").text(tip).raw("</title>").raw(l.series.dashed() ? "</rect>" : "</circle>");
        }
    }

    // ------------------------------------------------------------------------------------------------- scales

    record Tick(double value, String label) {
    }

    /** Custom labels at whole values, or 4 to 6 round numbers. */
    static List<Tick> yTicks(TrendChartSpec spec) {
        double lo = spec.yMin();
        double hi = spec.yMax();
        List<Tick> ticks = new ArrayList<>();
        if (spec.yTickLabels() != null) {
            for (long v = (long) Math.ceil(lo); v <= Math.floor(hi) && v < spec.yTickLabels().size(); v++) {
                String label = v >= 0 ? spec.yTickLabels().get((int) v) : null;
                if (label != null && !label.isBlank()) {
                    ticks.add(new Tick(v, label.strip()));
                }
            }
            if (!ticks.isEmpty()) {
                return ticks;
            }
        }
        double range = hi - lo;
        double best = Double.NaN;
        double bestScore = Double.NEGATIVE_INFINITY;
        int exp = (int) Math.floor(Math.log10(range));
        for (int e = exp - 2; e <= exp + 1; e++) {
            for (double m : new double[]{1, 2, 2.5, 5}) {
                double step = m * Math.pow(10, e);
                long first = (long) Math.ceil(lo / step - 1e-9);
                long last = (long) Math.floor(hi / step + 1e-9);
                long count = last - first + 1;
                if (count < 4 || count > 6) {
                    continue;
                }
                double score = 0;
                if (Math.abs(first * step - lo) < step * 1e-6) {
                    score += 2;
                }
                if (Math.abs(last * step - hi) < step * 1e-6) {
                    score += 2;
                }
                score -= Math.abs(count - 5.5) * 0.5;
                if (m == 2.5) {
                    score -= 1;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = step;
                }
            }
        }
        if (Double.isNaN(best)) {
            for (int k = 0; k <= 4; k++) {
                double v = lo + range * k / 4;
                ticks.add(new Tick(v, number("%.2f", v).replaceAll("\\.?0+$", "")));
            }
            return ticks;
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(best) + 1e-9));
        if (Math.abs(best / Math.pow(10, Math.floor(Math.log10(best) + 1e-9)) - 2.5) < 1e-9 && best < 10) {
            decimals++;
        }
        for (long k = (long) Math.ceil(lo / best - 1e-9); k <= (long) Math.floor(hi / best + 1e-9); k++) {
            double v = k * best;
            ticks.add(new Tick(v, number("%." + decimals + "f", v)));
        }
        return ticks;
    }

    private record Plot(double left, double right, double top, double bottom, double yMin, double yMax) {
        double y(double value) {
            return bottom - (value - yMin) / (yMax - yMin) * (bottom - top);
        }
    }

    /**
     * Dates to x. Days are proportional; a date with several points in one series gets that many evenly spaced slots
     * (4% of the span apart). When everything is on one date its slots sit side by side in the middle (40 apart), a
     * single point exactly in the middle.
     */
    static final class XScale {
        private static final double SAME_DAY_STEP = 40;
        private final TreeMap<LocalDate, Integer> slots = new TreeMap<>();
        private final Map<LocalDate, Double> start = new TreeMap<>();
        private final double gap;
        private final double total;
        private final double left;
        private final double right;

        XScale(List<Line> lines, double left, double right) {
            this.left = left;
            this.right = right;
            for (Line l : lines) {
                Map<LocalDate, Integer> counts = new TreeMap<>();
                for (ChartPoint p : l.points) {
                    counts.merge(p.date(), 1, Integer::sum);
                }
                counts.forEach((d, n) -> slots.merge(d, n, Math::max));
            }
            if (slots.isEmpty()) {
                gap = 1;
                total = 0;
                return;
            }
            long first = slots.firstKey().toEpochDay();
            long span = slots.lastKey().toEpochDay() - first;
            gap = span > 0 ? span * 0.04 : 1;
            double extra = 0;
            for (Map.Entry<LocalDate, Integer> e : slots.entrySet()) {
                start.put(e.getKey(), e.getKey().toEpochDay() - first + extra);
                extra += (e.getValue() - 1) * gap;
            }
            total = span + extra;
        }

        List<LocalDate> dates() {
            return new ArrayList<>(slots.keySet());
        }

        int count(LocalDate d) {
            return slots.getOrDefault(d, 0);
        }

        double x(LocalDate d, int slot) {
            if (total <= 0) {
                return (left + right) / 2;
            }
            if (slots.size() == 1) {
                // one day only: its points side by side in the middle, not spread as if time passed between them
                int n = slots.firstEntry().getValue();
                double step = Math.min(SAME_DAY_STEP, (right - left) / (n - 1));
                return (left + right) / 2 + (slot - (n - 1) / 2.0) * step;
            }
            double u = start.get(d) + slot * gap;
            return left + u / total * (right - left);
        }

        /** The middle of a date's points, where its label goes. */
        double centre(LocalDate d) {
            return (x(d, 0) + x(d, count(d) - 1)) / 2;
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    record Line(ChartSeries series, List<ChartPoint> points, String colour) {
    }

    private record LegendItem(Line line, String label, double width) {
    }

    /** The points that can be drawn, by date (same-day points keep their order). */
    static List<ChartPoint> drawable(ChartSeries s) {
        return s.points().stream()
                .filter(p -> p.date() != null && Double.isFinite(p.value()))
                .sorted(Comparator.comparing(ChartPoint::date))
                .toList();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static String safeId(String prefix) {
        String id = prefix == null ? "" : prefix.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_' ? "chart-" + id : id;
    }

    /**
     * A generous width of text in system-ui: wide enough for DejaVu Sans (a common Linux fallback, wider than Segoe UI
     * or San Francisco), so labels placed apart stay apart. Not for typesetting.
     */
    static double textWidth(String s, double size) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("il.,:;'|!Ijf ()[]".indexOf(c) >= 0) {
                em += 0.34;
            } else if ("mwMW\u2014".indexOf(c) >= 0) {
                em += 0.92;
            } else if (Character.isUpperCase(c)) {
                em += 0.72;
            } else {
                em += 0.62;
            }
        }
        return em * size;
    }

    private static String ellipsis(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    private static String ellipsisToWidth(String s, double size, double width) {
        String t = s;
        while (textWidth(t, size) > width && t.length() > 1) {
            t = ellipsis(t, t.codePointCount(0, t.length()) - 1);
            if (t.endsWith("\u2026") && t.length() > 1 && textWidth(t, size) <= width) {
                return t;
            }
        }
        return t;
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** A tiny writer that escapes every text and attribute value and drops characters XML cannot hold. */
    private static final class Svg {
        private final StringBuilder b = new StringBuilder(4096);

        Svg raw(String s) {
            b.append(s);
            return this;
        }

        Svg attr(String name, Object value) {
            String v = value instanceof Double d ? num(d) : String.valueOf(value);
            b.append(' ').append(name).append("=\"");
            escape(v);
            b.append('"');
            return this;
        }

        Svg text(String s) {
            escape(s == null ? "" : s);
            return this;
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    case '\n', '\t', '\r' -> b.append(' ');
                    default -> {
                        boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                        if (legal) {
                            b.appendCodePoint(c);
                        }
                    }
                }
            }
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
