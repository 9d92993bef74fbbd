package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.Optional;

/**
 * The limb-symmetry index of one muscle group: the weaker side's value as a percentage of the stronger side's
 * (weaker / stronger × 100). A therapist reads it as "right is 82% of left"; below {@value #THRESHOLD}% the
 * difference is worth attention. It compares two measurements in the same unit, so dynamometer forces in N or in
 * kg give the same index; MMT grades compare by {@link MmtGrade#value()} (3+ = 3.33).
 *
 * <p>Both sides must be known: a missing side gives no index ({@link Optional#empty()}), never 0% or 100%. Two
 * zeros are equal sides (100%); a zero against anything stronger is 0%.
 */
public final class LimbSymmetry {

    /** Below this index (in %) the weaker side is flagged. */
    public static final double THRESHOLD = 90.0;

    private final double right;
    private final double left;

    private LimbSymmetry(double right, double left) {
        if (right < 0
                || left < 0
                || Double.isNaN(right)
                || Double.isNaN(left)
                || Double.isInfinite(right)
                || Double.isInfinite(left)) {
            throw new IllegalArgumentException("a side cannot measure " + right + " / " + left);
        }
        this.right = right;
        this.left = left;
    }

    /** The index of two measurements, or empty when either side is missing (null). */
    public static Optional<LimbSymmetry> of(Double right, Double left) {
        return right == null || left == null ? Optional.empty() : Optional.of(new LimbSymmetry(right, left));
    }

    public static Optional<LimbSymmetry> ofGrades(MmtGrade right, MmtGrade left) {
        return right == null || left == null ? Optional.empty() : of(right.value(), left.value());
    }

    /** The index of the dynamometer forces of a muscle group, when both sides were measured. */
    public static Optional<LimbSymmetry> ofForces(AssessmentValues values, MuscleGroup group) {
        return of(
                values.force(group, Side.RIGHT).orElse(null),
                values.force(group, Side.LEFT).orElse(null));
    }

    /** The index of the MMT grades of a muscle group, when both sides were graded. */
    public static Optional<LimbSymmetry> ofGrades(AssessmentValues values, MuscleGroup group) {
        return ofGrades(
                values.grade(group, Side.RIGHT).orElse(null),
                values.grade(group, Side.LEFT).orElse(null));
    }

    public double value(Side side) {
        return side == Side.RIGHT ? right : left;
    }

    /** Weaker / stronger × 100, with one decimal; 100 when the sides are equal. */
    public double index() {
        double stronger = Math.max(right, left);
        return stronger == 0 ? 100.0 : Rounding.oneDecimal(Math.min(right, left) / stronger * 100);
    }

    /**
     * The involved side as a percentage of the uninvolved (involved ÷ uninvolved × 100, one decimal), the way limb
     * symmetry is read when the affected side is known; above 100 when the involved side is the stronger.
     */
    public double indexOf(Side involved) {
        double uninvolved = value(involved.other());
        if (uninvolved == 0) {
            return value(involved) == 0 ? 100.0 : Double.POSITIVE_INFINITY;
        }
        return Rounding.oneDecimal(value(involved) / uninvolved * 100);
    }

    /** The weaker side, or empty when both are equal. */
    public Optional<Side> weaker() {
        return right == left ? Optional.empty() : Optional.of(right < left ? Side.RIGHT : Side.LEFT);
    }

    /** The stronger side, or empty when both are equal. */
    public Optional<Side> stronger() {
        return weaker().map(Side::other);
    }

    /** Whether the weaker side is below {@value #THRESHOLD}% of the stronger. */
    public boolean isFlagged() {
        return index() < THRESHOLD;
    }

    @Override
    public String toString() {
        return "LimbSymmetry[right=" + right + ", left=" + left + ", index=" + index() + "%]";
    }
}
