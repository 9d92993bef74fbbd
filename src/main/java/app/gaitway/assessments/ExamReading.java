package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSummary.Block;
import app.gaitway.assessments.AssessmentSummary.Cell;
import app.gaitway.assessments.AssessmentSummary.Fact;
import app.gaitway.assessments.AssessmentSummary.Row;
import app.gaitway.assessments.charts.NormBand;
import app.gaitway.assessments.findings.FindingTexts;
import app.gaitway.assessments.findings.FlagMarks;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.PerformanceResult;
import app.gaitway.assessments.findings.Phrase;
import app.gaitway.assessments.norms.ChairStandNorms;
import app.gaitway.assessments.norms.GaitSpeedNorms;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.ExamFields.ShortTissue;
import app.gaitway.assessments.record.ExamFields.SpecialTest;
import app.gaitway.assessments.record.Side;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lunge test, the special tests and the performance tests as the record, the report and the comparison show
 * them: each performance result beside the norm for the patient's age and sex and the cut-off it crosses
 * ({@link PerformanceResult}), the same words as the findings.
 */
@ApplicationScoped
public class ExamReading {

    private final FindingTexts texts = FindingTexts.english();

    @Inject
    Messages messages;

    /** A number followed across visits: its label, how to read it, its chart's scale and unit. */
    public record Measure(
            String id,
            String label,
            String chartTitle,
            Function<AssessmentValues, Optional<Double>> read,
            double min,
            double max,
            String unit,
            String format,
            NormBand band) {}

    /** A text followed across visits (a special test's result on one side). */
    public record TextMeasure(String label, Function<AssessmentValues, Optional<String>> read) {}

    /** The blocks of the record, in the order of the form; only those with something recorded. */
    public List<Block> blocks(AssessmentValues v, FlagMarks marks, PatientContext patient) {
        List<Block> blocks = new ArrayList<>();
        lunge(v, marks).ifPresent(blocks::add);
        special(v, marks).ifPresent(blocks::add);
        performance(v, patient).ifPresent(blocks::add);
        return blocks;
    }

