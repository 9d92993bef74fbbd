package app.gaitway.patients;

import app.gaitway.security.HeldForm;
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

/** The clinic's patient list (search, archived toggle, pages) and registering a new patient. */
@Path("patients")
@RequestScoped
public class PatientsController {

    private static final String LIST_VIEW = "patients/list.html";
    private static final String NEW_VIEW = "patients/new.html";

    @Inject
    Models models;

    @Inject
    PatientService patients;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HeldForm heldForm;

    @GET
    public String list(
            @QueryParam("q") String text,
            @QueryParam("archived") boolean includeArchived,
            @QueryParam("page") @DefaultValue("1") int page) {
        PatientQuery query = PatientQuery.of(text, includeArchived, page);
        models.put("patients", patients.list(query));
        models.put("query", query);
        return LIST_VIEW;
    }

    @GET
    @Path("new")
    public String showNew() {
        return newForm(heldForm.take().map(PatientForm::from).orElseGet(PatientForm::blank), new FormErrors());
    }

    @POST
    @Path("new")
    public Response create(MultivaluedMap<String, String> body) {
        PatientForm form = PatientForm.from(body);
        List<FieldProblem> problems = form.problems(PatientDates.today());
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(newForm(form, FormErrors.of(problems, messages)))
                    .build();
        }
        long id = patients.create(form.toData());
        flash.success(messages.get("patient.added"));
        return Response.seeOther(URI.create("/patients/" + id)).build();
    }

    private String newForm(PatientForm form, FormErrors errors) {
        models.put("form", form);
        models.put("errors", errors);
        models.put("sexes", PatientChoices.sexes(messages));
        models.put("sides", PatientChoices.sides(messages));
        return NEW_VIEW;
    }
}
