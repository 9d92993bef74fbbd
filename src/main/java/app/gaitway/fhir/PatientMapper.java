package app.gaitway.fhir;

import app.gaitway.patients.Sex;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;

/**
 * The patient: this installation's identifier, name, date of birth and sex, cared for by the clinic. Contact details,
 * referral, ICD-10 code and notes are not exported (see the README's export section).
 */
final class PatientMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        PatientRecord.Person p = record.patient();
        Patient patient = new Patient();
        patient.addIdentifier(bundle.identifier("patient", p.id()));
        patient.addName().setFamily(p.familyName()).addGiven(p.givenName());
        patient.setBirthDateElement(new DateType(p.birthDate().toString()));
        if (p.sex() != null) {
            patient.setGender(gender(p.sex()));
        }
        patient.setManagingOrganization(bundle.clinic());
        bundle.add(patient, "patient-" + p.id());
    }

    /** Sex as recorded for norms; FHIR's administrative gender has the same four answers. */
    static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case NOT_STATED -> AdministrativeGender.UNKNOWN;
        };
    }
}
