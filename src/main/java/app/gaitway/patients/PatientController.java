package app.gaitway.patients;

import app.gaitway.security.HeldForm;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One patient: their page, editing their details, archiving and restoring. Ids of other clinics' patients
 * are 404 (checked in {@link PatientService}), for every address and method alike.
 */
@Path("patients/{id: [0-9]{1,18}}")
@RequestScoped
public class PatientController {

    private static final String PAGE_VIEW = "patients/patient.html";
    private static final String EDIT_VIEW = "patients/edit.html";

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
    public String show(@PathParam("id") long id) {
        models.put("patient", patients.details(id));
        return PAGE_VIEW;
    }

    @GET
    @Path("edit")
    public Response edit(@PathParam("id") long id) {
        PatientDetails details = patients.details(id);
        // typed before the session ended, with the version it was typed over: an edit meanwhile is a conflict on Save
        PatientForm form = heldForm.take().map(PatientForm::from).orElseGet(() -> PatientForm.of(details));
        return editPage(details, form, new FormErrors(), Response.Status.OK);
    }

    @POST
    @Path("edit")
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        PatientForm form = PatientForm.from(body);
        List<FieldProblem> problems = form.problems(PatientDates.today());
        if (!problems.isEmpty()) {
            return editPage(patients.details(id), form, FormErrors.of(problems, messages), Response.Status.BAD_REQUEST);
        }
        try {
            boolean changed = StaleEdits.translated(() -> patients.update(id, form.versionSeen(), form.toData()));
            if (changed) {
                flash.success(messages.get("patient.saved"));
            } else {
                flash.notice(messages.get("patient.unchanged"));
            }
            return backToPage(id);
        } catch (StaleEditException e) {
            PatientDetails current = patients.details(id);
            models.put("current", inWords(form.savedValuesDifferentFrom(PatientForm.of(current))));
            return editPage(
                    current,
                    form.over(current.version()),
                    new FormErrors().global(messages.get("form.conflict")),
                    Response.Status.CONFLICT);
        }
    }

    @POST
    @Path("archive")
    public Response archive(@PathParam("id") long id) {
        patients.archive(id);
        flash.success(messages.get("patient.archived"));
        return backToPage(id);
    }

    @POST
    @Path("restore")
    public Response restore(@PathParam("id") long id) {
        patients.restore(id);
        flash.success(messages.get("patient.restored"));
        return backToPage(id);
    }

    private Response editPage(PatientDetails details, PatientForm form, FormErrors errors, Response.Status status) {
        models.put("patient", details);
        models.put("form", form);
        models.put("errors", errors);
        models.put("sexes", PatientChoices.sexes(messages));
        models.put("sides", PatientChoices.sides(messages));
        return Response.status(status).entity(EDIT_VIEW).build();
    }

    /** Saved values as the person reads them: words for codes, "empty" for nothing. */
    private Map<String, String> inWords(Map<String, String> saved) {
        Map<String, String> words = new LinkedHashMap<>();
        saved.forEach((field, value) -> words.put(
                field,
                switch (field) {
                    case "sex" -> PatientChoices.label("patient.sex.", value, messages);
                    case "affectedSide" -> PatientChoices.label("patient.side.", value, messages);
                    default -> value.isEmpty() ? messages.get("patient.current.empty") : value;
                }));
        return words;
    }

    private static Response backToPage(long id) {
        return Response.seeOther(URI.create("/patients/" + id)).build();
    }
}
