package app.gaitway.fhir;

import app.gaitway.assessments.record.AssessmentValues;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

import java.util.List;
import java.util.Optional;

/**
 * A scored outcome measure: the patient's answers as a {@code QuestionnaireResponse} (the patient its source, the
 * therapist who signed its author) and, when the measure's authors' rules give a score, the score as an
 * {@code Observation} derived from it. A subclass says what the measure's items and score are; nothing is added for a
 * visit where the measure was not used.
 */
abstract class MeasureMapper implements ResourceMapper {

    /** One answered item: the questionnaire's link id, the item's wording as the form shows it, the answer. */
    record Answer(String linkId, String text, int value) {}

    /** Short name, also the last part of the questionnaire's canonical URL and of the resources' names: "lefs". */
    abstract String name();

    abstract int itemCount();

    abstract List<Answer> answers(AssessmentValues values, ExportBundle bundle);

    /**
     * The score, when the answers give one by the authors' rules: an {@code IntegerType} for a sum (LEFS), a
     * {@code Quantity} for a score with decimals (a 0–100 transformed score).
     */
    abstract Optional<Type> score(AssessmentValues values);

    abstract Coding scoreCode(ExportBundle bundle);

    /** Whether every item was answered; a measure whose items vary in number (the PSFS) says so itself. */
    boolean complete(AssessmentValues values, List<Answer> answers) {
        return answers.size() == itemCount();
    }

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Visit visit : record.visits()) {
            List<Answer> answers = answers(visit.values(), bundle);
            if (answers.isEmpty()) {
                continue;
            }
            QuestionnaireResponse qr = new QuestionnaireResponse();
            qr.setQuestionnaire(bundle.questionnaire(name()));
            // a signed visit with items left blank: answered in part, and nobody will add to it
            qr.setStatus(
                    complete(visit.values(), answers)
                            ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                            : QuestionnaireResponse.QuestionnaireResponseStatus.STOPPED);
            qr.setSubject(bundle.patient());
            qr.setAuthoredElement(new DateTimeType(visit.date().toString()));
            qr.setAuthor(bundle.staff(visit.signedBy()));
            qr.setSource(bundle.patient());
            for (Answer a : answers) {
                qr.addItem().setLinkId(a.linkId()).setText(a.text()).addAnswer().setValue(new IntegerType(a.value()));
            }
            Reference response = bundle.add(qr, Observations.key(visit, name()));
            Optional<Type> score = score(visit.values());
            if (score.isPresent()) {
                Observation o = Observations.of(bundle, visit, Observations.SURVEY, scoreCode(bundle));
                o.setValue(score.get());
                o.addDerivedFrom(response);
                bundle.add(o, Observations.key(visit, name() + "-score"));
            }
        }
    }
}
