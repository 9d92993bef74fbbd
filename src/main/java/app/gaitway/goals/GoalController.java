package app.gaitway.goals;

import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Rating a functional goal and withdrawing a goal, from the patient page. Another clinic's goal is 404 (checked in
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
