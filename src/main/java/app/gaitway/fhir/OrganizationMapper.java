package app.gaitway.fhir;

import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.StringType;

/** The clinic: this installation's identifier, its name and the address its reports print. */
final class OrganizationMapper implements ResourceMapper {

    @Override
    public void addTo(PatientRecord record, ExportBundle bundle) {
        PatientRecord.Clinic c = record.clinic();
        Organization org = new Organization().setName(c.name());
        org.addIdentifier(bundle.identifier("clinic", c.id()));
        if (!c.addressLines().isEmpty()) {
            org.addAddress()
                    .setText(String.join(", ", c.addressLines()))
                    .setLine(c.addressLines().stream().map(StringType::new).toList());
        }
        bundle.add(org, "clinic-" + c.id());
    }
}
