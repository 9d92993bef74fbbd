package app.gaitway.fhir;

import app.gaitway.assessments.record.Side;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;

import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every observation of a signed assessment shares: final, about the patient, effective on the visit day, issued
 * when signed, performed by the therapist who signed; and the left and right values of a paired measurement as two
 * components coded by SNOMED CT laterality.
 */
final class Observations {

    static final String EXAM = "exam";
    static final String SURVEY = "survey";
    static final String VITAL_SIGNS = "vital-signs";

    private Observations() {}

    static Observation of(ExportBundle bundle, PatientRecord.Visit visit, String category, Coding code) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(FhirCodes.category(category, categoryDisplay(category)));
        o.setCode(new CodeableConcept(code).setText(code.getDisplay()));
        o.setSubject(bundle.patient());
        o.setEffective(new DateTimeType(visit.date().toString()));
        o.setIssued(Date.from(visit.signedAt()));
        o.addPerformer(bundle.staff(visit.signedBy()));
        return o;
    }

    /**
     * Adds one component per side that has a value ({@code valueOf} empty for a side not recorded); returns whether
     * any side had one, since an observation without a value says nothing.
     */
    static boolean sides(Observation o, Function<Side, Optional<? extends Type>> valueOf) {
        boolean any = false;
        // right first, as the forms and reports read
        for (Side side : new Side[] {Side.RIGHT, Side.LEFT}) {
            Optional<? extends Type> value = valueOf.apply(side);
            if (value.isPresent()) {
                o.addComponent().setCode(laterality(side)).setValue(value.get());
                any = true;
            }
        }
        return any;
    }

    /** SNOMED CT 24028007 |Right| and 7771000 |Left| (qualifier values). */
    static CodeableConcept laterality(Side side) {
        Coding c = side == Side.RIGHT ? FhirCodes.snomed("24028007", "Right") : FhirCodes.snomed("7771000", "Left");
        return new CodeableConcept(c).setText(c.getDisplay());
    }

    static String key(PatientRecord.Visit visit, String what) {
        return "assessment-" + visit.id() + "-" + what;
    }

    private static String categoryDisplay(String code) {
        return switch (code) {
            case EXAM -> "Exam";
            case SURVEY -> "Survey";
            case VITAL_SIGNS -> "Vital Signs";
            default -> throw new IllegalArgumentException(code);
        };
    }
}
