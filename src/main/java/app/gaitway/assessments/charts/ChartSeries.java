package app.gaitway.assessments.charts;

import java.util.List;
import java.util.Objects;

/**
 * One line of a trend chart, e.g. the left side. {@code dashed} draws a dashed line with square markers instead of a
 * solid line with round ones, so two sides still differ when printed in black and white. A series without points is
 * left out of the chart and its legend.
 */
public record ChartSeries(String label, List<ChartPoint> points, boolean dashed) {

    public ChartSeries {
        label = label == null ? "" : label;
        points = points == null
                ? List.of()
                : points.stream().filter(Objects::nonNull).toList();
    }
}
