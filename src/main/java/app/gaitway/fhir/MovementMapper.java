package app.gaitway.fhir;

import app.gaitway.assessments.findings.StepDownScore;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Side;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;

import java.util.Optional;
import java.util.function.Function;

/**
 * Gait and movement, by stance side as components: each gait sign's severity (none, mild, moderate, marked), the
 * Trendelenburg test (SNOMED CT 10828004 |Positive| or 260385009 |Negative|), the single-leg squat's rating, and the
 * lateral step-down score (0–6). Signs, ratings and the score are coded in the installation's own system.
 */
final class MovementMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Visit visit : record.visits()) {
            AssessmentValues values = visit.values();
            for (GaitSign sign : GaitSign.values()) {
                String name = bundle.messages().get("assessment.gait." + sign.code());
                add(
                        bundle,
                        visit,
                        "gait." + sign.code(),
                        name,
                        side -> values.text(AssessmentFields.gait(sign, side))
                                .map(s -> bundle.answer("severity." + s, capitalised(s))));
            }
            add(
                    bundle,
                    visit,
                    "gait.trendelenburg",
                    bundle.messages().get("assessment.gait.trendelenburg"),
                    side -> values.text(AssessmentFields.trendelenburg(side)).map(MovementMapper::testResult));
            add(
                    bundle,
                    visit,
                    "gait.single_leg_squat",
                    bundle.messages().get("assessment.gait.single_leg_squat"),
                    side -> values.text(AssessmentFields.squat(side))
                            .map(r -> bundle.answer("squat." + r, capitalised(r))));
            add(
                    bundle,
                    visit,
                    "gait.step_down_score",
                    "Lateral step-down score (0\u20136)",
                    side -> StepDownScore.of(values, side).map(s -> new IntegerType(s.total())));
        }
    }

    private static void add(
            ExportBundle bundle,
            PatientRecord.Visit visit,
            String code,
            String display,
            Function<Side, Optional<? extends Type>> valueOf) {
        Observation o = Observations.of(bundle, visit, Observations.EXAM, bundle.observationCode(code, display));
        if (Observations.sides(o, valueOf)) {
            bundle.add(o, Observations.key(visit, code));
        }
    }

    private static Type testResult(String result) {
        var c = "positive".equals(result)
                ? FhirCodes.snomed("10828004", "Positive")
                : FhirCodes.snomed("260385009", "Negative");
        return new CodeableConcept(c).setText(c.getDisplay());
    }

    private static String capitalised(String code) {
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }
}
