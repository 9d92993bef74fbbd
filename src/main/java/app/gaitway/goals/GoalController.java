package app.gaitway.goals;

import app.gaitway.patients.PatientArchived;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.WholeNumbers;
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

import java.util.Map;

/**
 * Changing a goal's target, date or words, rating a functional goal and withdrawing a goal, from the patient page. Another clinic's goal is 404 (checked in
 * {@link GoalService}); a goal changed since the page was drawn is not changed again blindly.
 */
@Path("goals/{id: [0-9]{1,18}}")
@RequestScoped
public class GoalController {

    private static final Map<String, GoalStatus> RATINGS =
            Map.of("met", GoalStatus.MET, "partly_met", GoalStatus.PARTLY_MET, "not_met", GoalStatus.NOT_MET);

    @Inject
    GoalService goals;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    GoalPages pages;

    @POST
    @Path("rate")
    public Response rate(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        // Map.of refuses to look up null: a form without the field is "no such rating"
        GoalStatus rating = RATINGS.get(java.util.Objects.requireNonNullElse(body.getFirst("rating"), ""));
        int version = WholeNumbers.parseInt(body.getFirst("version")).orElse(-1);
        if (rating == null) {
            long patientId = goals.patientOf(id);
            flash.notice(messages.get("goal.error.rating"));
            return PatientGoalsController.back(patientId);
        }
        return change(id, () -> goals.rate(id, version, rating), "goal.rated");
    }

    @GET
    @Path("edit")
    public Response showChange(@PathParam("id") long id) {
        Goal goal = goals.goal(id);
        if (!goal.isActive()) {
            flash.notice(messages.get("goal.notActive"));
            return PatientGoalsController.back(goal.getPatientId());
        }
        return Response.ok(pages.changeForm(goal, GoalForm.of(goal), goal.getVersion(), new FormErrors(), false))
                .build();
    }

    @POST
    @Path("edit")
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        int version = WholeNumbers.parseInt(body.getFirst("version")).orElse(-1);
        GoalForm typed = GoalForm.from(body);
        GoalService.Changed changed;
        try {
            changed = StaleEdits.translated(() -> goals.change(id, version, typed));
        } catch (StaleEditException e) {
            // what they typed stays on the form, beside the goal as it is saved now; saving again is on purpose
            Goal now = goals.goal(id);
            if (!now.isActive()) {
                flash.notice(messages.get("goal.notActive"));
                return PatientGoalsController.back(now.getPatientId());
            }
            return Response.status(Response.Status.CONFLICT)
                    .entity(pages.changeForm(
                            now, GoalForm.changeOf(now, typed), now.getVersion(), new FormErrors(), true))
                    .build();
        } catch (Goal.NotActive e) {
            flash.notice(messages.get("goal.notActive"));
            return PatientGoalsController.back(goals.patientOf(id));
        } catch (PatientArchived e) {
            flash.notice(messages.get("goal.patientArchived"));
            return PatientGoalsController.back(goals.patientOf(id));
        }
        if (!changed.problems().isEmpty()) {
            Goal goal = goals.goal(id);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.changeForm(
                            goal,
                            GoalForm.changeOf(goal, typed),
                            version,
                            FormErrors.of(changed.problems(), messages),
                            false))
                    .build();
        }
        flash.success(messages.get("goal.changed"));
        return PatientGoalsController.back(changed.patientId());
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        int version = WholeNumbers.parseInt(body.getFirst("version")).orElse(-1);
        return change(id, () -> goals.withdraw(id, version), "goal.withdrawn");
    }

    private Response change(long id, java.util.function.Supplier<Long> write, String doneKey) {
        try {
            long patientId = StaleEdits.translated(write);
            flash.success(messages.get(doneKey));
            return PatientGoalsController.back(patientId);
        } catch (StaleEditException e) {
            flash.notice(messages.get("goal.changedMeanwhile"));
        } catch (Goal.NotActive e) {
            flash.notice(messages.get("goal.notActive"));
        }
        return PatientGoalsController.back(goals.patientOf(id));
    }
}
