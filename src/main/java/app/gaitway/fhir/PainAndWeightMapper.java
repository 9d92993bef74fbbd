package app.gaitway.fhir;

import app.gaitway.assessments.record.AssessmentValues;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Pain on the 0–10 numeric rating scale and body weight. Pain now is LOINC 72514-3 (pain severity, 0–10 verbal
 * numeric rating, reported); the best and worst pain have no LOINC code of their own that says "best" or "worst"
 * without a fixed time frame, so they are coded in the installation's own system. Body weight is LOINC 29463-7 in
 * kilograms (UCUM kg), a vital sign as the base specification files it.
 */
final class PainAndWeightMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Visit visit : record.visits()) {
            AssessmentValues values = visit.values();
            pain(
                    bundle,
                    visit,
                    values.integer("subjective.pain_now"),
                    FhirCodes.loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                    "pain-now");
            pain(
                    bundle,
                    visit,
                    values.integer("subjective.pain_best"),
                    bundle.observationCode("pain.best", "Best pain, 0\u201310 numeric rating"),
                    "pain-best");
            pain(
                    bundle,
                    visit,
                    values.integer("subjective.pain_worst"),
                    bundle.observationCode("pain.worst", "Worst pain, 0\u201310 numeric rating"),
                    "pain-worst");
            values.text("strength.body_weight_kg").ifPresent(kg -> {
                Observation o = Observations.of(
                        bundle, visit, Observations.VITAL_SIGNS, FhirCodes.loinc("29463-7", "Body weight"));
                o.setValue(FhirCodes.ucum(new BigDecimal(kg), "kg", "kg"));
                bundle.add(o, Observations.key(visit, "body-weight"));
            });
        }
    }

    private static void pain(
            ExportBundle bundle, PatientRecord.Visit visit, Optional<Integer> score, Coding code, String key) {
        score.ifPresent(s -> {
            Observation o = Observations.of(bundle, visit, Observations.SURVEY, code);
            o.setValue(new IntegerType(s));
            bundle.add(o, Observations.key(visit, key));
        });
    }
}
