package app.gaitway.patientside.adherence;

import java.time.LocalDate;

/** A day's pain (0–10): the highest the patient logged that day, since that is the one a therapist acts on. */
public record DatedPain(LocalDate day, int pain) {

    /** Pain at or above this is highlighted: severe on the 0–10 scale, and a reason to call the patient. */
    public static final int HIGH = 7;

    public boolean isHigh() {
        return pain >= HIGH;
    }
}
