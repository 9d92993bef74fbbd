package app.gaitway.fhir;

import app.gaitway.assessments.findings.LefsScore;
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
 * The Lower Extremity Functional Scale: 20 items answered 0–4, the total 0–80 when all are answered
 * ({@link LefsScore}). We found no LOINC or SNOMED CT code for the LEFS total, so it is coded in the installation's
 * own system ({@code lefs.total}); the items' link ids are their numbers, 1–20.
 */
final class LefsMapper extends MeasureMapper {

    @Override
    String name() {
        return "lefs";
    }

    @Override
    int itemCount() {
        return LefsScore.ITEMS;
    }

    @Override
    List<Answer> answers(AssessmentValues values, ExportBundle bundle) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 1; i <= LefsScore.ITEMS; i++) {
            int item = i;
            values.integer(AssessmentFields.lefs(item))
                    .ifPresent(a -> answers.add(new Answer(
                            Integer.toString(item), bundle.messages().get("assessment.lefs.item" + item), a)));
        }
        return answers;
    }

    @Override
    Optional<Type> score(AssessmentValues values) {
        OptionalInt total = LefsScore.of(values).total();
        return total.isPresent() ? Optional.of(new IntegerType(total.getAsInt())) : Optional.empty();
    }

    @Override
    Coding scoreCode(ExportBundle bundle) {
        return bundle.observationCode("lefs.total", "Lower Extremity Functional Scale total score (0\u201380)");
    }
}
