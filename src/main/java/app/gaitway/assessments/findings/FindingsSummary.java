package app.gaitway.assessments.findings;

import app.gaitway.assessments.AssessmentFields;
import app.gaitway.assessments.AssessmentValues;
import app.gaitway.assessments.GaitSign;
import app.gaitway.assessments.MmtGrade;
import app.gaitway.assessments.Motion;
import app.gaitway.assessments.MuscleGroup;
import app.gaitway.assessments.Side;
import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What stands out in an assessment, in the order a therapist reads it: pain, LEFS, strength, range of motion,
 * gait and movement. Normal results give no finding; pain and the LEFS are always reported when recorded.
 *
 * <ul>
 * <li><b>Pain</b> now / best / worst: a note; a flag when any is 7/10 or more (severe).</li>
 * <li><b>LEFS</b> total and % of maximal function, with the change from the previous assessment when both are
 * complete; a change of 9 points or more is called clinically important. A note; a flag when function fell by
 * 9 points or more. An incomplete scale says how many items were answered.</li>
 * <li><b>Strength</b>: each muscle group graded below 5/5 on either side, both sides shown (right first), flagged.
 * Dynamometer forces with the weaker side below 90% of the stronger ({@link LimbSymmetry}), flagged, with the
 * forces as % body weight when the unit and weight are known.</li>
 * <li><b>Range of motion</b>: the active value below the motion's norm (the passive value added when recorded;
 * the passive value alone when no active was), flagged, per side.</li>
 * <li><b>Gait and movement</b>: walking signs rated mild (note) or moderate / marked (flag); a positive
 * Trendelenburg sign (flag); single-leg squat fair (note) or poor (flag); lateral step-down moderate (note) or
 * poor (flag) with the items seen.</li>
 * </ul>
 *
 * <p><b>Side convention for gait and movement</b>: a side is always the <em>stance</em> side, the leg the patient
 * stands on, because that hip is the one being tested. {@code gait.pelvic_drop.right = moderate} means the pelvis
 * dropped (on the left, swing side) while the patient stood on the right leg, and reads "Pelvic drop (right
 * stance): moderate"; it points at the right hip abductors. Hip swing, trunk lean, knee valgus, foot pronation
 * and the Trendelenburg test read the same way; squat and step-down are done on the side named.
 */
public final class FindingsSummary {

    /** Right before left, as therapists write R/L. */
    static final List<Side> SIDES = List.of(Side.RIGHT, Side.LEFT);

    private static final int SEVERE_PAIN = 7;

    private final AssessmentValues current;
    private final AssessmentValues previous;
    private final List<Finding> findings = new ArrayList<>();

    private FindingsSummary(AssessmentValues current, AssessmentValues previous) {
        this.current = current;
        this.previous = previous;
    }

    /** The findings of {@code current}; {@code previousOrNull} (the assessment before it) gives the LEFS change. */
    public static List<Finding> of(AssessmentValues current, AssessmentValues previousOrNull) {
        if (current == null) {
            throw new IllegalArgumentException("no assessment to summarise");
        }
        FindingsSummary summary = new FindingsSummary(current, previousOrNull);
        summary.pain();
        summary.lefs();
        for (MuscleGroup group : MuscleGroup.values()) {
            summary.grades(group);
            summary.forceSymmetry(group);
        }
        for (Motion motion : Motion.values()) {
            for (Side side : SIDES) {
                summary.rom(motion, side);
            }
        }
        summary.gait();
        return List.copyOf(summary.findings);
    }

    private void add(Kind kind, Severity severity, Side side, MuscleGroup group, Motion motion, GaitSign sign, Phrase phrase) {
        findings.add(new Finding(kind, severity, side, group, motion, sign, phrase));
    }

    private void pain() {
        List<Phrase> parts = new ArrayList<>();
        int worst = -1;
        for (String when : List.of("now", "best", "worst")) {
            Optional<Integer> pain = current.integer("subjective.pain_" + when);
            if (pain.isPresent()) {
                parts.add(Phrase.of("findings.pain." + when, pain.get()));
                worst = Math.max(worst, pain.get());
            }
        }
        if (!parts.isEmpty()) {
            add(Kind.PAIN, worst >= SEVERE_PAIN ? Severity.FLAG : Severity.NOTE, null, null, null, null,
                    Phrase.of("findings.pain", parts));
        }
    }

    private void lefs() {
        LefsScore score = LefsScore.of(current);
        if (score.isEmpty()) {
            return;
        }
        if (!score.isComplete()) {
            add(Kind.LEFS, Severity.NOTE, null, null, null, null, Phrase.of("findings.lefs.incomplete", score.answered()));
            return;
        }
        Phrase total = Phrase.of("findings.lefs.total", score.total().getAsInt(), score.percentOfMaximum().orElseThrow());
        Optional<LefsScore.Change> change = previous == null ? Optional.empty() : LefsScore.change(LefsScore.of(previous), score);
        if (change.isEmpty()) {
            add(Kind.LEFS, Severity.NOTE, null, null, null, null, total);
            return;
        }
        LefsScore.Change c = change.get();
        Phrase direction = c.points() > 0 ? Phrase.of("findings.lefs.up", c.points())
                : c.points() < 0 ? Phrase.of("findings.lefs.down", -c.points()) : Phrase.of("findings.lefs.same");
        boolean important = c.isClinicallyImportant();
        Severity severity = important && c.points() < 0 ? Severity.FLAG : Severity.NOTE;
        add(Kind.LEFS, severity, null, null, null, null,
                Phrase.of(important ? "findings.lefs.importantChange" : "findings.lefs.change", total, direction, c.from()));
    }

