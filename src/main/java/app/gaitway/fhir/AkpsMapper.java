package app.gaitway.fhir;

import app.gaitway.assessments.findings.AkpsScore;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Anterior Knee Pain Scale (Kujala et al. 1993): 13 items, each answer stored as its published points, the total
 * 0–100 when all are answered ({@link AkpsScore}). No LOINC or SNOMED CT code for its total was found, so it is coded
 * in the installation's own system ({@code akps.total}), like the LEFS; the items' link ids are their numbers.
 */
final class AkpsMapper extends MeasureMapper {

    @Override
    String name() {
        return "akps";
    }

    @Override
    int itemCount() {
        return AkpsScore.ITEMS;
    }

    @Override
    List<Answer> answers(AssessmentValues values, ExportBundle bundle) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 1; i <= AkpsScore.ITEMS; i++) {
            int item = i;
            values.integer(AssessmentFields.akps(item))
                    .ifPresent(points -> answers.add(new Answer(
                            Integer.toString(item), bundle.messages().get("assessment.akps.item" + item), points)));
        }
        return answers;
    }

    @Override
    Optional<Type> score(AssessmentValues values) {
        OptionalInt total = AkpsScore.total(values);
        return total.isPresent() ? Optional.of(new IntegerType(total.getAsInt())) : Optional.empty();
    }

    @Override
    Coding scoreCode(ExportBundle bundle) {
        return bundle.observationCode("akps.total", "Anterior Knee Pain Scale (Kujala) total score (0\u2013100)");
    }
}
