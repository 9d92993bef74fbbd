package app.gaitway.patients.history;

import java.util.List;

/**
 * A feature that adds to a patient's history (assessments, home programs). The patient pages collect every
 * source without knowing them, so the patient code does not depend on the features built on it.
 */
public interface HistorySource {

    /** The patient's events of this kind, in any order; the patient must be of the signed-in user's clinic. */
    List<HistoryEntry> entriesOf(long patientId);
}
