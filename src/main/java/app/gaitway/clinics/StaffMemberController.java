package app.gaitway.clinics;

import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
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
 * One staff member's page: details, editing name and role, deactivating and
 * reactivating, and setting a temporary password. Ids of other clinics' users are 404
 * (checked in {@link StaffService}).
 */
@Path("admin/users/{id: [0-9]{1,18}}")
@RequestScoped
public class StaffMemberController {

    private static final String VIEW = "clinics/staff-details.html";
    private static final int CONFLICT = Response.Status.CONFLICT.getStatusCode();
    private static final int BAD_REQUEST = Response.Status.BAD_REQUEST.getStatusCode();

    @Inject
    Models models;

    @Inject
    StaffService staff;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public Response show(@PathParam("id") long id) {
        StaffDetails details = staff.details(id);
        return page(details, StaffEditValues.saved(details), new FormErrors(), Response.Status.OK.getStatusCode());
    }

    @POST
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        StaffEditForm form = StaffEditForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(staff.details(id), StaffEditValues.typed(form), FormErrors.of(problems, messages), BAD_REQUEST);
        }
        try {
            boolean changed = StaleEdits.translated(
                    () -> staff.update(id, form.versionSeen(), form.fullName(), form.chosenRole(), form.credentials()));
            if (changed) {
                flash.success(messages.get("staff.saved"));
            } else {
                flash.notice(messages.get("staff.unchanged"));
            }
            return backToPage(id);
        } catch (AdministrationRefused refused) {
            return refused(id, refused, StaffEditValues.typed(form));
        } catch (StaleEditException e) {
            StaffDetails current = staff.details(id);
            models.put("conflict", true);
            return page(
                    current,
                    StaffEditValues.typed(form).over(current),
                    new FormErrors().global(messages.get("form.conflict")),
                    CONFLICT);
        }
    }

    @POST
    @Path("deactivate")
    public Response deactivate(@PathParam("id") long id) {
        try {
            staff.deactivate(id);
        } catch (AdministrationRefused refused) {
            return refused(id, refused, null);
        }
        flash.success(messages.get("staff.deactivated"));
        return backToPage(id);
    }

    @POST
    @Path("reactivate")
    public Response reactivate(@PathParam("id") long id) {
        staff.reactivate(id);
        flash.success(messages.get("staff.reactivated"));
        return backToPage(id);
    }

    @POST
    @Path("reset-password")
    public Response resetPassword(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        TemporaryPasswordForm form = TemporaryPasswordForm.from(body);
        try {
            staff.resetPassword(id, form.temporaryPassword());
        } catch (AdministrationRefused refused) {
            return refused(id, refused, null);
        }
        flash.success(messages.get("staff.passwordReset"));
        return backToPage(id);
    }

    @POST
    @Path("reset-second-factor")
    public Response resetSecondFactor(@PathParam("id") long id) {
        try {
            if (staff.resetSecondFactor(id)) {
                flash.success(messages.get("staff.secondFactor.wasReset"));
            }
        } catch (AdministrationRefused refused) {
            return refused(id, refused, null);
        }
        return backToPage(id);
    }

    @POST
    @Path("sign-out-everywhere")
    public Response signOutEverywhere(@PathParam("id") long id) {
        int count = staff.signOutEverywhere(id);
        flash.success(messages.get("staff.sessions.done", count));
        return backToPage(id);
    }

    /** The page again with the reason beside the field it concerns (or on top); nothing was changed. */
    private Response refused(long id, AdministrationRefused refused, StaffEditValues typed) {
        StaffDetails current = staff.details(id);
        FormErrors errors = FormErrors.of(List.of(refused.problem()), messages);
        boolean badInput = "temporaryPassword".equals(refused.problem().field());
        return page(
                current,
                typed == null ? StaffEditValues.saved(current) : typed.over(current),
                errors,
                badInput ? BAD_REQUEST : CONFLICT);
    }

    private Response page(StaffDetails details, StaffEditValues values, FormErrors errors, int status) {
        models.put("member", details);
        models.put("form", values);
        models.put("errors", errors);
        models.put("roles", Roles.choices(messages));
        return Response.status(status).entity(VIEW).build();
    }

    private static Response backToPage(long id) {
        return Response.seeOther(URI.create("/admin/users/" + id)).build();
    }
}
