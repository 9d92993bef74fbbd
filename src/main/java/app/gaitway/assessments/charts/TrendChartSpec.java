package app.gaitway.assessments.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a trend chart shows.
 *
 * @param title       the chart's name, e.g. "Hip extension"; shown on the chart and as its {@code <title>}
 * @param unit        appended to values, e.g. "°", "N", "kg", or "" for none; "°" and "%" are written without a space
 * @param yMin        bottom of the value axis; values below are drawn at the bottom edge (and said so)
 * @param yMax        top of the value axis; values above are drawn at the top edge (and said so)
 * @param series      the lines, usually left and right
 * @param norm        a shaded normal range, or null
 * @param valueFormat a {@link String#format} pattern for one value, e.g. "%.0f"; null shows up to two decimals
 * @param yTickLabels null for numeric ticks; otherwise the label for each whole value, indexed by the value
 *                    ({@code get(3)} is written at 3), e.g. "0".."5" for muscle grades. Values a third above or below a
 *                    whole one are then written with + or − ("4+", "3−"), as muscle grades are.
 */
public record TrendChartSpec(
        String title,
        String unit,
        double yMin,
        double yMax,
        List<ChartSeries> series,
        NormBand norm,
        String valueFormat,
        List<String> yTickLabels) {

    public TrendChartSpec {
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMax > yMin)) {
            throw new IllegalArgumentException("the value axis needs yMin < yMax: " + yMin + ".." + yMax);
        }
        title = title == null ? "" : title;
        unit = unit == null ? "" : unit;
        series = series == null
                ? List.of()
                : series.stream().filter(Objects::nonNull).toList();
        // List.copyOf refuses nulls, and a missing label is allowed
        yTickLabels = yTickLabels == null ? null : Collections.unmodifiableList(new ArrayList<>(yTickLabels));
    }
}
