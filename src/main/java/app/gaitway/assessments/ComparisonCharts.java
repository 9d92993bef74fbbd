package app.gaitway.assessments;

import app.gaitway.assessments.charts.ChartPoint;
import app.gaitway.assessments.charts.ChartSeries;
import app.gaitway.assessments.charts.NormBand;
import app.gaitway.assessments.charts.TrendChart;
import app.gaitway.assessments.charts.TrendChartSpec;
import app.gaitway.assessments.findings.AkpsScore;
import app.gaitway.assessments.findings.DatedAssessment;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.findings.Series;
import app.gaitway.assessments.findings.TrendSeries;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The trend charts of the comparison page: pain, LEFS, each muscle group's grades (left and right) and each
 * range of motion with its norm band, for the measures recorded at least once. Each is an SVG image with its
 * text alternative, so it prints and reads without scripts.
 */
@ApplicationScoped
public class ComparisonCharts {

    private static final List<String> GRADE_LABELS = List.of("0", "1", "2", "3", "4", "5");

    @Inject
    Messages messages;

    @Inject
    ExamReading exam;

    /** The charts; range-of-motion charts shade the normal range for the patient's age (see {@link RomNorms}). */
    public List<Comparison.Chart> charts(List<Assessment> assessments, PatientContext patient) {
        List<DatedAssessment> dated = assessments.stream()
                .map(a -> new DatedAssessment(a.getVisitDate(), a.values()))
                .toList();
        List<Comparison.Chart> charts = new ArrayList<>();
        add(
                charts,
                messages.get("chart.caption.pain"),
                new TrendChartSpec(
                        messages.get("chart.pain"),
                        "",
                        0,
                        10,
                        List.of(
                                series(messages.get("chart.pain.now"), TrendSeries.painNow(dated), false),
                                series(messages.get("chart.pain.worst"), TrendSeries.painWorst(dated), true)),
                        null,
                        "%.0f",
                        null),
                "pain");
        add(
                charts,
                messages.get("chart.caption.lefs"),
                new TrendChartSpec(
                        messages.get("chart.lefs"),
                        "",
                        0,
                        80,
                        List.of(series(messages.get("chart.lefs.total"), TrendSeries.lefsTotal(dated), false)),
                        null,
                        "%.0f",
                        null),
                "lefs");
        Series psfs = TrendSeries.numbers(dated, "psfs.average", v -> {
            var avg = PsfsScore.average(v);
            return avg.isPresent() ? Optional.of(avg.getAsDouble()) : Optional.empty();
        });
        add(
                charts,
                messages.get("chart.caption.psfs"),
                new TrendChartSpec(
                        messages.get("chart.psfs"),
                        "",
                        0,
                        10,
                        List.of(series(messages.get("chart.psfs.average"), psfs, false)),
                        mcidBand(psfs, PsfsScore.AVERAGE_IMPORTANT_CHANGE, 0, 10),
                        "%.1f",
                        null),
                "psfs");
        Series akps = TrendSeries.numbers(dated, "akps.total", v -> {
            var total = AkpsScore.total(v);
            return total.isPresent() ? Optional.of((double) total.getAsInt()) : Optional.empty();
        });
        add(
                charts,
                messages.get("chart.caption.akps"),
                new TrendChartSpec(
                        messages.get("chart.akps"),
                        "",
                        0,
                        100,
                        List.of(series(messages.get("chart.akps.total"), akps, false)),
                        mcidBand(akps, AkpsScore.MINIMAL_IMPORTANT_CHANGE, 0, 100),
                        "%.0f",
                        null),
                "akps");
        for (MuscleGroup g : MuscleGroup.values()) {
            add(
                    charts,
                    messages.get("chart.caption.grade", messages.get("assessment.muscle." + g.code())),
                    new TrendChartSpec(
                            messages.get("chart.grade", messages.get("assessment.muscle." + g.code())),
                            "",
                            0,
                            5,
                            List.of(
                                    series(
                                            messages.get("assessment.col.left"),
                                            TrendSeries.grade(dated, g, Side.LEFT),
                                            false),
                                    series(
                                            messages.get("assessment.col.right"),
                                            TrendSeries.grade(dated, g, Side.RIGHT),
                                            true)),
                            null,
                            "%.1f",
                            GRADE_LABELS),
                    "grade-" + g.code());
        }
        for (Motion m : Motion.values()) {
            add(
                    charts,
                    messages.get("assessment.motion." + m.code()),
                    new TrendChartSpec(
                            messages.get("assessment.motion." + m.code()),
                            "°",
                            m.min,
                            m.max,
                            List.of(
                                    series(
                                            messages.get("assessment.col.left"),
                                            TrendSeries.rom(dated, m, Side.LEFT),
                                            false),
                                    series(
                                            messages.get("assessment.col.right"),
                                            TrendSeries.rom(dated, m, Side.RIGHT),
                                            true)),
                            normBand(m, patient),
                            "%.0f",
                            null),
                    "rom-" + m.code());
        }
        examCharts(charts, dated, patient);
        return charts;
    }

