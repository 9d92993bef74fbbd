package app.gaitway.fhir;

import app.gaitway.shared.web.Messages;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The bundle being built, with what every mapper shares: the installation's identity (its base URL names its
 * identifiers and its own code systems) and how resources refer to each other. Every resource is named by a UUID made
 * from the installation and the record it comes from, so a second export of the same record names it the same and a
 * receiving system can recognise it; references are those {@code urn:uuid:} names, resolved inside the bundle.
 */
public final class ExportBundle {

    private final String baseUrl;
    private final Messages messages;
    private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    private PatientRecord.Person patient;
    private long clinicId;

    public ExportBundle(String baseUrl, Messages messages) {
        this.baseUrl = stripSlash(Objects.requireNonNull(baseUrl));
        this.messages = messages;
    }

    void startFor(PatientRecord record) {
        this.patient = record.patient();
        this.clinicId = record.clinic().id();
    }

    public Bundle bundle() {
        return bundle;
    }

    public Messages messages() {
        return messages;
    }

    /** Adds the resource under a name made from its type and {@code key}; returns the reference to it. */
    public Reference add(Resource resource, String key) {
        String type = resource.fhirType();
        String id = idOf(type, key);
        resource.setId(id);
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
        return new Reference("urn:uuid:" + id);
    }

    public Reference patient() {
        return reference("Patient", "patient-" + patient.id());
    }

    public Reference clinic() {
        return reference("Organization", "clinic-" + clinicId);
    }

    public Reference staff(long staffId) {
        return reference("Practitioner", "staff-" + staffId);
    }

    /** A reference to a resource added (or to be added) under that type and key. */
    public Reference reference(String type, String key) {
        return new Reference("urn:uuid:" + idOf(type, key));
    }

    /** This installation's identifier of a patient, clinic or staff member: the record's id under its own URI. */
    public Identifier identifier(String kind, long id) {
        return new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(baseUrl + "/fhir/sid/" + kind)
                .setValue(Long.toString(id));
    }

    /** What was examined, in the installation's own code system (used where no standard code says the same). */
    public Coding observationCode(String code, String display) {
        return new Coding(localSystem("observation"), code, display);
    }

    /** An answer (a grade, a severity, a rating), in the installation's own code system. */
    public CodeableConcept answer(String code, String display) {
        return new CodeableConcept(new Coding(localSystem("answer"), code, display)).setText(display);
    }

    public String localSystem(String name) {
        return baseUrl + "/fhir/CodeSystem/" + name;
    }

    /** The canonical URL of a questionnaire Gaitway records (not published: the instrument's own items). */
    public String questionnaire(String name) {
        return baseUrl + "/fhir/Questionnaire/" + name;
    }

    private String idOf(String type, String key) {
        return UUID.nameUUIDFromBytes((baseUrl + "|" + type + "|" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
