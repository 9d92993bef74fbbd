package app.gaitway.fhir;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.Motion;
import org.hl7.fhir.r4.model.Observation;

import java.math.BigDecimal;

/**
 * Range of motion by goniometer, per motion and per kind (active, passive), right and left as components in degrees
 * (UCUM deg). Knee extension keeps Gaitway's sign: 0 straight, negative short of straight, positive hyperextended.
 * LOINC's range-of-motion codes are assessment-form items (whole limb, scored), not a measured angle of one motion, so
 * these are coded in the installation's own system.
 */
final class RangeOfMotionMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Visit visit : record.visits()) {
            AssessmentValues values = visit.values();
            for (Motion motion : Motion.values()) {
                for (boolean active : new boolean[] {true, false}) {
                    String kind = active ? "active" : "passive";
                    String name = bundle.messages().get("assessment.motion." + motion.code());
                    Observation o = Observations.of(
                            bundle,
                            visit,
                            Observations.EXAM,
                            bundle.observationCode(
                                    "rom." + motion.code() + "." + kind, name + ", " + kind + " range of motion"));
                    if (Observations.sides(
                            o,
                            side -> values.rom(motion, side, active)
                                    .map(deg -> FhirCodes.ucum(BigDecimal.valueOf(deg), "deg", "°")))) {
                        bundle.add(o, Observations.key(visit, "rom-" + motion.code() + "-" + kind));
                    }
                }
            }
        }
    }
}
