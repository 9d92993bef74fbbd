package app.gaitway.assessments;

import app.gaitway.patients.PatientArchived;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** A patient's assessments: starting a new one, and the comparison of all of them. */
@Path("patients/{patientId: [0-9]{1,18}}/assessments")
@RequestScoped
public class PatientAssessmentsController {

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentPages pages;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @POST
    public Response start(@PathParam("patientId") long patientId) {
        try {
            long id = assessments.start(patientId);
            return Response.seeOther(URI.create("/assessments/" + id)).build();
        } catch (PatientArchived e) {
            flash.notice(messages.get("assessment.patientArchived"));
            return Response.seeOther(URI.create("/patients/" + patientId)).build();
        }
    }

    @GET
    @Path("comparison")
    public String comparison(@PathParam("patientId") long patientId) {
        return pages.comparison(patientId);
    }
}
