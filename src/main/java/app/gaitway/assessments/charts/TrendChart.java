package app.gaitway.assessments.charts;

import java.util.Comparator;
import java.util.List;

/**
 * Draws a trend across visits as one self-contained SVG element, on the server, for screen and print.
 *
 * <p>The SVG uses presentation attributes only (no {@code style}, no {@code <style>}: the Content-Security-Policy
 * forbids inline styles), has no scripts and no external references, and carries its own {@code <title>} and
 * {@code <desc>}. Series differ by line style and marker shape (solid with circles, dashed with squares) as well as by
 * colour, so they stay apart on a black-and-white print. All colours used for lines and text have at least 4.5:1
 * contrast on white. The page sizes the chart with its stylesheet (the SVG has a viewBox but no width or height).
 *
 * <p>{@link ChartScale} places values and dates, {@link TrendChartText} puts the chart in words and
 * {@link TrendChartDrawing} draws it with the app's one SVG writer.
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

    private TrendChart() {}

    /**
     * Sentences describing each series: first and last value with their dates and the change, e.g. "Right: 3 on 3 Mar
     * 2026 → 4+ on 14 Apr 2026, change +1⅓ (4 assessments)." Values outside the axis are named, since the chart draws
     * them at its edge. The title is not repeated: the caller shows it.
     */
    public static String textAlternative(TrendChartSpec spec) {
        return TrendChartText.alternative(spec);
    }

    /**
     * The chart as one {@code <svg>} element, viewBox 0 0 640 260. {@code idPrefix} makes its ids unique on the page
     * (characters that cannot be in an XML id are replaced).
     */
    public static String svg(TrendChartSpec spec, String idPrefix) {
        return new TrendChartDrawing(spec, safeId(idPrefix)).svg();
    }

    /** The points that can be drawn, by date (same-day points keep their order). */
    static List<ChartPoint> drawable(ChartSeries s) {
        return s.points().stream()
                .filter(p -> p.date() != null && Double.isFinite(p.value()))
                .sorted(Comparator.comparing(ChartPoint::date))
                .toList();
    }

    static String safeId(String prefix) {
        String id = prefix == null ? "" : prefix.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_' ? "chart-" + id : id;
    }
}
