package app.gaitway.fhir;

import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.record.AssessmentValues;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Patient-Specific Functional Scale (Stratford et al. 1995): up to five activities the patient names, each rated
 * 0–10; the score is their mean ({@link PsfsScore}), a decimal, so a UCUM {@code {score}} quantity. Each item's text
 * is the patient's own activity, as the instrument intends; its link id is the activity's place on the form. No LOINC
 * or SNOMED CT code for the mean was found: the installation's own system ({@code psfs.average}).
 */
final class PsfsMapper extends MeasureMapper {

    @Override
    String name() {
        return "psfs";
    }

    @Override
    int itemCount() {
        return PsfsScore.ACTIVITIES;
    }

    @Override
    List<Answer> answers(AssessmentValues values, ExportBundle bundle) {
        List<Answer> answers = new ArrayList<>();
        List<PsfsScore.Activity> activities = PsfsScore.of(values).activities();
        for (int i = 0; i < activities.size(); i++) {
            PsfsScore.Activity activity = activities.get(i);
            if (activity.rating() != null) {
                answers.add(new Answer(Integer.toString(i + 1), activity.name(), activity.rating()));
            }
        }
        return answers;
    }

    @Override
    boolean complete(AssessmentValues values, List<Answer> answers) {
        return PsfsScore.of(values).isComplete();
    }

    @Override
    Optional<Type> score(AssessmentValues values) {
        OptionalDouble mean = PsfsScore.average(values);
        return mean.isPresent()
                ? Optional.of(FhirCodes.ucum(BigDecimal.valueOf(mean.getAsDouble()), "{score}", "score"))
                : Optional.empty();
    }

    @Override
    Coding scoreCode(ExportBundle bundle) {
        return bundle.observationCode(
                "psfs.average", "Patient-Specific Functional Scale, mean of the activities' ratings (0\u201310)");
    }
}
