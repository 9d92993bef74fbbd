package app.gaitway.goals;

import app.gaitway.assessments.FieldCatalogue;
import app.gaitway.assessments.findings.AkpsScore;
import app.gaitway.assessments.findings.BodyWeightForce;
import app.gaitway.assessments.findings.FindingRules;
import app.gaitway.assessments.findings.ForceUnit;
import app.gaitway.assessments.findings.LefsScore;
import app.gaitway.assessments.findings.LimbSymmetry;
import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.findings.StepDownScore;
import app.gaitway.assessments.norms.GaitSpeedNorms;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.screen.SafetyScreen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static app.gaitway.goals.Direction.HIGHER_IS_BETTER;
import static app.gaitway.goals.Direction.LOWER_IS_BETTER;

/**
 * Every measure a goal can be set on and a discharge summary reports, in the order the goal form lists them. A new
 * measure is one line in {@link #build()} (see {@link GoalMeasure#field} for a plain numeric field); the test
 * {@code GoalMeasuresTest} fails when an INTEGER or DECIMAL field of the assessment is neither a measure nor listed
 * in {@link #NOT_MEASURES}, so a field added to the form is never forgotten here.
 */
public final class GoalMeasures {

    /**
     * Goniometry: an increase of more than 6° in the lower limb is beyond the error of measurement when different
     * therapists measure (3–4° with the same one): Boone DC et al. 1978, Reliability of goniometric measurements,
     * Phys Ther 58(11):1355–1360. Follow-ups are not always measured by the same therapist, so the larger figure.
     */
    static final double ROM_MEASUREMENT_ERROR = 6;

    static final double LUNGE_MEASUREMENT_ERROR_CM = 1.9;
    static final double GAIT_SPEED_MEANINGFUL_CHANGE = 0.1;

    /** Numeric fields that are no outcome to aim at, with why. */
    static final Set<String> NOT_MEASURES = Set.of(
            // context for % body weight; whether more or less is better depends on the patient
            "strength.body_weight_kg",
            // part of the safety screen, not an outcome
            SafetyScreen.PREGNANCY_WEEKS,
            // one PSFS activity's rating by its place on the form: a goal for an activity is a functional goal tied
            // to that activity (it keeps the patient's words), and the PSFS mean is a measure below
            AssessmentFields.psfsRating(1),
            AssessmentFields.psfsRating(2),
            AssessmentFields.psfsRating(3),
            AssessmentFields.psfsRating(4),
            AssessmentFields.psfsRating(5));

    private static final Map<String, GoalMeasure> BY_KEY = index(build());

    private GoalMeasures() {}

