package app.gaitway.patients.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient's history for the patient page, as {@code ${patientHistory.of(patient.id)}}: every source's events in
 * one line. Each source reads only the signed-in user's clinic, so another clinic's patient has no history here.
 */
@Named("patientHistory")
@RequestScoped
public class PatientHistory {

    @Inject
    @Any
    Instance<HistorySource> sources;

    public History of(long patientId) {
        List<List<HistoryEntry>> found = new ArrayList<>();
        for (HistorySource source : sources) {
            found.add(source.entriesOf(patientId));
        }
        return History.of(found);
    }
}
