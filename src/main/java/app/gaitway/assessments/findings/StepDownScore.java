package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Side;

import java.util.Optional;

/**
 * The lateral step-down test of one side (Piva et al. 2006): the patient stands on the tested leg on a step and
 * slowly lowers the other heel to the floor. One point each for an arm strategy, a trunk lean, loss of a level
 * pelvis and an unsteady stance (or stepping down onto the other foot); the knee scores 1 when it moves medial to
 * the second toe and 2 when medial to the foot's inner border. The total, 0–6, falls in a band: good 0–1,
 * moderate 2–3, poor 4–6.
 */
public record StepDownScore(Side side, boolean arm, boolean trunk, boolean pelvis, int knee, boolean unsteady) {

    public enum Band {
        GOOD,
        MODERATE,
        POOR;

        public static Band of(int total) {
            if (total < 0 || total > MAX) {
                throw new IllegalArgumentException("a step-down total is 0 to " + MAX + ", not " + total);
            }
            return total <= 1 ? GOOD : total <= 3 ? MODERATE : POOR;
        }
    }

    public static final int MAX = 6;

    public StepDownScore {
        if (side == null) {
            throw new IllegalArgumentException("a step-down is of one side");
        }
        if (knee < 0 || knee > 2) {
            throw new IllegalArgumentException("the knee scores 0, 1 or 2, not " + knee);
        }
    }

    /**
     * The score of a side, when that side was tested: marked tested, or any item recorded (a therapist who ticks
     * "arm strategy" has tested the side even if the "tested" box was forgotten). Tested with nothing ticked is 0.
     */
    public static Optional<StepDownScore> of(AssessmentValues values, Side side) {
        boolean arm = values.flag(AssessmentFields.stepDown(side, "arm"));
        boolean trunk = values.flag(AssessmentFields.stepDown(side, "trunk"));
        boolean pelvis = values.flag(AssessmentFields.stepDown(side, "pelvis"));
        boolean unsteady = values.flag(AssessmentFields.stepDown(side, "unsteady"));
        Optional<Integer> knee = values.integer(AssessmentFields.stepDown(side, "knee"));
        boolean tested = values.flag(AssessmentFields.stepDown(side, "tested"));
        if (!tested && !arm && !trunk && !pelvis && !unsteady && knee.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StepDownScore(side, arm, trunk, pelvis, knee.orElse(0), unsteady));
    }

    public int total() {
        return (arm ? 1 : 0) + (trunk ? 1 : 0) + (pelvis ? 1 : 0) + knee + (unsteady ? 1 : 0);
    }

    public Band band() {
        return Band.of(total());
    }
}
