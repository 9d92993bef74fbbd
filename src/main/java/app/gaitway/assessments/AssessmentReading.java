package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSummary.Block;
import app.gaitway.assessments.AssessmentSummary.Cell;
import app.gaitway.assessments.AssessmentSummary.Fact;
import app.gaitway.assessments.AssessmentSummary.Row;
import app.gaitway.assessments.findings.Finding;
import app.gaitway.assessments.findings.FlagMarks;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.findings.RomNorms;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns stored assessment values into what pages show: the recorded sections as tables, the findings, the
 * step-down and LEFS scores, and the comparison across visits. The clinical rules live in the findings
 * package; this class only arranges and words them.
 */
@ApplicationScoped
public class AssessmentReading {

    @Inject
    Messages messages;

    @Inject
    AssessmentFindings findings;

    @Inject
    ExamReading exam;

    public AssessmentSummary summary(AssessmentValues v, AssessmentValues previous, PatientContext patient) {
        List<Finding> found = findings.findings(v, previous, patient);
        FlagMarks marks = FlagMarks.of(found);
        List<Block> blocks = new ArrayList<>();
        subjective(v).ifPresent(blocks::add);
        gait(v, marks).ifPresent(blocks::add);
        strength(v, marks).ifPresent(blocks::add);
        rom(v, marks, patient).ifPresent(blocks::add);
        blocks.addAll(exam.blocks(v, marks, patient));
        lefs(v).ifPresent(blocks::add);
        scoreBlock(v, "psfs", psfsText(v), "reading.psfs", psfsActivities(v)).ifPresent(blocks::add);
        scoreBlock(v, "akps", akpsText(v), "reading.akps", List.of()).ifPresent(blocks::add);
        plan(v).ifPresent(blocks::add);
        return new AssessmentSummary(findings.lines(found), blocks);
    }

    public Map<String, String> stepDownTexts(AssessmentValues v) {
        return findings.stepDownTexts(v);
    }

    public String lefsText(AssessmentValues v) {
        return findings.lefsText(v);
    }

    public String psfsText(AssessmentValues v) {
        return findings.psfsText(v);
    }

    public String akpsText(AssessmentValues v) {
        return findings.akpsText(v);
    }

    /** Each named activity with its score, as the record and the report list them. */
    private List<Fact> psfsActivities(AssessmentValues v) {
        return PsfsScore.of(v).activities().stream()
                .map(a -> new Fact(
                        a.name(), a.rating() == null ? messages.get("assessment.akps.unanswered") : a.rating() + "/10"))
                .toList();
    }

    private Optional<Block> scoreBlock(AssessmentValues v, String id, String text, String factKey, List<Fact> details) {
        if (text == null) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>(details);
        facts.add(new Fact(messages.get(factKey), text));
        return Optional.of(new Block(id, messages.get("assessment.section." + id), facts, List.of(), List.of()));
    }

    public Comparison comparison(List<Assessment> assessments, PatientContext patient) {
        return findings.comparison(assessments, patient);
    }

