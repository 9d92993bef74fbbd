package app.gaitway.programs.dosage;

import java.util.Optional;

/**
 * Whether the two effort scales of a dosage agree. Reps in reserve is about 10 minus the effort out of 10 (effort
 * 7–8 leaves about 2–3 repetitions in the tank), so a range on one scale implies a range on the other. Both are
 * estimates a patient makes while tired, so they agree as soon as the ranges share a number: effort 7–8 with
 * 3–5 in reserve, as the sources pair them, agrees.
 */
public final class EffortCheck {

    static final int SCALE = 10;

    private EffortCheck() {}

    /** The disagreement, or empty when the scales agree or only one (or neither) is given. */
    public static Optional<EffortMismatch> mismatch(ItemDosage d) {
        if (!d.hasEffort() || !d.hasReserve()) {
            return Optional.empty();
        }
        int effortMax = d.effortMax() == null ? d.effortMin() : d.effortMax();
        int reserveMax = d.reserveMax() == null ? d.reserveMin() : d.reserveMax();
        int impliedMin = SCALE - effortMax;
        int impliedMax = SCALE - d.effortMin();
        boolean overlap = d.reserveMin() <= impliedMax && reserveMax >= impliedMin;
        return overlap
                ? Optional.empty()
                : Optional.of(new EffortMismatch(
                        d.effortMin(), effortMax, impliedMin, impliedMax, d.reserveMin(), reserveMax));
    }
}