    private Optional<Block> lunge(AssessmentValues v, FlagMarks marks) {
        Optional<Double> left = v.decimal(ExamFields.lunge(Side.LEFT));
        Optional<Double> right = v.decimal(ExamFields.lunge(Side.RIGHT));
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.empty();
        }
        Row row = new Row(List.of(
                Cell.of(messages.get("exam.lunge.row")),
                new Cell(
                        left.map(cm -> AssessmentReading.number(cm) + " cm").orElse(""),
                        marks.exam("lunge", Side.LEFT)),
                new Cell(
                        right.map(cm -> AssessmentReading.number(cm) + " cm").orElse(""),
                        marks.exam("lunge", Side.RIGHT))));
        return Optional.of(new Block(
                "lunge",
                messages.get("exam.section.lunge"),
                List.of(),
                List.of(
                        messages.get("assessment.col.finding"),
                        messages.get("assessment.col.left"),
                        messages.get("assessment.col.right")),
                List.of(row)));
    }

    private Optional<Block> special(AssessmentValues v, FlagMarks marks) {
        List<Row> rows = new ArrayList<>();
        for (SpecialTest test : SpecialTest.values()) {
            Optional<String> left = v.text(ExamFields.special(test, Side.LEFT));
            Optional<String> right = v.text(ExamFields.special(test, Side.RIGHT));
            Optional<String> note = v.text(ExamFields.specialNote(test));
            if (left.isEmpty() && right.isEmpty() && note.isEmpty()) {
                continue;
            }
            String subject = "special." + test.code();
            rows.add(new Row(List.of(
                    Cell.of(messages.get("exam.special." + test.code())),
                    new Cell(result(v, test, Side.LEFT, left), marks.exam(subject, Side.LEFT)),
                    new Cell(result(v, test, Side.RIGHT, right), marks.exam(subject, Side.RIGHT)),
                    Cell.of(note.orElse("")))));
        }
        List<Fact> facts = new ArrayList<>();
        v.text(ExamFields.HIP_ROTATION_POSITION)
                .ifPresent(p -> facts.add(
                        new Fact(messages.get("exam.reading.rotationPosition"), messages.get("exam.rotation." + p))));
        if (rows.isEmpty() && facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "special",
                messages.get("exam.section.special"),
                facts,
                List.of(
                        messages.get("exam.col.test"),
                        messages.get("assessment.col.left"),
                        messages.get("assessment.col.right"),
                        messages.get("exam.col.note")),
                rows));
    }

    /** "Positive; short rectus femoris" for a Thomas test with a tissue ticked. */
    private String result(AssessmentValues v, SpecialTest test, Side side, Optional<String> result) {
        if (result.isEmpty()) {
            return "";
        }
        String text = messages.get("exam.result." + result.get());
        if (test != SpecialTest.THOMAS) {
            return text;
        }
        List<String> tissues = new ArrayList<>();
        for (ShortTissue tissue : ShortTissue.values()) {
            if (v.flag(ExamFields.shortTissue(side, tissue))) {
                tissues.add(texts.text(Phrase.of("findings.tissue." + tissue.code())));
            }
        }
        return tissues.isEmpty() ? text : text + "; " + String.join(", ", tissues);
    }

    private Optional<Block> performance(AssessmentValues v, PatientContext patient) {
        List<Row> rows = new ArrayList<>();
        for (PerformanceResult r : PerformanceResult.of(v, patient)) {
            rows.add(new Row(List.of(
                    Cell.of(texts.text(Phrase.of("findings.perf." + r.code()))),
                    new Cell(texts.text(r.value()), r.isFlag()),
                    Cell.of(r.norm() == null ? messages.get("exam.reading.noNorm") : texts.text(r.norm())),
                    Cell.of(r.cutOff() == null ? "" : texts.text(r.cutOff())))));
        }
        List<Fact> facts = new ArrayList<>();
        v.text(ExamFields.PERFORMANCE_NOTES)
                .ifPresent(n -> facts.add(new Fact(messages.get("assessment.label.performance.notes"), n)));
        if (rows.isEmpty() && facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "performance",
                messages.get("exam.section.performance"),
                facts,
                List.of(
                        messages.get("exam.reading.col.test"),
                        messages.get("exam.reading.col.result"),
                        messages.get("exam.reading.col.norm"),
                        messages.get("exam.reading.col.note")),
                rows));
    }

    /** The numbers the comparison follows across visits, in the order of the form. */
    public List<Measure> measures(PatientContext patient) {
        List<Measure> m = new ArrayList<>();
        for (Side side : Side.values()) {
            m.add(new Measure(
                    "lunge-" + side.code(),
                    messages.get("exam.reading.lungeShort", messages.get("assessment.col." + side.code())),
                    messages.get("exam.chart.lunge"),
                    v -> v.decimal(ExamFields.lunge(side)),
                    0,
                    25,
                    " cm",
                    "%.1f",
                    null));
        }
        NormBand chairBand = ChairStandNorms.of(patient.age(), patient.sex())
                .map(b -> new NormBand(b.low(), b.high(), messages.get("exam.chart.normStands", b.low(), b.high())))
                .orElse(null);
        m.add(new Measure(
                "chair-stand",
                messages.get("exam.compare.chairStand"),
                messages.get("exam.chart.chairStand"),
                v -> v.integer(ExamFields.CHAIR_STAND).map(Integer::doubleValue),
                0,
                30,
                "",
                "%.0f",
                chairBand));
        m.add(seconds("five-sts", "exam.compare.fiveSts", "exam.chart.fiveSts", ExamFields.FIVE_STS, 30));
        m.add(seconds("tug", "exam.compare.tug", "exam.chart.tug", ExamFields.TUG, 30));
        for (Side side : Side.values()) {
            m.add(new Measure(
                    "single-leg-stance-" + side.code(),
                    messages.get("exam.compare.singleLegStance", messages.get("assessment.col." + side.code())),
                    messages.get("exam.chart.singleLegStance"),
                    v -> v.decimal(ExamFields.singleLegStance(side)),
                    0,
                    45,
                    " s",
                    "%.0f",
                    null));
        }
        m.add(new Measure(
                "gait-speed",
                messages.get("exam.compare.gaitSpeed"),
                messages.get("exam.chart.gaitSpeed"),
                v -> v.decimal(ExamFields.WALK_10M).map(GaitSpeedNorms::speed),
                0,
                2,
                " m/s",
                "%.2f",
                null));
        return m;
    }

    private Measure seconds(String id, String labelKey, String chartKey, String key, double max) {
        return new Measure(
                id, messages.get(labelKey), messages.get(chartKey), v -> v.decimal(key), 0, max, " s", "%.0f", null);
    }

    /** Each special test's result per side, across visits. */
    public List<TextMeasure> texts() {
        List<TextMeasure> t = new ArrayList<>();
        for (SpecialTest test : SpecialTest.values()) {
            for (Side side : Side.values()) {
                t.add(new TextMeasure(
                        messages.get(
                                "exam.compare.special",
                                messages.get("exam.special." + test.code()),
                                messages.get("assessment.col." + side.code()).toLowerCase(Locale.ROOT)),
                        v -> v.text(ExamFields.special(test, side)).map(r -> result(v, test, side, Optional.of(r)))));
            }
        }
        return t;
    }

    /** Two decimals for a speed (1.05 m/s), one for everything else. */
    public static String format(Measure m, double value) {
        return m.format().equals("%.2f") ? String.format(Locale.ROOT, "%.2f", value) : AssessmentReading.number(value);
    }
}