    private void grades(MuscleGroup group) {
        Optional<MmtGrade> right = current.grade(group, Side.RIGHT);
        Optional<MmtGrade> left = current.grade(group, Side.LEFT);
        boolean belowFull = right.map(g -> !g.isFull()).orElse(false) || left.map(g -> !g.isFull()).orElse(false);
        if (!belowFull) {
            return;
        }
        List<Phrase> sides = new ArrayList<>();
        right.ifPresent(g -> sides.add(Phrase.of("findings.strength.grade", Side.RIGHT, g)));
        left.ifPresent(g -> sides.add(Phrase.of("findings.strength.grade", Side.LEFT, g)));
        Side weaker = right.isEmpty() ? Side.LEFT : left.isEmpty() ? Side.RIGHT
                : LimbSymmetry.ofGrades(right.get(), left.get()).orElseThrow().weaker().orElse(null);
        add(Kind.STRENGTH_GRADE, Severity.FLAG, weaker, group, null, null, Phrase.of("findings.strength.grades", group, sides));
    }

    private void forceSymmetry(MuscleGroup group) {
        Optional<LimbSymmetry> symmetry = LimbSymmetry.ofForces(current, group);
        if (symmetry.isEmpty() || !symmetry.get().isFlagged()) {
            return;
        }
        Side weaker = symmetry.get().weaker().orElseThrow();
        Optional<Double> right = BodyWeightForce.percent(current, group, Side.RIGHT);
        Optional<Double> left = BodyWeightForce.percent(current, group, Side.LEFT);
        Phrase phrase = right.isPresent() && left.isPresent()
                ? Phrase.of("findings.strength.symmetryBodyWeight", group, weaker, symmetry.get().index(), weaker.other(),
                        List.of(Phrase.of("findings.strength.bodyWeight", Side.RIGHT, right.get()),
                                Phrase.of("findings.strength.bodyWeight", Side.LEFT, left.get())))
                : Phrase.of("findings.strength.symmetry", group, weaker, symmetry.get().index(), weaker.other());
        add(Kind.FORCE_SYMMETRY, Severity.FLAG, weaker, group, null, null, phrase);
    }

    private void rom(Motion motion, Side side) {
        Optional<Integer> active = current.rom(motion, side, true);
        Optional<Integer> passive = current.rom(motion, side, false);
        Phrase norm = motion.normLow == motion.normHigh ? Phrase.of("findings.rom.norm", motion.normLow)
                : Phrase.of("findings.rom.normRange", motion.normLow, motion.normHigh);
        Phrase phrase;
        if (active.isPresent()) {
            if (!motion.belowNorm(active.get())) {
                return;
            }
            phrase = passive.isPresent()
                    ? Phrase.of("findings.rom.activePassive", motion, side, active.get(), passive.get(), norm)
                    : Phrase.of("findings.rom.active", motion, side, active.get(), norm);
        } else if (passive.isPresent() && motion.belowNorm(passive.get())) {
            phrase = Phrase.of("findings.rom.passive", motion, side, passive.get(), norm);
        } else {
            return;
        }
        add(Kind.ROM_BELOW_NORM, Severity.FLAG, side, null, motion, null, phrase);
    }

    private void gait() {
        for (GaitSign sign : GaitSign.values()) {
            for (Side side : SIDES) {
                current.text(AssessmentFields.gait(sign, side)).filter(s -> !s.equals("none")).ifPresent(severity ->
                        add(Kind.GAIT_SIGN, severity.equals("mild") ? Severity.NOTE : Severity.FLAG, side, null, null, sign,
                                Phrase.of("findings.gait.sign", sign, side, Phrase.of("findings.severity." + severity))));
            }
        }
        for (Side side : SIDES) {
            if (current.text(AssessmentFields.trendelenburg(side)).filter("positive"::equals).isPresent()) {
                add(Kind.TRENDELENBURG, Severity.FLAG, side, null, null, null, Phrase.of("findings.trendelenburg", side));
            }
        }
        for (Side side : SIDES) {
            current.text(AssessmentFields.squat(side)).filter(r -> !r.equals("good")).ifPresent(rating ->
                    add(Kind.SINGLE_LEG_SQUAT, rating.equals("poor") ? Severity.FLAG : Severity.NOTE, side, null, null, null,
                            Phrase.of("findings.squat", side, Phrase.of("findings.squat." + rating))));
        }
        for (Side side : SIDES) {
            StepDownScore.of(current, side).filter(s -> s.band() != StepDownScore.Band.GOOD).ifPresent(this::stepDown);
        }
    }

    private void stepDown(StepDownScore score) {
        List<Phrase> items = new ArrayList<>();
        if (score.arm()) {
            items.add(Phrase.of("findings.stepDown.arm"));
        }
        if (score.trunk()) {
            items.add(Phrase.of("findings.stepDown.trunk"));
        }
        if (score.pelvis()) {
            items.add(Phrase.of("findings.stepDown.pelvis"));
        }
        if (score.knee() > 0) {
            items.add(Phrase.of("findings.stepDown.knee" + score.knee()));
        }
        if (score.unsteady()) {
            items.add(Phrase.of("findings.stepDown.unsteady"));
        }
        add(Kind.STEP_DOWN, score.band() == StepDownScore.Band.POOR ? Severity.FLAG : Severity.NOTE, score.side(), null, null,
                null, Phrase.of("findings.stepDown", score.side(), score.total(), score.band(), items));
    }
}
