package app.gaitway.assessments.charts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;

import static app.gaitway.assessments.charts.TrendChart.drawable;

/** The chart in words: its text alternative, and each value as the chart writes it (a grade label, a unit). */
final class TrendChartText {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final char MINUS = '\u2212';

    private TrendChartText() {}

    /**
     * Sentences describing each series: first and last value with their dates and the change, e.g. "Right: 3 on 3 Mar
     * 2026 → 4+ on 14 Apr 2026, change +1⅓ (4 assessments)." Values outside the axis are named, since the chart draws
     * them at its edge. The title is not repeated: the caller shows it.
     */
    static String alternative(TrendChartSpec spec) {
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
        if (sentences.isEmpty()
                || spec.series().stream().allMatch(s -> drawable(s).isEmpty())) {
            return "No values recorded.";
        }
        if (!outside.isEmpty()) {
            sentences.add("Outside the chart's range of " + format(spec, spec.yMin()) + " to "
                    + withUnit(spec, spec.yMax()) + ", drawn at its edge: " + String.join("; ", outside) + ".");
        }
        if (spec.norm() != null) {
            String label =
                    spec.norm().label().isBlank() ? "Norm" : spec.norm().label().strip();
            String low = format(spec, spec.norm().low());
            String high = format(spec, spec.norm().high());
            boolean saysRange = label.contains(low) && label.contains(high);
            sentences.add("Shaded: " + label
                    + (saysRange
                            ? ""
                            : " (" + low + "\u2013" + withUnit(spec, spec.norm().high()) + ")") + ".");
        }
        return String.join(" ", sentences);
    }

    /** One value as the chart writes it: a grade label ("4+") when the spec has tick labels, else the format. */
    static String format(TrendChartSpec spec, double value) {
        List<String> labels = spec.yTickLabels();
        if (labels != null) {
            long whole = Math.round(value);
            double thirds = (value - whole) * 3;
            String suffix = Math.abs(value - whole) < 1e-6
                    ? ""
                    : Math.abs(thirds - 1) < 0.05 ? "+" : Math.abs(thirds + 1) < 0.05 ? String.valueOf(MINUS) : null;
            if (suffix != null
                    && whole >= 0
                    && whole < labels.size()
                    && labels.get((int) whole) != null
                    && !labels.get((int) whole).isBlank()) {
                return labels.get((int) whole).strip() + suffix;
            }
        }
        return number(spec.valueFormat(), value);
    }

    static String number(String pattern, double value) {
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

    static String withUnit(TrendChartSpec spec, double value) {
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
}