    private Optional<Block> subjective(AssessmentValues v) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, v, "subjective.complaint");
        fact(facts, v, "subjective.pain_location");
        List<String> pain = new ArrayList<>();
        for (String p : List.of("now", "best", "worst")) {
            v.integer("subjective.pain_" + p).ifPresent(n -> pain.add(messages.get("reading.pain." + p, n)));
        }
        if (!pain.isEmpty()) {
            facts.add(new Fact(messages.get("reading.pain"), String.join(", ", pain)));
        }
        List<String> aggravating = new ArrayList<>();
        for (String a : AssessmentFields.AGGRAVATORS) {
            if (v.flag("subjective.aggravating." + a)) {
                aggravating.add(messages.get("assessment.aggravating." + a));
            }
        }
        v.text("subjective.aggravating_other").ifPresent(aggravating::add);
        if (!aggravating.isEmpty()) {
            facts.add(new Fact(messages.get("assessment.aggravating"), String.join(", ", aggravating)));
        }
        fact(facts, v, "subjective.goals");
        return facts.isEmpty()
                ? Optional.empty()
                : Optional.of(new Block(
                        "subjective", messages.get("assessment.section.subjective"), facts, List.of(), List.of()));
    }

    private Optional<Block> gait(AssessmentValues v, FlagMarks marks) {
        List<Row> rows = new ArrayList<>();
        for (GaitSign sign : GaitSign.values()) {
            row(
                    rows,
                    messages.get("assessment.gait." + sign.code()),
                    v,
                    side -> AssessmentFields.gait(sign, side),
                    "assessment.severity.",
                    side -> marks.gait(sign, side));
        }
        row(
                rows,
                messages.get("assessment.gait.single_leg_squat"),
                v,
                AssessmentFields::squat,
                "assessment.squat.",
                marks::squat);
        row(
                rows,
                messages.get("assessment.gait.trendelenburg"),
                v,
                AssessmentFields::trendelenburg,
                "assessment.trendelenburg.",
                marks::trendelenburg);
        Map<String, String> stepDown = stepDownTexts(v);
        if (!stepDown.isEmpty()) {
            rows.add(new Row(List.of(
                    Cell.of(messages.get("assessment.stepDown")),
                    new Cell(stepDown.getOrDefault("left", ""), marks.stepDown(Side.LEFT)),
                    new Cell(stepDown.getOrDefault("right", ""), marks.stepDown(Side.RIGHT)))));
        }
        List<Fact> facts = new ArrayList<>();
        fact(facts, v, "gait.notes");
        if (rows.isEmpty() && facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "gait",
                messages.get("assessment.section.gait"),
                facts,
                List.of(
                        messages.get("assessment.col.finding"),
                        messages.get("assessment.col.left"),
                        messages.get("assessment.col.right")),
                rows));
    }

    private Optional<Block> strength(AssessmentValues v, FlagMarks marks) {
        List<Row> rows = new ArrayList<>();
        String unit = v.text("strength.force_unit").orElse("n");
        for (MuscleGroup g : MuscleGroup.values()) {
            Optional<MmtGrade> left = v.grade(g, Side.LEFT);
            Optional<MmtGrade> right = v.grade(g, Side.RIGHT);
            Optional<Double> leftForce = v.force(g, Side.LEFT);
            Optional<Double> rightForce = v.force(g, Side.RIGHT);
            if (left.isEmpty() && right.isEmpty() && leftForce.isEmpty() && rightForce.isEmpty()) {
                continue;
            }
            rows.add(new Row(List.of(
                    Cell.of(messages.get("assessment.muscle." + g.code())),
                    strengthCell(left, leftForce, unit, v, marks.strength(g, Side.LEFT)),
                    strengthCell(right, rightForce, unit, v, marks.strength(g, Side.RIGHT)),
                    Cell.of(findings.symmetryText(v, g)),
                    Cell.of(v.text(AssessmentFields.testPosition(g)).orElse("")))));
        }
        List<Fact> facts = new ArrayList<>();
        v.decimal("strength.body_weight_kg")
                .ifPresent(
                        w -> facts.add(new Fact(messages.get("assessment.label.strength.body_weight_kg"), number(w))));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "strength",
                messages.get("assessment.section.strength"),
                facts,
                List.of(
                        messages.get("assessment.col.muscle"),
                        messages.get("assessment.col.left"),
                        messages.get("assessment.col.right"),
                        messages.get("reading.symmetry"),
                        messages.get("assessment.col.position")),
                rows));
    }

    private Cell strengthCell(
            Optional<MmtGrade> grade, Optional<Double> force, String unit, AssessmentValues v, boolean flagged) {
        List<String> parts = new ArrayList<>();
        grade.ifPresent(g -> parts.add(g + "/5"));
        force.ifPresent(f -> {
            String text = number(f) + " " + messages.get("reading.unit." + unit);
            String bw = findings.percentBodyWeight(f, unit, v);
            parts.add(bw == null ? text : text + " (" + bw + ")");
        });
        return new Cell(String.join(", ", parts), flagged);
    }

    private Optional<Block> rom(AssessmentValues v, FlagMarks marks, PatientContext patient) {
        List<Row> rows = new ArrayList<>();
        for (Motion m : Motion.values()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(messages.get("assessment.motion." + m.code())));
            OptionalInt limit = RomNorms.lowerLimit(m, patient.age());
            cells.add(Cell.of(limit.isPresent() ? number(limit.getAsInt()) + "°" : messages.get("reading.noLimit")));
            boolean any = false;
            for (Side side : Side.values()) {
                Optional<Integer> active = v.rom(m, side, true);
                Optional<Integer> passive = v.rom(m, side, false);
                any |= active.isPresent() || passive.isPresent();
                String text = active.map(a -> a + "°").orElse("");
                if (passive.isPresent()) {
                    text = (text.isEmpty() ? "" : text + " ") + messages.get("reading.passive", passive.get());
                }
                cells.add(new Cell(text, marks.rom(m, side)));
            }
            if (any) {
                rows.add(new Row(cells));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "rom",
                messages.get("assessment.section.rom"),
                List.of(),
                List.of(
                        messages.get("assessment.col.motion"), messages.get("assessment.col.lowerLimit"),
                        messages.get("assessment.col.left"), messages.get("assessment.col.right")),
                rows));
    }

    private Optional<Block> lefs(AssessmentValues v) {
        String text = lefsText(v);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new Block(
                "lefs",
                messages.get("assessment.section.lefs"),
                List.of(new Fact(messages.get("reading.lefs"), text)),
                List.of(),
                List.of()));
    }

    private Optional<Block> plan(AssessmentValues v) {
        List<Fact> facts = new ArrayList<>();
        // the form asks for "your reasoning"; the record and the report, read by others too, just say what it is
        v.text("plan.assessment").ifPresent(t -> facts.add(new Fact(messages.get("reading.plan.assessment"), t)));
        fact(facts, v, "plan.plan");
        fact(facts, v, "plan.goals");
        return facts.isEmpty()
                ? Optional.empty()
                : Optional.of(new Block("plan", messages.get("assessment.section.plan"), facts, List.of(), List.of()));
    }

    private void fact(List<Fact> facts, AssessmentValues v, String key) {
        v.text(key).ifPresent(t -> facts.add(new Fact(messages.get("assessment.label." + key), t)));
    }

    private void row(
            List<Row> rows,
            String label,
            AssessmentValues v,
            Function<Side, String> key,
            String prefix,
            Predicate<Side> flagged) {
        Optional<String> left = v.text(key.apply(Side.LEFT));
        Optional<String> right = v.text(key.apply(Side.RIGHT));
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        rows.add(new Row(List.of(
                Cell.of(label),
                new Cell(left.map(c -> messages.get(prefix + c)).orElse(""), flagged.test(Side.LEFT)),
                new Cell(right.map(c -> messages.get(prefix + c)).orElse(""), flagged.test(Side.RIGHT)))));
    }

    static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 10) / 10.0);
    }

    static Map<String, String> empty() {
        return new LinkedHashMap<>();
    }
}
