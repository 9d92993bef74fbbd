package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The measures of a patient's assessments over time, for the comparison page and its charts. Each method takes the
 * assessments oldest first and gives one {@link Series}; its {@code measure} names it by field key
 * ({@code strength.hip_abductors.right.grade}) or, for a derived measure, by a key in the same style
 * ({@code lefs.total}, {@code strength.hip_abductors.right.force_bw}, {@code strength.hip_abductors.force_lsi},
 * {@code gait.step_down.right.total}) so a page can find its label.
 *
 * <p>Grades are charted by {@link MmtGrade#value()} (3+ = 3.33) and labelled as written. Forces are converted to
 * newtons so readings recorded in N and in kg compare; a force recorded without a unit is skipped, as its size is
 * unknown.
 */
public final class TrendSeries {

    private TrendSeries() {}

    public static Series painNow(List<DatedAssessment> assessments) {
        return integer(assessments, "subjective.pain_now");
    }

    public static Series painBest(List<DatedAssessment> assessments) {
        return integer(assessments, "subjective.pain_best");
    }

    public static Series painWorst(List<DatedAssessment> assessments) {
        return integer(assessments, "subjective.pain_worst");
    }

    /** Complete LEFS totals only: an incomplete scale has no total. */
    public static Series lefsTotal(List<DatedAssessment> assessments) {
        return numbers(assessments, "lefs.total", v -> {
            var total = LefsScore.of(v).total();
            return total.isPresent() ? Optional.of((double) total.getAsInt()) : Optional.empty();
        });
    }

    public static Series grade(List<DatedAssessment> assessments, MuscleGroup group, Side side) {
        String measure = "strength." + group.code() + "." + side.code() + ".grade";
        List<Series.Point> points = new ArrayList<>();
        for (DatedAssessment a : inOrder(assessments)) {
            a.values()
                    .grade(group, side)
                    .ifPresent(g -> points.add(new Series.Point(a.date(), g.value(), g.toString())));
        }
        return new Series(measure, points);
    }

    /** Dynamometer force in newtons. */
    public static Series force(List<DatedAssessment> assessments, MuscleGroup group, Side side) {
        return numbers(assessments, "strength." + group.code() + "." + side.code() + ".force", v -> {
            Optional<ForceUnit> unit = ForceUnit.of(v);
            return v.force(group, side).flatMap(f -> unit.map(u -> Rounding.oneDecimal(u.toNewtons(f))));
        });
    }

    /** Dynamometer force as % body weight (see {@link BodyWeightForce}). */
    public static Series forcePercentBodyWeight(List<DatedAssessment> assessments, MuscleGroup group, Side side) {
        return numbers(
                assessments,
                "strength." + group.code() + "." + side.code() + ".force_bw",
                v -> BodyWeightForce.percent(v, group, side));
    }

    /** The limb-symmetry index of the forces (weaker as % of stronger), when both sides were measured. */
    public static Series forceSymmetry(List<DatedAssessment> assessments, MuscleGroup group) {
        return numbers(
                assessments,
                "strength." + group.code() + ".force_lsi",
                v -> LimbSymmetry.ofForces(v, group).map(LimbSymmetry::index));
    }

    /** Active range of motion in degrees. */
    public static Series rom(List<DatedAssessment> assessments, Motion motion, Side side) {
        return rom(assessments, motion, side, true);
    }

    public static Series rom(List<DatedAssessment> assessments, Motion motion, Side side, boolean active) {
        return integer(assessments, "rom." + motion.code() + "." + side.code() + (active ? ".active" : ".passive"));
    }

    /** Lateral step-down total, 0–6 (lower is better), when the side was tested. */
    public static Series stepDown(List<DatedAssessment> assessments, Side side) {
        return numbers(
                assessments,
                "gait.step_down." + side.code() + ".total",
                v -> StepDownScore.of(v, side).map(s -> (double) s.total()));
    }

    /** Any measure: the value read from each assessment, skipped where empty. */
    public static Series numbers(
            List<DatedAssessment> assessments, String measure, Function<AssessmentValues, Optional<Double>> read) {
        List<Series.Point> points = new ArrayList<>();
        for (DatedAssessment a : inOrder(assessments)) {
            read.apply(a.values()).ifPresent(value -> points.add(new Series.Point(a.date(), value, label(value))));
        }
        return new Series(measure, points);
    }

    private static Series integer(List<DatedAssessment> assessments, String key) {
        return numbers(assessments, key, v -> v.integer(key).map(Integer::doubleValue));
    }

    private static List<DatedAssessment> inOrder(List<DatedAssessment> assessments) {
        for (int i = 1; i < assessments.size(); i++) {
            if (assessments.get(i).date().isBefore(assessments.get(i - 1).date())) {
                throw new IllegalArgumentException("assessments must be oldest first: "
                        + assessments.get(i - 1).date() + " comes before "
                        + assessments.get(i).date());
            }
        }
        return assessments;
    }

    private static String label(double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        symbols.setMinusSign('\u2212');
        return new DecimalFormat("0.#", symbols).format(value);
    }
}
