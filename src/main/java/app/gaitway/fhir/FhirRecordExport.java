package app.gaitway.fhir;

import app.gaitway.shared.web.Messages;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A patient's record as a FHIR R4 bundle of type collection, built with HAPI FHIR's model classes and written by its
 * JSON parser. The mappers run in order: the clinic, staff and patient first, since every later resource refers to
 * them.
 */
public final class FhirRecordExport {

    /** Every kind of resource the export holds; add a mapper here (goals, a new outcome measure) to export it. */
    public static final List<ResourceMapper> MAPPERS = List.of(
            new OrganizationMapper(),
            new PractitionerMapper(),
            new PatientMapper(),
            new PainAndWeightMapper(),
            new StrengthMapper(),
            new RangeOfMotionMapper(),
            new MovementMapper(),
            new LefsMapper(),
            new PsfsMapper(),
            new AkpsMapper(),
            new GoalMapper(),
            new HomeProgramMapper());

    private FhirRecordExport() {}

    /** HAPI's R4 context: costly to make (it scans the model), shared once made, safe across threads. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    public static Bundle bundle(PatientRecord record, String baseUrl, Messages messages, Instant now) {
        return bundle(record, baseUrl, messages, now, MAPPERS);
    }

    public static Bundle bundle(
            PatientRecord record, String baseUrl, Messages messages, Instant now, List<ResourceMapper> mappers) {
        ExportBundle bundle = new ExportBundle(baseUrl, messages);
        bundle.startFor(record);
        bundle.bundle().setTimestamp(Date.from(now));
        for (ResourceMapper mapper : mappers) {
            mapper.addTo(record, bundle);
        }
        return bundle.bundle();
    }

    public static String json(Bundle bundle) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }
}
