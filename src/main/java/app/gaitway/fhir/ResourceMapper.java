package app.gaitway.fhir;

/**
 * One kind of resource in the export: reads what it needs from the patient's record and adds its resources to the
 * bundle. A new kind (goals, another outcome measure) is one more class and one more line in
 * {@link FhirRecordExport#MAPPERS}; mappers later in that list may refer to the patient, clinic and staff, which come
 * first.
 */
public interface ResourceMapper {

    void addTo(PatientRecord record, ExportBundle bundle);
}