    private static List<GoalMeasure> build() {
        List<GoalMeasure> m = new ArrayList<>();
        // Pain on the 0–10 numeric rating scale: MCID 2 points (FindingRules.PAIN_MCID: Farrar et al. 2001,
        // Pain 94:149; Childs et al. 2005, Spine 30:1331).
        for (String p : List.of("now", "best", "worst")) {
            m.add(GoalMeasure.field("subjective.pain_" + p, "/10", "pain", LOWER_IS_BETTER)
                    .withMcid(FindingRules.PAIN_MCID));
        }
        // LEFS: MCID 9 points (LefsScore.MINIMAL_IMPORTANT_CHANGE: Binkley et al. 1999, Phys Ther 79:371).
        m.add(GoalMeasure.higher("lefs.total", "goal.measure.lefs", "/80", "function", (v, p) -> {
                    var total = LefsScore.of(v).total();
                    return total.isPresent() ? OptionalDouble.of(total.getAsInt()) : OptionalDouble.empty();
                })
                .withMcid(LefsScore.MINIMAL_IMPORTANT_CHANGE));
        for (MuscleGroup g : MuscleGroup.values()) {
            for (Side s : Side.values()) {
                m.add(sided(
                                GoalMeasure.higher(
                                        AssessmentFields.grade(g, s),
                                        "",
                                        "/5",
                                        "strength",
                                        (v, p) -> present(v.grade(g, s).map(x -> x.value()))),
                                "goal.measure.grade",
                                g,
                                s)
                        .asGrades());
                // forces in newtons whatever unit each visit used (as the comparison does)
                m.add(sided(
                        GoalMeasure.higher(
                                AssessmentFields.force(g, s),
                                "",
                                "N",
                                "strength",
                                (v, p) -> present(v.force(g, s)
                                        .flatMap(f -> ForceUnit.of(v).map(u -> u.toNewtons(f))))),
                        "goal.measure.force",
                        g,
                        s));
                m.add(sided(
                        GoalMeasure.higher(
                                "strength." + g.code() + "." + s.code() + ".force_bw",
                                "",
                                "% BW",
                                "strength",
                                (v, p) -> present(BodyWeightForce.percent(v, g, s))),
                        "goal.measure.forceBw",
                        g,
                        s));
            }
            // involved ÷ uninvolved when the affected side is known, else weaker ÷ stronger (LimbSymmetry)
            m.add(GoalMeasure.higher(
                            "strength." + g.code() + ".force_lsi",
                            "",
                            "%",
                            "strength",
                            (v, p) -> present(LimbSymmetry.ofForces(v, g)
                                    .map(x -> p.involvedSide().isPresent()
                                            ? x.indexOf(p.involvedSide().get())
                                            : x.index())
                                    .filter(Double::isFinite)))
                    .withLabel(msg -> msg.get("goal.measure.symmetry", msg.get("assessment.muscle." + g.code()))));
        }
        for (Motion motion : Motion.values()) {
            for (Side s : Side.values()) {
                for (boolean active : List.of(true, false)) {
                    String key = AssessmentFields.rom(motion, s, active);
                    m.add(GoalMeasure.field(key, "°", "rom", HIGHER_IS_BETTER)
                            .withLabel(msg -> msg.get(
                                    "goal.measure.rom",
                                    msg.get("assessment.motion." + motion.code()),
                                    msg.get("assessment.col." + s.code()),
                                    msg.get("assessment.col." + (active ? "active" : "passive"))))
                            .withMeasurementError(ROM_MEASUREMENT_ERROR));
                }
            }
        }
        for (Side s : Side.values()) {
            m.add(GoalMeasure.lower(
                            "gait.step_down." + s.code() + ".total",
                            "",
                            "/6",
                            "movement",
                            (v, p) -> present(StepDownScore.of(v, s).map(x -> (double) x.total())))
                    .withLabel(msg -> msg.get("goal.measure.stepDown", msg.get("assessment.col." + s.code()))));
        }
        // PSFS mean: MCID 2 points (PsfsScore.AVERAGE_IMPORTANT_CHANGE: Horn et al. 2012, J Orthop Sports Phys Ther
        // 42:30); AKPS: 10 points (AkpsScore.MINIMAL_IMPORTANT_CHANGE: Crossley et al. 2004, Arch Phys Med Rehabil
        // 85:815).
        m.add(GoalMeasure.higher("psfs.average", "goal.measure.psfs", "/10", "function", (v, p) -> PsfsScore.average(v))
                .withMcid(PsfsScore.AVERAGE_IMPORTANT_CHANGE));
        m.add(GoalMeasure.higher("akps.total", "goal.measure.akps", "/100", "function", (v, p) -> {
                    var total = AkpsScore.total(v);
                    return total.isPresent() ? OptionalDouble.of(total.getAsInt()) : OptionalDouble.empty();
                })
                .withMcid(AkpsScore.MINIMAL_IMPORTANT_CHANGE));
        // Weight-bearing lunge: the smallest change beyond the test's error is 1.9 cm (minimal detectable change for
        // one clinician, Powden et al. 2015, Man Ther 20:524), as LungeTest cites it.
        for (Side s : Side.values()) {
            m.add(GoalMeasure.field(ExamFields.lunge(s), "cm", "rom", HIGHER_IS_BETTER)
                    .withMeasurementError(LUNGE_MEASUREMENT_ERROR_CM));
        }
        // Performance tests: any movement toward the target counts, as no change of theirs is cited here, except
        // gait speed, whose meaningful change is 0.1 m/s (Perera et al. 2006, J Am Geriatr Soc 54:743: 0.05 small,
        // 0.10 substantial).
        m.add(GoalMeasure.field(ExamFields.CHAIR_STAND, "", "performance", HIGHER_IS_BETTER));
        m.add(GoalMeasure.field(ExamFields.FIVE_STS, "s", "performance", LOWER_IS_BETTER));
        m.add(GoalMeasure.field(ExamFields.TUG, "s", "performance", LOWER_IS_BETTER));
        for (Side s : Side.values()) {
            m.add(GoalMeasure.field(ExamFields.singleLegStance(s), "s", "performance", HIGHER_IS_BETTER));
        }
        m.add(GoalMeasure.field(ExamFields.WALK_10M, "s", "performance", LOWER_IS_BETTER));
        m.add(GoalMeasure.higher("performance.gait_speed", "goal.measure.gaitSpeed", "m/s", "performance", (v, p) -> {
                    Optional<Double> seconds = v.decimal(ExamFields.WALK_10M).filter(x -> x > 0);
                    return seconds.isPresent()
                            ? OptionalDouble.of(Math.round(GaitSpeedNorms.speed(seconds.get()) * 100) / 100.0)
                            : OptionalDouble.empty();
                })
                .withMcid(GAIT_SPEED_MEANINGFUL_CHANGE));
        return m;
    }

    public static List<GoalMeasure> all() {
        return List.copyOf(BY_KEY.values());
    }

    public static Optional<GoalMeasure> find(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /** INTEGER and DECIMAL fields of the assessment that are neither a measure nor known not to be one. */
    static List<String> numericFieldsNotCovered() {
        return FieldCatalogue.all().stream()
                .filter(f -> f.type() == FieldSpec.Type.INTEGER || f.type() == FieldSpec.Type.DECIMAL)
                .map(FieldSpec::key)
                .filter(k -> !BY_KEY.containsKey(k) && !NOT_MEASURES.contains(k))
                .toList();
    }

    private static GoalMeasure sided(GoalMeasure m, String labelKey, MuscleGroup g, Side s) {
        return m.withLabel(msg ->
                msg.get(labelKey, msg.get("assessment.muscle." + g.code()), msg.get("assessment.col." + s.code())));
    }

    private static OptionalDouble present(Optional<Double> value) {
        return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
    }

    private static Map<String, GoalMeasure> index(List<GoalMeasure> measures) {
        Map<String, GoalMeasure> byKey = new LinkedHashMap<>();
        for (GoalMeasure m : measures) {
            if (byKey.put(m.key(), m) != null) {
                throw new IllegalStateException("goal measure listed twice: " + m.key());
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
