package app.gaitway.assessments.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The chart's scales: the value axis and its ticks, and dates to x. */
final class ChartScale {

    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private ChartScale() {}

    record Tick(double value, String label) {}

    /** Custom labels at whole values, or 4 to 6 round numbers. */
    static List<Tick> yTicks(TrendChartSpec spec) {
        double lo = spec.yMin();
        double hi = spec.yMax();
        List<Tick> ticks = new ArrayList<>();
        if (spec.yTickLabels() != null) {
            for (long v = (long) Math.ceil(lo);
                    v <= Math.floor(hi) && v < spec.yTickLabels().size();
                    v++) {
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
            for (double m : new double[] {1, 2, 2.5, 5}) {
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
                ticks.add(new Tick(v, TrendChartText.number("%.2f", v).replaceAll("\\.?0+$", "")));
            }
            return ticks;
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(best) + 1e-9));
        if (Math.abs(best / Math.pow(10, Math.floor(Math.log10(best) + 1e-9)) - 2.5) < 1e-9 && best < 10) {
            decimals++;
        }
        for (long k = (long) Math.ceil(lo / best - 1e-9); k <= (long) Math.floor(hi / best + 1e-9); k++) {
            double v = k * best;
            ticks.add(new Tick(v, TrendChartText.number("%." + decimals + "f", v)));
        }
        return ticks;
    }

    /** Values to y in the plot area: {@code yMin} at its bottom, {@code yMax} at its top. */
    record Plot(double left, double right, double top, double bottom, double yMin, double yMax) {
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

        XScale(List<List<ChartPoint>> pointsBySeries, double left, double right) {
            this.left = left;
            this.right = right;
            for (List<ChartPoint> points : pointsBySeries) {
                Map<LocalDate, Integer> counts = new TreeMap<>();
                for (ChartPoint p : points) {
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

    /**
     * Which dates get a label: every k-th visit from the first, for the smallest k whose labels do not overlap, and the
     * last visit too when it fits (it replaces the label before it if needed). Values are the label's centre.
     */
    static Map<LocalDate, Double> dateLabels(List<LocalDate> dates, XScale xs) {
        int n = dates.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) {
            double w = TextFit.textWidth(SHORT_DATE.format(dates.get(i)), TrendChart.TICK_SIZE);
            centre[i] = Math.min(Math.max(xs.centre(dates.get(i)), 4 + w / 2), TrendChart.WIDTH - 4 - w / 2);
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
                Map<LocalDate, Double> labels = new TreeMap<>();
                for (int i : picks) {
                    if (!apart && i != 0) {
                        continue; // nothing fits (all visits within a few days): the first date alone
                    }
                    labels.put(dates.get(i), centre[i]);
                }
                return labels;
            }
        }
        return new TreeMap<>();
    }
}
