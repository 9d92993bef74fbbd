package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.Optional;

/**
 * A dynamometer force as a percentage of body weight, so patients of different size (and one patient whose
 * weight changes) compare fairly: force in kgf / body weight in kg × 100, with one decimal. A force in N is
 * first divided by {@value ForceUnit#GRAVITY}. Only when the force, its unit and the body weight are all known.
 */
public final class BodyWeightForce {

    private BodyWeightForce() {}

    public static double newtonsToKilograms(double newtons) {
        return ForceUnit.NEWTON.toKilograms(newtons);
    }

    /** % body weight of a force already in kgf; empty when either is missing or the weight is not positive. */
    public static Optional<Double> percent(Double forceKg, Double bodyWeightKg) {
        if (forceKg == null || bodyWeightKg == null || bodyWeightKg <= 0) {
            return Optional.empty();
        }
        return Optional.of(Rounding.oneDecimal(forceKg / bodyWeightKg * 100));
    }

    /** % body weight of a force in the unit given; empty when anything is missing. */
    public static Optional<Double> percent(Double force, ForceUnit unit, Double bodyWeightKg) {
        return force == null || unit == null ? Optional.empty() : percent(unit.toKilograms(force), bodyWeightKg);
    }

    /** % body weight of the force recorded for one muscle group and side of an assessment. */
    public static Optional<Double> percent(AssessmentValues values, MuscleGroup group, Side side) {
        return percent(
                values.force(group, side).orElse(null),
                ForceUnit.of(values).orElse(null),
                values.decimal("strength.body_weight_kg").orElse(null));
    }
}