    /**
     * The band of no clinically important change around the first score (first ± the minimal clinically important
     * difference, within the scale): a later point outside it changed by a clinically important amount.
     */
    private NormBand mcidBand(Series s, double mcid, double min, double max) {
        if (s.points().isEmpty()) {
            return null;
        }
        double first = s.points().get(0).value();
        return new NormBand(
                Math.max(min, first - mcid),
                Math.min(max, first + mcid),
                messages.get("chart.mcidBand", AssessmentReading.number(mcid)));
    }

    /** The lunge test and the performance tests: one chart per test, both sides on one where it has sides. */
    private void examCharts(List<Comparison.Chart> charts, List<DatedAssessment> dated, PatientContext patient) {
        Map<String, List<ExamReading.Measure>> byChart = new LinkedHashMap<>();
        for (ExamReading.Measure m : exam.measures(patient)) {
            byChart.computeIfAbsent(m.chartTitle(), t -> new ArrayList<>()).add(m);
        }
        byChart.forEach((title, measures) -> {
            ExamReading.Measure first = measures.get(0);
            List<ChartSeries> series = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                ExamReading.Measure m = measures.get(i);
                series.add(series(
                        measures.size() == 1 ? title : sideOf(m), TrendSeries.numbers(dated, m.id(), m.read()), i > 0));
            }
            // the usual scale, widened when a slow patient's time is beyond it (a chart clamps what it cannot show)
            double highest = series.stream()
                    .flatMap(s -> s.points().stream())
                    .mapToDouble(ChartPoint::value)
                    .max()
                    .orElse(first.max());
            double top = highest > first.max() ? Math.ceil(highest / 10) * 10 : first.max();
            add(
                    charts,
                    title,
                    new TrendChartSpec(
                            title, first.unit().strip(), first.min(), top, series, first.band(), first.format(), null),
                    first.id());
        });
    }

    /** "Left" or "Right": a sided measure's id ends in its side. */
    private String sideOf(ExamReading.Measure m) {
        return messages.get(m.id().endsWith("-left") ? "assessment.col.left" : "assessment.col.right");
    }

    /** Normal for the age from the lower to the upper limit; from the lower limit up where only that is known. */
    private NormBand normBand(Motion m, PatientContext patient) {
        OptionalInt low = RomNorms.lowerLimit(m, patient.age());
        if (low.isEmpty()) {
            return null;
        }
        OptionalInt high = RomNorms.upperLimit(m, patient.age());
        return high.isPresent()
                ? new NormBand(
                        low.getAsInt(),
                        high.getAsInt(),
                        messages.get("chart.normRange", low.getAsInt(), high.getAsInt()))
                : new NormBand(low.getAsInt(), m.max, messages.get("chart.normFrom", low.getAsInt()));
    }

    private static ChartSeries series(String label, Series s, boolean dashed) {
        return new ChartSeries(
                label,
                s.points().stream()
                        .map(p -> new ChartPoint(p.date(), p.value()))
                        .toList(),
                dashed);
    }

    /** Only measures recorded at least once get a chart. */
    private static void add(List<Comparison.Chart> charts, String caption, TrendChartSpec spec, String id) {
        if (spec.series().stream().allMatch(s -> s.points().isEmpty())) {
            return;
        }
        String svg = TrendChart.svg(spec, "chart-" + id);
        charts.add(new Comparison.Chart(
                caption,
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                TrendChart.textAlternative(spec)));
    }
}
