package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The administrator's "Clinic details" page: the name and address printed on reports. Another clinic's id is
 * 404 (checked in {@link ClinicDetailsService}).
 */
@Path("admin/clinics/{id: [0-9]{1,18}}")
@RequestScoped
public class ClinicDetailsController {

    private static final String VIEW = "clinics/clinic-details.html";

    @Inject
    Models models;

    @Inject
    ClinicDetailsService clinics;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public Response show(@PathParam("id") long id) {
        ClinicDetails details = clinics.details(id);
        return page(details, ClinicDetailsForm.of(details), new FormErrors(), Response.Status.OK);
    }

    @POST
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        ClinicDetails details = clinics.details(id);
        ClinicDetailsForm form = ClinicDetailsForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                if (clinics.update(id, form.clinicName(), form.address())) {
                    flash.success(messages.get("clinic.details.saved"));
                } else {
                    flash.notice(messages.get("clinic.details.unchanged"));
                }
                return Response.seeOther(URI.create("/admin/clinics/" + id)).build();
            } catch (AdministrationRefused refused) {
                problems = List.of(refused.problem());
            }
        }
        return page(details, form, FormErrors.of(problems, messages), Response.Status.BAD_REQUEST);
    }

    /** Requires a second factor of the whole clinic ("required" is "true"), or stops requiring it. */
    @POST
    @Path("second-factor")
    public Response requireSecondFactor(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        boolean required = "true".equals(body.getFirst("required"));
        if (clinics.requireSecondFactor(id, required)) {
            flash.success(
                    messages.get(required ? "clinic.secondFactor.nowRequired" : "clinic.secondFactor.nowOptional"));
        }
        return Response.seeOther(URI.create("/admin/clinics/" + id)).build();
    }

    private Response page(ClinicDetails details, ClinicDetailsForm form, FormErrors errors, Response.Status status) {
        models.put("clinic", details);
        models.put("form", form);
        models.put("errors", errors);
        return Response.status(status).entity(VIEW).build();
    }
}
