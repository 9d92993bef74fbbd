package app.gaitway.assessments;

import app.gaitway.assessments.findings.AkpsScore;
import app.gaitway.assessments.findings.BodyWeightForce;
import app.gaitway.assessments.findings.Finding;
import app.gaitway.assessments.findings.FindingTexts;
import app.gaitway.assessments.findings.FindingsSummary;
import app.gaitway.assessments.findings.ForceUnit;
import app.gaitway.assessments.findings.LefsScore;
import app.gaitway.assessments.findings.LimbSymmetry;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.findings.StepDownScore;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.patients.Patient;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The clinical reading of assessments (the findings package) in the words of the pages: findings, scores, limb
 * symmetry, and the comparison across visits with its charts.
 */
@ApplicationScoped
public class AssessmentFindings {

    private final FindingTexts texts = FindingTexts.english();

    @Inject
    Messages messages;

    @Inject
    ComparisonCharts charts;

    @Inject
    ExamReading exam;

    /** The findings of an assessment of this patient, most important first ({@link FindingsSummary}). */
    public List<Finding> findings(AssessmentValues v, AssessmentValues previous, PatientContext patient) {
        return FindingsSummary.of(v, previous, patient);
    }

    public List<AssessmentSummary.FindingLine> lines(List<Finding> findings) {
        List<AssessmentSummary.FindingLine> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(new AssessmentSummary.FindingLine(texts.text(f), f.isFlag()));
        }
        return lines;
    }

    public List<AssessmentSummary.FindingLine> lines(
            AssessmentValues v, AssessmentValues previous, PatientContext patient) {
        return lines(findings(v, previous, patient));
    }

    /** Age at the visit, sex and affected side: what the findings judge an assessment against. */
    public static PatientContext context(Patient patient, Assessment assessment) {
        return PatientContext.of(
                patient.getDateOfBirth(), assessment.getVisitDate(), patient.getSex(), patient.getAffectedSide());
    }

    public Map<String, String> stepDownTexts(AssessmentValues v) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            StepDownScore.of(v, side)
                    .ifPresent(s -> texts.put(
                            side.code(),
                            messages.get(
                                    "reading.stepDown",
                                    s.total(),
                                    messages.get(
                                            "reading.band." + s.band().name().toLowerCase(Locale.ROOT)))));
        }
        return texts;
    }

    public String lefsText(AssessmentValues v) {
        LefsScore score = LefsScore.of(v);
        if (score.isEmpty()) {
            return null;
        }
        if (!score.isComplete()) {
            return messages.get("reading.lefsIncomplete", score.answered());
        }
        return messages.get(
                "reading.lefsTotal",
                score.total().getAsInt(),
                AssessmentReading.number(score.percentOfMaximum().orElse(0.0)));
    }

    /** "4.3/10 (mean of 3 activities)", "Incomplete: 1 of 3 activities scored", or null when no activity is scored. */
    public String psfsText(AssessmentValues v) {
        PsfsScore score = PsfsScore.of(v);
        if (score.rated() == 0) {
            return null;
        }
        if (!score.isComplete()) {
            return messages.get(
                    "reading.psfsIncomplete", score.rated(), score.activities().size());
        }
        return messages.get(
                "reading.psfsAverage",
                AssessmentReading.number(score.average().getAsDouble()),
                score.activities().size());
    }

    /** "72/100", "Incomplete: 9 of 13 items answered", or null when no item is answered. */
    public String akpsText(AssessmentValues v) {
        AkpsScore score = AkpsScore.of(v);
        if (score.isEmpty()) {
            return null;
        }
        return score.isComplete()
                ? messages.get("reading.akpsTotal", score.total().getAsInt())
                : messages.get("reading.akpsIncomplete", score.answered());
    }

    /** "Right 82% of left" (forces if measured, else grades); empty when a side is missing. */
    public String symmetryText(AssessmentValues v, MuscleGroup g) {
        Optional<LimbSymmetry> symmetry = LimbSymmetry.ofForces(v, g).or(() -> LimbSymmetry.ofGrades(v, g));
        return symmetry.filter(s -> s.weaker().isPresent())
                .map(s -> messages.get(
                        "reading.symmetry." + s.weaker().get().code(), AssessmentReading.number(s.index())))
                .orElse(symmetry.isPresent() ? messages.get("reading.symmetry.equal") : "");
    }

    /** "21.4% BW" when the force's unit and the body weight are known. */
    public String percentBodyWeight(double force, String unitCode, AssessmentValues v) {
        Optional<ForceUnit> unit = ForceUnit.ofCode(unitCode);
        return unit.flatMap(u -> BodyWeightForce.percent(
                        force, u, v.decimal("strength.body_weight_kg").orElse(null)))
                .map(p -> messages.get("reading.bodyWeight", AssessmentReading.number(p)))
                .orElse(null);
    }

    public Comparison comparison(List<Assessment> assessments) {
        return comparison(assessments, PatientContext.adult());
    }

    /**
     * The visits side by side: pain and function, strength (grades, forces in newtons whatever unit each visit used,
     * and the force symmetry), range of motion against the lower limit for the patient's age at the latest visit,
     * and gait and movement (the step-down score and each sign's rating).
     */
    public Comparison comparison(List<Assessment> assessments, PatientContext patient) {
        List<Comparison.Visit> visits = new ArrayList<>();
        List<AssessmentValues> values = new ArrayList<>();
        for (Assessment a : assessments) {
            visits.add(new Comparison.Visit(a.getId(), a.getVisitDate(), a.isFinal()));
            values.add(a.values());
        }
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(Comparison.Row.heading(messages.get("reading.compare.painAndFunction")));
        numberRow(
                rows,
                messages.get("assessment.label.subjective.pain_now"),
                values,
                v -> v.integer("subjective.pain_now").map(Integer::doubleValue));
        numberRow(
                rows,
                messages.get("assessment.label.subjective.pain_worst"),
                values,
                v -> v.integer("subjective.pain_worst").map(Integer::doubleValue));
        numberRow(
                rows,
                messages.get("reading.compare.lefs"),
                values,
                v -> {
                    LefsScore s = LefsScore.of(v);
                    return s.isComplete() ? Optional.of((double) s.total().getAsInt()) : Optional.empty();
                },
                LefsScore.MINIMAL_IMPORTANT_CHANGE);
        numberRow(
                rows,
                messages.get("reading.compare.psfs"),
                values,
                v -> {
                    var avg = PsfsScore.average(v);
                    return avg.isPresent() ? Optional.of(avg.getAsDouble()) : Optional.empty();
                },
                PsfsScore.AVERAGE_IMPORTANT_CHANGE);
        numberRow(
                rows,
                messages.get("reading.compare.akps"),
                values,
                v -> {
                    var total = AkpsScore.total(v);
                    return total.isPresent() ? Optional.of((double) total.getAsInt()) : Optional.empty();
                },
                AkpsScore.MINIMAL_IMPORTANT_CHANGE);
        int before = rows.size();
        rows.add(Comparison.Row.heading(messages.get("assessment.section.strength")));
        Optional<Side> involved = patient.involvedSide();
        for (MuscleGroup g : MuscleGroup.values()) {
            String muscle = messages.get("assessment.muscle." + g.code());
            for (Side side : Side.values()) {
                String label =
                        messages.get("reading.compare.sided", muscle, messages.get("assessment.col." + side.code()));
                gradeRow(rows, label, values, g, side);
                numberRow(rows, messages.get("reading.compare.forceNewtons", label), values, v -> newtons(v, g, side));
            }
            if (involved.isPresent()) {
                Side inv = involved.get();
                numberRow(
                        rows,
                        messages.get(
                                "reading.compare.symmetryInvolved",
                                muscle,
                                messages.get("reading.side." + inv.code()),
                                messages.get("reading.side." + inv.other().code())),
                        values,
                        v -> LimbSymmetry.ofForces(v, g)
                                .map(s -> s.indexOf(inv))
                                .filter(Double::isFinite));
            } else {
                numberRow(
                        rows,
                        messages.get("reading.compare.symmetry", muscle),
                        values,
                        v -> LimbSymmetry.ofForces(v, g).map(LimbSymmetry::index));
            }
        }
        dropEmptyHeading(rows, before);
        before = rows.size();
        rows.add(Comparison.Row.heading(messages.get("assessment.section.rom")));
        for (Motion m : Motion.values()) {
            OptionalInt limit = RomNorms.lowerLimit(m, patient.age());
            for (Side side : Side.values()) {
                String label = messages.get(
                        "reading.compare.sided",
                        messages.get("assessment.motion." + m.code()),
                        messages.get("assessment.col." + side.code()));
                String withLimit = limit.isPresent()
                        ? messages.get("reading.compare.romLimit", label, AssessmentReading.number(limit.getAsInt()))
                        : messages.get("reading.compare.romNoLimit", label);
                numberRow(rows, withLimit, values, v -> v.rom(m, side, true).map(Integer::doubleValue));
            }
        }
        dropEmptyHeading(rows, before);
        before = rows.size();
        rows.add(Comparison.Row.heading(messages.get("assessment.section.gait")));
        for (Side side : Side.values()) {
            numberRow(
                    rows,
                    messages.get("reading.compare.stepDown", messages.get("assessment.col." + side.code())),
                    values,
                    v -> StepDownScore.of(v, side).map(s -> (double) s.total()));
        }
        for (GaitSign sign : GaitSign.values()) {
            for (Side side : Side.values()) {
                textRow(
                        rows,
                        messages.get(
                                "reading.compare.stance",
                                messages.get("assessment.gait." + sign.code()),
                                messages.get("assessment.col." + side.code())),
                        values,
                        v -> v.text(AssessmentFields.gait(sign, side))
                                .map(c -> messages.get("assessment.severity." + c)));
            }
        }
        for (Side side : Side.values()) {
            textRow(
                    rows,
                    messages.get(
                            "reading.compare.sided",
                            messages.get("assessment.gait.trendelenburg"),
                            messages.get("assessment.col." + side.code())),
                    values,
                    v -> v.text(AssessmentFields.trendelenburg(side))
                            .map(c -> messages.get("assessment.trendelenburg." + c)));
        }
        for (Side side : Side.values()) {
            textRow(
                    rows,
                    messages.get(
                            "reading.compare.sided",
                            messages.get("assessment.gait.single_leg_squat"),
                            messages.get("assessment.col." + side.code())),
                    values,
                    v -> v.text(AssessmentFields.squat(side)).map(c -> messages.get("assessment.squat." + c)));
        }
        dropEmptyHeading(rows, before);
        before = rows.size();
        rows.add(Comparison.Row.heading(messages.get("exam.compare.heading")));
        for (ExamReading.Measure m : exam.measures(patient)) {
            numberRow(rows, m.label(), values, m.read(), d -> ExamReading.format(m, d));
        }
        for (ExamReading.TextMeasure t : exam.texts()) {
            textRow(rows, t.label(), values, t.read());
        }
        dropEmptyHeading(rows, before);
        return new Comparison(visits, rows, charts.charts(assessments, patient));
    }

    /** A force in newtons; a force recorded without a unit has no known size and is left out. */
    private static Optional<Double> newtons(AssessmentValues v, MuscleGroup g, Side side) {
        return v.force(g, side).flatMap(f -> ForceUnit.of(v).map(u -> u.toNewtons(f)));
    }

    private void textRow(
            List<Comparison.Row> rows,
            String label,
            List<AssessmentValues> values,
            Function<AssessmentValues, Optional<String>> read) {
        List<Optional<String>> texts = values.stream().map(read).toList();
        if (texts.stream().allMatch(Optional::isEmpty)) {
            return;
        }
        List<String> cells = texts.stream().map(t -> t.orElse("\u2013")).toList();
        List<String> present = texts.stream().flatMap(Optional::stream).toList();
        String sinceFirst = present.size() < 2 ? "" : textChange(present.get(0), present.get(present.size() - 1));
        String sinceLast =
                present.size() < 2 ? "" : textChange(present.get(present.size() - 2), present.get(present.size() - 1));
        rows.add(new Comparison.Row(label, false, cells, sinceFirst, sinceLast));
    }

    private static String textChange(String from, String to) {
        return from.equals(to) ? "=" : from + " \u2192 " + to;
    }

    private static void dropEmptyHeading(List<Comparison.Row> rows, int headingIndex) {
        if (rows.size() == headingIndex + 1) {
            rows.remove(headingIndex);
        }
    }

    private void numberRow(
            List<Comparison.Row> rows,
            String label,
            List<AssessmentValues> values,
            Function<AssessmentValues, Optional<Double>> read) {
        numberRow(rows, label, values, read, AssessmentReading::number);
    }

    private void numberRow(
            List<Comparison.Row> rows,
            String label,
            List<AssessmentValues> values,
            Function<AssessmentValues, Optional<Double>> read,
            Function<Double, String> format) {
        List<Optional<Double>> numbers = values.stream().map(read).toList();
        if (numbers.stream().allMatch(Optional::isEmpty)) {
            return;
        }
        List<String> cells =
                numbers.stream().map(n -> n.map(format).orElse("\u2013")).toList();
        rows.add(
                new Comparison.Row(label, false, cells, change(numbers, true, format), change(numbers, false, format)));
    }

    /**
     * A questionnaire's row: a change at least its minimal clinically important difference is marked, as an
     * improvement or a worsening (higher is better on all of them).
     */
    private void numberRow(
            List<Comparison.Row> rows,
            String label,
            List<AssessmentValues> values,
            Function<AssessmentValues, Optional<Double>> read,
            double mcid) {
        int at = rows.size();
        numberRow(rows, label, values, read);
        if (rows.size() == at) {
            return;
        }
        List<Double> present =
                values.stream().map(read).flatMap(Optional::stream).toList();
        if (present.size() < 2) {
            return;
        }
        double last = present.get(present.size() - 1);
        Comparison.Row row = rows.get(at);
        rows.set(
                at,
                new Comparison.Row(
                        row.label(),
                        false,
                        row.cells(),
                        marked(row.sinceFirst(), last - present.get(0), mcid),
                        marked(row.sinceLast(), last - present.get(present.size() - 2), mcid)));
    }

    private String marked(String change, double d, double mcid) {
        // the rounding the page shows, so "+2" is never left unmarked against a 2-point threshold by 1.9999
        double shown = Math.round(d * 10) / 10.0;
        if (Math.abs(shown) < mcid) {
            return change;
        }
        return messages.get(shown > 0 ? "reading.compare.importantBetter" : "reading.compare.importantWorse", change);
    }

    private void gradeRow(
            List<Comparison.Row> rows, String label, List<AssessmentValues> values, MuscleGroup g, Side side) {
        List<Optional<MmtGrade>> grades =
                values.stream().map(v -> v.grade(g, side)).toList();
        if (grades.stream().allMatch(Optional::isEmpty)) {
            return;
        }
        List<String> cells = grades.stream()
                .map(x -> x.map(MmtGrade::toString).orElse("\u2013"))
                .toList();
        List<Optional<MmtGrade>> present =
                grades.stream().filter(Optional::isPresent).toList();
        String sinceFirst = present.size() < 2
                ? ""
                : gradeChange(
                        present.get(0).get(), present.get(present.size() - 1).get());
        String sinceLast = present.size() < 2
                ? ""
                : gradeChange(
                        present.get(present.size() - 2).get(),
                        present.get(present.size() - 1).get());
        rows.add(new Comparison.Row(label, false, cells, sinceFirst, sinceLast));
    }

    private static String gradeChange(MmtGrade from, MmtGrade to) {
        return from.equals(to) ? "=" : from + " \u2192 " + to;
    }

    /** The change from the first (or the previous) measured value to the last one, signed. */
    private static String change(List<Optional<Double>> numbers, boolean sinceFirst) {
        return change(numbers, sinceFirst, AssessmentReading::number);
    }

    private static String change(List<Optional<Double>> numbers, boolean sinceFirst, Function<Double, String> format) {
        List<Double> present = numbers.stream().flatMap(Optional::stream).toList();
        if (present.size() < 2) {
            return "";
        }
        double last = present.get(present.size() - 1);
        double from = sinceFirst ? present.get(0) : present.get(present.size() - 2);
        double d = last - from;
        return d == 0 ? "0" : (d > 0 ? "+" : "\u2212") + format.apply(Math.abs(d));
    }
}
