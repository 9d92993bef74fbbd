package app.gaitway.clinics;

import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The installation owner's list of clinics, and creating a clinic with its first administrator. */
@Controller
@Path("admin/clinics")
@RequestScoped
public class ClinicsController {

    private static final String LIST_VIEW = "clinics/clinic-list.html";
    private static final String NEW_VIEW = "clinics/clinic-new.html";
    private static final List<String> FIELDS = List.of("clinicName", "fullName", "email", "password");

    @Inject
    Models models;

    @Inject
    BindingResult binding;

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
        return newForm(new NewClinicForm(), new FormErrors());
    }

    @POST
    @Path("new")
    public Response create(@Valid @BeanParam NewClinicForm form) {
        clinics.requireOwner();
        FormErrors errors = FormOrder.errors(binding, messages, FIELDS);
        if (errors.isEmpty()) {
            try {
                clinics.create(form.getClinicName(), form.getFullName(), form.getEmail(), form.getPassword());
                flash.success(messages.get("clinics.created", form.getClinicName().strip(), form.getEmail().strip()));
                return Response.seeOther(URI.create("/admin/clinics")).build();
            } catch (AdministrationRefused refused) {
                errors.add(refused.field(), messages.get(refused.messageKey()));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(newForm(form, errors)).build();
    }

    private String newForm(NewClinicForm form, FormErrors errors) {
        models.put("form", form);
        models.put("errors", errors);
        return NEW_VIEW;
    }
}
