package app.gaitway.assessments.measures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient page's line of questionnaires, as {@code ${patientMeasures.of(id)}}. */
@Named("patientMeasures")
@RequestScoped
public class PatientMeasuresPanel {

    @Inject
    MeasureChoices choices;

    public MeasureChoices.Current of(long patientId) {
        return choices.of(patientId);
    }
}
