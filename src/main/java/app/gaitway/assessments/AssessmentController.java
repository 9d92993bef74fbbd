package app.gaitway.assessments;

import app.gaitway.security.HeldForm;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.Flash;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One assessment: the form while it is a draft (save, finalize), the signed record once final (addenda), and
 * the printable report.
 */
@Controller
@Path("assessments")
@RequestScoped
public class AssessmentController {

    @Inject
    Models models;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentPages pages;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HeldForm heldForm;

    @GET
    @Path("{id: [0-9]{1,18}}")
    public String show(@PathParam("id") long id) {
        Assessment a = assessments.open(id);
        if (a.isFinal()) {
            return pages.record(a, null);
        }
        // typed before the session ended: shown as typed (with the version it was typed over), not saved
        return heldForm.take().map(posted -> pages.form(a, asTyped(posted, Map.of())))
                .orElseGet(() -> pages.form(a, AssessmentForm.of(a)));
    }

    private static AssessmentForm asTyped(MultivaluedMap<String, String> posted, Map<String, String> errors) {
        String visitDate = posted.getFirst("visitDate");
        return new AssessmentForm(AssessmentForm.typed(posted), errors, visitDate == null ? "" : visitDate,
                parse(posted.getFirst("version")));
    }

    @POST
    @Path("{id: [0-9]{1,18}}")
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        boolean finalize = "finalize".equals(posted.getFirst("action"));
        Map<String, String> typed = AssessmentForm.typed(posted);
        String visitDate = posted.getFirst("visitDate");
        int version = parse(posted.getFirst("version"));
        Assessment a = assessments.find(id);
        if (a.isFinal()) {
            return locked(a);
        }
        try {
            // "Finalize and sign" saves the draft first, then asks to confirm (GET finalize): nothing typed is lost
            AssessmentService.Saved saved = assessments.save(id, version, visitDate, typed, false);
            if (!saved.ok()) {
                Map<String, String> errors = new LinkedHashMap<>();
                saved.problems().forEach((k, p) -> errors.put(k, messages.get(p.message(), p.args())));
                AssessmentForm form = asTyped(posted, errors);
                return Response.status(Response.Status.BAD_REQUEST).entity(pages.form(a, form)).build();
            }
        } catch (RuntimeException e) {
            // A newer version seen at the check (ChangedMeanwhile) or, for two saves at the same moment, at the
            // write (the optimistic lock): either way the second one is told, and keeps its typing.
            if (!(e instanceof AssessmentService.ChangedMeanwhile) && !StaleEdits.isStaleEdit(e)) {
                throw e;
            }
            Assessment current = assessments.find(id);
            AssessmentForm form = new AssessmentForm(typed, Map.of(), visitDate == null ? "" : visitDate, current.getVersion());
            models.put("conflict", messages.get("assessment.changedMeanwhile"));
            return Response.status(Response.Status.CONFLICT).entity(pages.form(current, form)).build();
        }
        if (finalize) {
            return Response.seeOther(URI.create("/assessments/" + id + "/finalize")).build();
        }
        flash.success(messages.get("assessment.draftSaved"));
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    /** The second step of "Finalize and sign": what will lock, and the button that signs. */
    @GET
    @Path("{id: [0-9]{1,18}}/finalize")
    public Response confirmFinalize(@PathParam("id") long id) {
        Assessment a = assessments.open(id);
        if (a.isFinal()) {
            return Response.seeOther(URI.create("/assessments/" + id)).build();
        }
        return Response.ok(pages.confirmFinalize(a, a.getVersion())).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/finalize")
    public Response finalizeDraft(@PathParam("id") long id, @FormParam("version") String versionSeen) {
        Assessment a = assessments.find(id);
        if (a.isFinal()) {
            return locked(a);
        }
        try {
            assessments.finalizeDraft(id, parse(versionSeen));
        } catch (Assessment.Locked e) {
            return locked(assessments.find(id));
        } catch (RuntimeException e) {
            if (!(e instanceof AssessmentService.ChangedMeanwhile) && !StaleEdits.isStaleEdit(e)) {
                throw e;
            }
            // saved by someone else after the therapist asked to sign: show the draft as it is now, to check first
            Assessment current = assessments.find(id);
            models.put("conflict", messages.get("assessment.finalize.changedMeanwhile"));
            return Response.status(Response.Status.CONFLICT).entity(pages.form(current, AssessmentForm.of(current))).build();
        }
        flash.success(messages.get("assessment.finalized"));
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    /** A change of a signed assessment: the signed record, with the refusal as the page's message (409). */
    private Response locked(Assessment a) {
        models.put("pageNotice", messages.get("assessment.locked"));
        return Response.status(Response.Status.CONFLICT).entity(pages.record(a, null)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/addenda")
    public Response addAddendum(@PathParam("id") long id, @FormParam("addendum") String text) {
        Assessment a = assessments.find(id);
        String body = text == null ? "" : text.strip();
        String problem = !a.isFinal() ? messages.get("assessment.addendum.onlyFinal")
                : body.isEmpty() ? messages.get("assessment.addendum.required")
                : body.length() > Addendum.MAX_LENGTH ? messages.get("assessment.field.tooLong", Addendum.MAX_LENGTH, body.length())
                : !TypedText.isAcceptable(body, TypedText.Lines.MANY) ? messages.get(TypedText.MESSAGE_KEY)
                : null;
        if (problem != null && !a.isFinal()) {
            // a draft has no addenda: show the draft's own form, saying why
            models.put("formNotice", problem);
            return Response.status(Response.Status.BAD_REQUEST).entity(pages.form(a, AssessmentForm.of(a))).build();
        }
        if (problem != null) {
            models.put("addendumText", text);
            return Response.status(Response.Status.BAD_REQUEST).entity(pages.record(a, problem)).build();
        }
        assessments.addAddendum(id, body);
        flash.success(messages.get("assessment.addendum.added"));
        return Response.seeOther(URI.create("/assessments/" + id + "#addenda")).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/report")
    public String report(@PathParam("id") long id) {
        return pages.report(assessments.openForPrint(id));
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
