package app.gaitway.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;

import java.math.BigDecimal;

/**
 * The code systems the export uses, each coding with its system's version where the system has versions. Standard
 * codes only where one means exactly what Gaitway records; everything else is coded in the installation's own code
 * system ({@link ExportBundle#localSystem()}), so nothing is passed off as a standard code it is not.
 */
public final class FhirCodes {

    public static final String LOINC = "http://loinc.org";
    /** The LOINC release the LOINC codes here were checked against (body weight 29463-7, pain 72514-3). */
    public static final String LOINC_VERSION = "2.80";

    public static final String SNOMED = "http://snomed.info/sct";
    /** The SNOMED CT International Edition the SNOMED CT codes here were taken from. */
    public static final String SNOMED_VERSION = "http://snomed.info/sct/900000000000207008/version/20250101";

    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** SNOMED CT 229065009 |Exercise therapy (regime/therapy)|: each exercise of a home program. */
    public static final String EXERCISE_THERAPY = "229065009";

    private FhirCodes() {}

    public static Coding loinc(String code, String display) {
        return new Coding(LOINC, code, display).setVersion(LOINC_VERSION);
    }

    public static Coding snomed(String code, String display) {
        return new Coding(SNOMED, code, display).setVersion(SNOMED_VERSION);
    }

    /** The observation category of the base specification: exam, survey, vital-signs. */
    public static CodeableConcept category(String code, String display) {
        return new CodeableConcept(new Coding(OBSERVATION_CATEGORY, code, display));
    }

    public static Quantity ucum(BigDecimal value, String code, String unit) {
        return new Quantity().setValue(value).setSystem(UCUM).setCode(code).setUnit(unit);
    }
}
