package app.gaitway.programs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient's programs for the patient page, as {@code ${patientPrograms.of(patient.id)}}, so the patient pages
 * show them without depending on the programs code. Read once per request: the program list, the adherence
 * reports and the patient's history all ask for them.
 */
@Named("patientPrograms")
@RequestScoped
public class PatientPrograms {

    @Inject
    ProgramService programs;

    private final Map<Long, ProgramsOfPatient> read = new HashMap<>();

    public List<ProgramSummary> of(long patientId) {
        return withHistory(patientId).summaries();
    }

    public ProgramsOfPatient withHistory(long patientId) {
        return read.computeIfAbsent(patientId, programs::ofPatient);
    }
}
