package app.gaitway.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * The therapists who signed an assessment or gave a program, by the name (and credentials) kept on those records.
 * Gaitway keeps a person's name as one text, so it goes to {@code name.text}, not split into given and family.
 */
final class PractitionerMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        for (PatientRecord.Staff s : record.staff()) {
            Practitioner p = new Practitioner();
            p.addIdentifier(bundle.identifier("staff", s.id()));
            p.addName().setText(s.name());
            if (s.credentials() != null && !s.credentials().isBlank()) {
                p.addQualification().setCode(new CodeableConcept().setText(s.credentials()));
            }
            bundle.add(p, "staff-" + s.id());
        }
    }
}
