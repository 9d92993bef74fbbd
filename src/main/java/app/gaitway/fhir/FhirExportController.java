package app.gaitway.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The patient's record as a FHIR R4 bundle, downloaded as a file. The file is named by the patient's id only, so a
 * name never sits in a download folder's listing or a proxy's log.
 */
@Path("patients/{id: [0-9]{1,18}}/export.fhir.json")
@RequestScoped
public class FhirExportController {

    /** The media type FHIR registers for its JSON (FHIR R4, section 3.1.0.1.8 of the RESTful API). */
    static final String FHIR_JSON = "application/fhir+json; charset=UTF-8";

    @Inject
    FhirExportService export;

    @GET
    public Response download(@PathParam("id") long id) {
        byte[] body = export.export(id).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, FHIR_JSON)
                .header("Content-Disposition", "attachment; filename=\"patient-" + id + ".fhir.json\"")
                .build();
    }
}
