package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The staff list of the administrator's clinic, and adding a staff member. */
@Path("admin/users")
@RequestScoped
public class StaffController {

    private static final String LIST_VIEW = "clinics/staff-list.html";
    private static final String NEW_VIEW = "clinics/staff-new.html";

    @Inject
    Models models;

    @Inject
    StaffService staff;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String list(@QueryParam("page") @DefaultValue("1") int page) {
        models.put("staff", staff.page(page));
        return LIST_VIEW;
    }

    @GET
    @Path("new")
    public String showNew() {
        return newForm(NewStaffForm.blank(), new FormErrors());
    }

    @POST
    @Path("new")
    public Response add(MultivaluedMap<String, String> body) {
        NewStaffForm form = NewStaffForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                long id = staff.add(form.fullName(), form.email(), form.chosenRole(), form.temporaryPassword());
                flash.success(messages.get("staff.added", form.fullName().strip()));
                return Response.seeOther(URI.create("/admin/users/" + id)).build();
            } catch (AdministrationRefused refused) {
                problems = List.of(refused.problem());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(newForm(form, FormErrors.of(problems, messages)))
                .build();
    }

    private String newForm(NewStaffForm form, FormErrors errors) {
        models.put("form", form);
        models.put("errors", errors);
        models.put("roles", Roles.choices(messages));
        return NEW_VIEW;
    }
}
