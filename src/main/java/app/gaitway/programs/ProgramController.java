package app.gaitway.programs;

import app.gaitway.programs.templates.TemplateService;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A program's page (its latest version or an older one, with the history), ending it, and saving it as a
 * clinic template. Ids of other clinics' programs are 404 (checked in {@link ProgramService}).
 */
@Controller
@Path("programs/{id: [0-9]{1,18}}")
@RequestScoped
public class ProgramController {

    private static final String VIEW = "programs/program.html";
    static final int REASON_MAX = 500;

    @Inject
    Models models;

    @Inject
    ProgramService programs;

    @Inject
    TemplateService templates;

    @Inject
    ProgramPages pages;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String show(@PathParam("id") long id) {
        return page(id, Optional.empty(), Map.of(), Map.of());
    }

    @GET
    @Path("versions/{number: [0-9]{1,9}}")
    public String showVersion(@PathParam("id") long id, @PathParam("number") int number) {
        return page(id, Optional.of(number), Map.of(), Map.of());
    }

    @POST
    @Path("end")
    public Response end(@PathParam("id") long id, @FormParam("version") String version,
                        @FormParam("endedOn") String endedOn, @FormParam("reason") String reason) {
        Map<String, String> typed = Map.of("endedOn", clean(endedOn), "reason", clean(reason));
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate on = null;
        try {
            on = LocalDate.parse(typed.get("endedOn"));
            if (on.getYear() < 2000 || on.getYear() > 2100) {
                problems.put("endedOn", messages.get("program.error.dateRange"));
            }
        } catch (DateTimeParseException e) {
            problems.put("endedOn", messages.get(typed.get("endedOn").isEmpty() ? "program.error.dateMissing" : "program.error.date"));
        }
        if (typed.get("reason").isEmpty()) {
            problems.put("reason", messages.get("program.error.reasonMissing"));
        } else if (typed.get("reason").length() > REASON_MAX) {
            problems.put("reason", messages.get("program.error.reasonLong"));
        } else if (!TypedText.isAcceptable(typed.get("reason"), TypedText.Lines.ONE)) {
            problems.put("reason", messages.get(TypedText.MESSAGE_KEY));
        }
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(id, Optional.empty(), typed, problems)).build();
        }
        try {
            programs.end(id, parse(version), on, typed.get("reason"));
        } catch (Program.Ended e) {
            flash.success(messages.get("program.alreadyEnded"));
            return back(id);
        } catch (RuntimeException e) {
            if (!StaleEdits.isStaleEdit(e)) {
                throw e;
            }
            problems.put("end", messages.get("program.error.endConflict"));
            return Response.status(Response.Status.CONFLICT).entity(page(id, Optional.empty(), typed, problems)).build();
        }
        flash.success(messages.get("program.ended"));
        return back(id);
    }

    @POST
    @Path("template")
    public Response saveAsTemplate(@PathParam("id") long id, @FormParam("templateTitle") String title,
                                   @FormParam("templateDescription") String description) {
        Map<String, String> typed = Map.of("templateTitle", clean(title), "templateDescription", clean(description));
        Map<String, String> problems = new LinkedHashMap<>();
        if (typed.get("templateTitle").isEmpty()) {
            problems.put("templateTitle", messages.get("template.error.titleMissing"));
        } else if (typed.get("templateTitle").length() > TemplateService.TITLE_MAX) {
            problems.put("templateTitle", messages.get("template.error.titleLong"));
        } else if (!TypedText.isAcceptable(typed.get("templateTitle"), TypedText.Lines.ONE)) {
            problems.put("templateTitle", messages.get(TypedText.MESSAGE_KEY));
        }
        if (typed.get("templateDescription").length() > TemplateService.DESCRIPTION_MAX) {
            problems.put("templateDescription", messages.get("template.error.descriptionLong"));
        } else if (!TypedText.isAcceptable(typed.get("templateDescription"), TypedText.Lines.ONE)) {
            problems.put("templateDescription", messages.get(TypedText.MESSAGE_KEY));
        }
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(id, Optional.empty(), typed, problems)).build();
        }
        pages.saveAsTemplate(id, typed.get("templateTitle"), typed.get("templateDescription"));
        flash.success(messages.get("template.saved", typed.get("templateTitle")));
        return back(id);
    }

    private String page(long id, Optional<Integer> number, Map<String, String> typed, Map<String, String> problems) {
        models.put("view", pages.view(id, number));

        models.put("typed", typed);
        models.put("problems", problems);
        models.put("errors", FormErrors.of(problems));
        models.put("today", LocalDate.now().toString());
        return VIEW;
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/programs/" + id)).build();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(clean(s));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
