package app.gaitway.assessments.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static app.gaitway.assessments.charts.TrendChartTest.p;

/** Writes example charts to target/charts/*.svg, to look at in a browser; checks only that each one parses. */
class TrendChartExamplesTest {

    @Test
    void writeExamples() throws Exception {
        write("pain", TrendChartTest.pain());
        write("hip-extension-norm", TrendChartTest.spec(new NormBand(20, 30, "Norm 20–30°")));
        write("mmt", TrendChartTest.mmt());
        write(
                "lefs-single",
                new TrendChartSpec(
                        "LEFS",
                        "",
                        0,
                        80,
                        List.of(new ChartSeries("LEFS", List.of(p(0, 42)), false)),
                        null,
                        "%.0f",
                        null));
        write(
                "force-one-side-missing",
                new TrendChartSpec(
                        "Knee extension force",
                        "N",
                        0,
                        300,
                        List.of(
                                new ChartSeries("Left", List.of(), false),
                                new ChartSeries("Right", List.of(p(0, 120), p(10, 135), p(10, 150), p(40, 190)), true)),
                        null,
                        "%.0f",
                        null));
        List<ChartPoint> left = new ArrayList<>();
        List<ChartPoint> right = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            left.add(p(i * 9 + (i % 3), 8 - i * 0.35 + (i % 2)));
            right.add(p(i * 9 + (i % 3), 7.4 - i * 0.3));
        }
        write(
                "twenty-visits-outside",
                new TrendChartSpec(
                        "Pain at rest, worst in the last 24 hours",
                        "/10",
                        0,
                        10,
                        List.of(
                                new ChartSeries("Left <knee> & \"hip\"", left, false),
                                new ChartSeries("Right", right, true)),
                        null,
                        "%.0f",
                        null));
        write(
                "clamped",
                new TrendChartSpec(
                        "Knee flexion",
                        "°",
                        0,
                        150,
                        List.of(
                                new ChartSeries("Left", List.of(p(0, -8), p(10, 95), p(20, 130), p(35, 158)), false),
                                new ChartSeries("Right", List.of(p(0, 135), p(20, 140), p(35, 155)), true)),
                        new NormBand(135, 150, "Norm 135–150°"),
                        "%.0f",
                        null));
        write("empty", new TrendChartSpec("Hip abduction force", "kg", 0, 40, List.of(), null, "%.1f", null));
        write(
                "same-day-only",
                new TrendChartSpec(
                        "Pain",
                        "/10",
                        0,
                        10,
                        List.of(new ChartSeries(
                                "Before treatment",
                                List.of(
                                        new ChartPoint(LocalDate.of(2026, 3, 3), 6),
                                        new ChartPoint(LocalDate.of(2026, 3, 3), 3)),
                                false)),
                        null,
                        "%.0f",
                        null));
    }

    private static void write(String name, TrendChartSpec spec) throws IOException {
        String svg = TrendChart.svg(spec, name);
        try {
            TrendChartTest.parse(svg);
        } catch (Exception e) {
            throw new AssertionError(name, e);
        }
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".svg"), svg);
    }
}
