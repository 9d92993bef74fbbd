package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;

/**
 * Effort out of 10 and reps in reserve that say different things, with the reserve the effort implies. The
 * therapist sees it as a warning, not an error: either scale may be the one they meant.
 */
public record EffortMismatch(
        int effortMin, int effortMax, int impliedReserveMin, int impliedReserveMax, int reserveMin, int reserveMax) {

    public static final String KEY = "dosage.warning.effortReserve";

    /** "Effort 7–8 out of 10 means about 2–3 reps left in reserve, but the reserve is set to 5." */
    public String text(Messages messages) {
        String implied = messages.get(
                "dosage.warning.reps",
                ItemDosageWords.numberOrRange(impliedReserveMin, impliedReserveMax, messages),
                impliedReserveMax);
        return messages.get(
                KEY,
                ItemDosageWords.numberOrRange(effortMin, effortMax, messages),
                implied,
                ItemDosageWords.numberOrRange(reserveMin, reserveMax, messages));
    }
}
