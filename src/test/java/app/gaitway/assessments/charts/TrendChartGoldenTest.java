package app.gaitway.assessments.charts;

import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.Series;
import app.gaitway.assessments.findings.TrendSeries;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.testdata.ClinicalCases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.assessments.charts.TrendChartTest.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The charts exactly as the page draws them: each SVG and text alternative is compared with a file written by the
 * code before it was split into scales, text and drawing, so a refactoring cannot move a line or a label unnoticed.
 * After a deliberate change to the drawing, rewrite the files with {@code -Dcharts.record=true} and review the diff.
 */
class TrendChartGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "charts", "golden");

    @Test
    void everyExampleChartIsDrawnAsRecorded() throws IOException {
        for (Map.Entry<String, TrendChartSpec> e : examples().entrySet()) {
            String drawn =
                    TrendChart.svg(e.getValue(), e.getKey()) + "\n" + TrendChart.textAlternative(e.getValue()) + "\n";
            Path file = GOLDEN.resolve(e.getKey() + ".txt");
            if (Boolean.getBoolean("charts.record")) {
                Files.writeString(file, drawn, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), drawn, e.getKey());
        }
    }

    static Map<String, TrendChartSpec> examples() {
        Map<String, TrendChartSpec> specs = new LinkedHashMap<>();
        specs.put("pain", TrendChartTest.pain());
        specs.put("hip-extension-norm", TrendChartTest.spec(new NormBand(20, 30, "Norm 20–30°")));
        specs.put("mmt", TrendChartTest.mmt());
        specs.put(
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
        specs.put(
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
        specs.put(
                "twenty-visits-escaped",
                new TrendChartSpec(
                        "Pain at rest, worst in the last 24 hours",
                        "/10",
                        0,
                        10,
                        List.of(
                                new ChartSeries("Left <knee> & \"hip\" 'x'", left, false),
                                new ChartSeries("Right", right, true)),
                        null,
                        "%.0f",
                        null));
        specs.put(
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
        specs.put("empty", new TrendChartSpec("Hip abduction force", "kg", 0, 40, List.of(), null, "%.1f", null));
        specs.put(
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
        specs.put(
                "long-title-legend-below",
                new TrendChartSpec(
                        "Hip external rotation, active, measured supine with the knee bent",
                        "°",
                        -10,
                        60,
                        List.of(
                                new ChartSeries(
                                        "Left side of the patient, operated",
                                        List.of(p(0, 12.25), p(3, 20.75), p(90, 41)),
                                        false),
                                new ChartSeries("Right side", List.of(p(0, 30), p(3, 33.5), p(90, 44)), true)),
                        new NormBand(-5, 45, ""),
                        null,
                        null));

        // the comparison page's charts over the clinical cases, read as if they were one patient's visits
        List<DatedAssessment> visits = List.of(
                new DatedAssessment(
                        LocalDate.of(2026, 1, 12),
                        ClinicalCases.patellofemoralRunner().values()),
                new DatedAssessment(
                        LocalDate.of(2026, 2, 9),
                        ClinicalCases.officeWorkerLowBackPain().values()),
                new DatedAssessment(
                        LocalDate.of(2026, 4, 20),
                        ClinicalCases.olderAdultHipOsteoarthritis().values()));
        specs.put(
                "cases-pain",
                new TrendChartSpec(
                        "Pain",
                        "",
                        0,
                        10,
                        List.of(
                                series("Now", TrendSeries.painNow(visits), false),
                                series("Worst", TrendSeries.painWorst(visits), true)),
                        null,
                        "%.0f",
                        null));
        specs.put(
                "cases-lefs",
                new TrendChartSpec(
                        "LEFS",
                        "",
                        0,
                        80,
                        List.of(series("Total", TrendSeries.lefsTotal(visits), false)),
                        null,
                        "%.0f",
                        null));
        for (MuscleGroup g : MuscleGroup.values()) {
            specs.put(
                    "cases-grade-" + g.code(),
                    new TrendChartSpec(
                            "Strength " + g.code(),
                            "",
                            0,
                            5,
                            List.of(
                                    series("Left", TrendSeries.grade(visits, g, Side.LEFT), false),
                                    series("Right", TrendSeries.grade(visits, g, Side.RIGHT), true)),
                            null,
                            "%.1f",
                            List.of("0", "1", "2", "3", "4", "5")));
        }
        for (Motion m : Motion.values()) {
            specs.put(
                    "cases-rom-" + m.code(),
                    new TrendChartSpec(
                            m.code(),
                            "°",
                            m.min,
                            m.max,
                            List.of(
                                    series("Left", TrendSeries.rom(visits, m, Side.LEFT), false),
                                    series("Right", TrendSeries.rom(visits, m, Side.RIGHT), true)),
                            new NormBand(m.min + 10, m.max - 5, "Normal " + (m.min + 10) + "–" + (m.max - 5) + "°"),
                            "%.0f",
                            null));
        }
        return specs;
    }

    private static ChartSeries series(String label, Series s, boolean dashed) {
        return new ChartSeries(
                label,
                s.points().stream()
                        .map(pt -> new ChartPoint(pt.date(), pt.value()))
                        .toList(),
                dashed);
    }
}
