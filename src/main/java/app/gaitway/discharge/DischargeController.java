package app.gaitway.discharge;

import app.gaitway.patients.PatientArchived;
import app.gaitway.patients.PatientService;
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

/** "End care" for a patient: the reason, then the summary. Another clinic's patient is 404 ({@link DischargeService}). */
@Path("patients/{patientId: [0-9]{1,18}}/discharge")
@RequestScoped
public class DischargeController {

    private static final String VIEW = "discharge/new.html";

    @Inject
    DischargeService discharges;

    @Inject
    PatientService patients;

    @Inject
    PatientDischarges patientDischarges;

    @Inject
    Models models;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String showForm(@PathParam("patientId") long patientId) {
        PatientDischarges.Latest latest = patientDischarges.latest(patientId);
        return form(patientId, DischargeForm.blank(latest == null ? 0 : latest.id()), new FormErrors());
    }

    @POST
    public Response end(@PathParam("patientId") long patientId, MultivaluedMap<String, String> body) {
        DischargeForm form = DischargeForm.from(body);
        DischargeService.Ended ended;
        try {
            ended = discharges.end(patientId, form);
        } catch (PatientArchived e) {
            flash.notice(messages.get("discharge.patientArchived"));
            return Response.seeOther(URI.create("/patients/" + patientId)).build();
        } catch (DischargeService.AlreadyEnded e) {
            flash.notice(messages.get("discharge.alreadyEnded"));
            return Response.seeOther(URI.create("/patients/" + patientId)).build();
        }
        List<FieldProblem> problems = ended.problems();
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(patientId, form, FormErrors.of(problems, messages)))
                    .build();
        }
        flash.success(messages.get("discharge.done"));
        return Response.seeOther(URI.create("/discharges/" + ended.id())).build();
    }

    private String form(long patientId, DischargeForm form, FormErrors errors) {
        models.put("patient", patients.details(patientId));
        models.put("form", form);
        models.put("errors", errors);
        models.put(
                "reasons",
                List.of(DischargeReason.values()).stream()
                        .map(DischargeReason::code)
                        .toList());
        return VIEW;
    }
}
