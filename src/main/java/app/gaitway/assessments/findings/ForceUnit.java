package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;

import java.util.Optional;

/**
 * The unit a hand-held dynamometer reading was recorded in ({@code strength.force_unit}). A kilogram here is a
 * kilogram-force, the weight of a kilogram: 1 kgf = {@value #GRAVITY} N.
 */
public enum ForceUnit {
    NEWTON("n"),
    KILOGRAM("kg");

    public static final double GRAVITY = 9.81;

    private final String code;

    ForceUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The unit of an assessment's forces, or empty when none was recorded (then forces cannot be converted). */
    public static Optional<ForceUnit> of(AssessmentValues values) {
        return values.text("strength.force_unit").flatMap(ForceUnit::ofCode);
    }

    public static Optional<ForceUnit> ofCode(String code) {
        for (ForceUnit unit : values()) {
            if (unit.code.equals(code)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    public double toKilograms(double force) {
        return this == KILOGRAM ? force : force / GRAVITY;
    }

    public double toNewtons(double force) {
        return this == NEWTON ? force : force * GRAVITY;
    }
}
