package app.gaitway.goals;

import app.gaitway.patients.PatientArchived;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
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

/** Setting a goal on a patient's plan. Another clinic's patient is 404 (checked in {@link GoalService}). */
@Path("patients/{patientId: [0-9]{1,18}}/goals")
@RequestScoped
public class PatientGoalsController {

    @Inject
    GoalService goals;

    @Inject
    GoalPages pages;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    @Path("new")
    public String showNew(@PathParam("patientId") long patientId) {
        return pages.form(patientId, GoalForm.blank(), new FormErrors());
    }

    @POST
    public Response create(@PathParam("patientId") long patientId, MultivaluedMap<String, String> body) {
        GoalForm form = GoalForm.from(body);
        GoalService.Created created;
        try {
            created = goals.create(patientId, form);
        } catch (PatientArchived e) {
            flash.notice(messages.get("goal.patientArchived"));
            return back(patientId);
        }
        List<FieldProblem> problems = created.problems();
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.form(patientId, form, FormErrors.of(problems, messages)))
                    .build();
        }
        flash.success(messages.get("goal.added"));
        return back(patientId);
    }

    static Response back(long patientId) {
        return Response.seeOther(URI.create("/patients/" + patientId + "#goals"))
                .build();
    }
}
