package app.gaitway.assessments.measures;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The choice of a patient's questionnaires (/patients/{id}/measures), reached from the patient page and the form. */
@Path("patients/{patientId: [0-9]{1,18}}/measures")
@RequestScoped
public class MeasuresController {

    private static final String VIEW = "assessments/measures-choice.html";

    @Inject
    MeasureChoices choices;

    @Inject
    PatientService patients;

    @Inject
    Models models;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String show(@PathParam("patientId") long patientId, @QueryParam("assessment") String assessment) {
        MeasureChoices.Current current = choices.openForChoice(patientId);
        page(patientId, current, new MeasuresForm(codes(current), assessment), new FormErrors());
        return VIEW;
    }

    @POST
    public Response save(@PathParam("patientId") long patientId, MultivaluedMap<String, String> body) {
        MeasuresForm form = MeasuresForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            page(patientId, choices.of(patientId), form, FormErrors.of(problems, messages));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        choices.choose(patientId, form.measures());
        flash.success(messages.get("measures.saved"));
        long back = form.returnTo();
        // the assessment page checks its own clinic; a number is all this address can carry
        return Response.seeOther(URI.create(back > 0 ? "/assessments/" + back : "/patients/" + patientId))
                .build();
    }

    private void page(long patientId, MeasureChoices.Current current, MeasuresForm form, FormErrors errors) {
        models.put("patient", patients.requireInOwnClinic(patientId));
        models.put("current", current);
        models.put("form", form);
        models.put("errors", errors);
        models.put("measures", List.of(OutcomeMeasure.values()));
    }

    private static List<String> codes(MeasureChoices.Current current) {
        return current.measures().stream().map(OutcomeMeasure::code).toList();
    }
}
