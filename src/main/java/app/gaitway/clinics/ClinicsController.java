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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The installation owner's list of clinics, and creating a clinic with its first administrator. */
@Path("admin/clinics")
@RequestScoped
public class ClinicsController {

    private static final String LIST_VIEW = "clinics/clinic-list.html";
    private static final String NEW_VIEW = "clinics/clinic-new.html";

    @Inject
    Models models;

    @Inject
    ClinicAdministrationService clinics;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String list() {
        models.put("clinics", clinics.clinics());
        return LIST_VIEW;
    }

    @GET
    @Path("new")
    public String showNew() {
        clinics.requireOwner();
        return newForm(NewClinicForm.blank(), new FormErrors());
    }

    @POST
    @Path("new")
    public Response create(MultivaluedMap<String, String> body) {
        clinics.requireOwner();
        NewClinicForm form = NewClinicForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                clinics.create(form.clinicName(), form.fullName(), form.email(), form.password());
                flash.success(messages.get(
                        "clinics.created",
                        form.clinicName().strip(),
                        form.email().strip()));
                return Response.seeOther(URI.create("/admin/clinics")).build();
            } catch (AdministrationRefused refused) {
                problems = List.of(refused.problem());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(newForm(form, FormErrors.of(problems, messages)))
                .build();
    }

    private String newForm(NewClinicForm form, FormErrors errors) {
        models.put("form", form);
        models.put("errors", errors);
        return NEW_VIEW;
    }
}
