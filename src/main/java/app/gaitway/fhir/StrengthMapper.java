package app.gaitway.fhir;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.MuscleGroup;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Strength, per muscle group, right and left as components: the manual muscle test grade (0–5 with + and −) and the
 * hand-held dynamometer's force in newtons or kilograms-force (UCUM N, kgf) as typed. Neither has a LOINC or SNOMED CT
 * code that means "this grade of this muscle group on this side", so both are coded in the installation's own system.
 */
final class StrengthMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Visit visit : record.visits()) {
            AssessmentValues values = visit.values();
            for (MuscleGroup group : MuscleGroup.values()) {
                String muscles = bundle.messages().get("assessment.muscle." + group.code());
                Observation grade = Observations.of(
                        bundle,
                        visit,
                        Observations.EXAM,
                        bundle.observationCode("mmt." + group.code(), "Manual muscle test grade: " + muscles));
                if (Observations.sides(grade, side -> values.grade(group, side).map(g -> grade(bundle, g)))) {
                    bundle.add(grade, Observations.key(visit, "mmt-" + group.code()));
                }
                Optional<String> unit = values.text("strength.force_unit");
                Observation force = Observations.of(
                        bundle,
                        visit,
                        Observations.EXAM,
                        bundle.observationCode("force." + group.code(), "Dynamometer force: " + muscles));
                if (unit.isPresent()
                        && Observations.sides(
                                force,
                                side -> values.text(AssessmentFields.force(group, side))
                                        .map(typed -> force(typed, unit.get())))) {
                    bundle.add(force, Observations.key(visit, "force-" + group.code()));
                }
            }
        }
    }

    private static Type grade(ExportBundle bundle, MmtGrade grade) {
        // the code in ASCII; the display keeps the real minus sign the reports print
        return bundle.answer("mmt-grade." + grade.toString().replace('\u2212', '-'), grade + "/5");
    }

    private static Type force(String typed, String unit) {
        return "kg".equals(unit)
                ? FhirCodes.ucum(new BigDecimal(typed), "kgf", "kgf")
                : FhirCodes.ucum(new BigDecimal(typed), "N", "N");
    }
}
