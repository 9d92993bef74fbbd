package app.gaitway.assessments;

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
import java.util.List;

/**
 * One assessment: the form while it is a draft (save, finalize), the signed record once final (addenda), and
 * the printable report.
 */
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
        return heldForm.take()
                .map(posted -> pages.form(a, AssessmentForm.from(posted)))
                .orElseGet(() -> pages.form(a, AssessmentForm.of(a)));
    }

    @POST
    @Path("{id: [0-9]{1,18}}")
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        AssessmentForm form = AssessmentForm.from(body);
        Assessment a = assessments.find(id);
        if (a.isFinal()) {
            return locked(a);
        }
        try {
            // "Finalize and sign" saves the draft first, then asks to confirm (GET finalize): nothing typed is lost
            List<FieldProblem> problems = StaleEdits.translated(() -> assessments.save(id, form));
            if (!problems.isEmpty()) {
                FormErrors errors = FormErrors.of(problems, messages);
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity(pages.form(a, form, errors))
                        .build();
            }
        } catch (StaleEditException e) {
            // A newer version seen at the check or, for two saves at the same moment, at the write (the optimistic
            // lock): either way the second one is told, and keeps its typing.
            Assessment current = assessments.find(id);
            models.put("conflict", messages.get("assessment.changedMeanwhile"));
            return Response.status(Response.Status.CONFLICT)
                    .entity(pages.form(current, form.over(current.getVersion())))
                    .build();
        }
        if (form.finalizing()) {
            return Response.seeOther(URI.create("/assessments/" + id + "/finalize"))
                    .build();
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
    public Response finalizeDraft(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        int versionSeen = AssessmentForm.from(body).versionSeen();
        Assessment a = assessments.find(id);
        if (a.isFinal()) {
            return locked(a);
        }
        try {
            StaleEdits.translated(() -> assessments.finalizeDraft(id, versionSeen));
        } catch (Assessment.Locked e) {
            return locked(assessments.find(id));
        } catch (StaleEditException e) {
            // saved by someone else after the therapist asked to sign: show the draft as it is now, to check first
            Assessment current = assessments.find(id);
            models.put("conflict", messages.get("assessment.finalize.changedMeanwhile"));
            return Response.status(Response.Status.CONFLICT)
                    .entity(pages.form(current, AssessmentForm.of(current)))
                    .build();
        }
        flash.success(messages.get("assessment.finalized"));
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    /** A change of a signed assessment: the signed record, with the refusal as the page's message (409). */
    private Response locked(Assessment a) {
        models.put("pageNotice", messages.get("assessment.locked"));
        return Response.status(Response.Status.CONFLICT)
                .entity(pages.record(a, null))
                .build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/addenda")
    public Response addAddendum(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        AddendumForm form = AddendumForm.from(body);
        Assessment a = assessments.find(id);
        if (!a.isFinal()) {
            // a draft has no addenda: show the draft's own form, saying why
            models.put("formNotice", messages.get("assessment.addendum.onlyFinal"));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.form(a, AssessmentForm.of(a)))
                    .build();
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            models.put("addendumText", form.addendum());
            String problem = FormErrors.of(problems, messages).of("addendum");
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.record(a, problem))
                    .build();
        }
        assessments.addAddendum(id, form.text());
        flash.success(messages.get("assessment.addendum.added"));
        return Response.seeOther(URI.create("/assessments/" + id + "#addenda")).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/report")
    public String report(@PathParam("id") long id) {
        return pages.report(assessments.openForPrint(id));
    }
}
