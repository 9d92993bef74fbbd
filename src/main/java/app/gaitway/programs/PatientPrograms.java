package app.gaitway.programs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A patient's programs for the patient page, as {@code ${patientPrograms.of(patient.id)}}, so the patient pages
 * show them without depending on the programs code.
 */
@Named("patientPrograms")
@RequestScoped
public class PatientPrograms {

    @Inject
    ProgramService programs;

    public List<ProgramSummary> of(long patientId) {
        return programs.ofPatient(patientId);
    }
}
