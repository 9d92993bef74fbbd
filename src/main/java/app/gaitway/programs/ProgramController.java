package app.gaitway.programs;

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
import java.util.Optional;

/**
 * A program's page (its latest version or an older one, with the history), ending it, and saving it as a
 * clinic template. Ids of other clinics' programs are 404 (checked in {@link ProgramService}).
 */
@Path("programs/{id: [0-9]{1,18}}")
@RequestScoped
public class ProgramController {

    private static final String VIEW = "programs/program.html";

    @Inject
    Models models;

    @Inject
    ProgramService programs;

    @Inject
    ProgramPages pages;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String show(@PathParam("id") long id) {
        return page(id, Optional.empty(), EndProgramForm.startingToday(), SaveAsTemplateForm.blank(), List.of());
    }

    @GET
    @Path("versions/{number: [0-9]{1,9}}")
    public String showVersion(@PathParam("id") long id, @PathParam("number") int number) {
        return page(id, Optional.of(number), EndProgramForm.startingToday(), SaveAsTemplateForm.blank(), List.of());
    }

    @POST
    @Path("end")
    public Response end(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        EndProgramForm form = EndProgramForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(id, Optional.empty(), form, SaveAsTemplateForm.blank(), problems))
                    .build();
        }
        try {
            StaleEdits.translated(() ->
                    programs.end(id, form.versionSeen(), form.endedOnDate().orElseThrow(), form.reason()));
        } catch (Program.Ended e) {
            flash.notice(messages.get("program.alreadyEnded"));
            return back(id);
        } catch (StaleEditException e) {
            List<FieldProblem> conflict = List.of(new FieldProblem(FieldProblem.FORM, "program.error.endConflict"));
            return Response.status(Response.Status.CONFLICT)
                    .entity(page(id, Optional.empty(), form, SaveAsTemplateForm.blank(), conflict))
                    .build();
        }
        flash.success(messages.get("program.ended"));
        return back(id);
    }

    @POST
    @Path("template")
    public Response saveAsTemplate(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        SaveAsTemplateForm form = SaveAsTemplateForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(id, Optional.empty(), EndProgramForm.startingToday(), form, problems))
                    .build();
        }
        pages.saveAsTemplate(id, form.templateTitle(), form.templateDescription());
        flash.success(messages.get("template.saved", form.templateTitle()));
        return back(id);
    }

    /** The page has two forms: the one posted comes back as typed, the other as first shown. */
    private String page(
            long id,
            Optional<Integer> number,
            EndProgramForm endForm,
            SaveAsTemplateForm templateForm,
            List<FieldProblem> problems) {
        models.put("view", pages.view(id, number));
        models.put("endForm", endForm);
        models.put("templateForm", templateForm);
        models.put("errors", FormErrors.of(problems, messages));
        return VIEW;
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/programs/" + id)).build();
    }
}
