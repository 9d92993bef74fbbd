package app.gaitway.patientside.web;

import app.gaitway.clinics.ClinicNames;
import app.gaitway.patients.PatientService;
import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.patientside.mail.LinkMail;
import app.gaitway.patientside.mail.LinkMailException;
import app.gaitway.patientside.mail.LinkMailer;
import app.gaitway.programs.Program;
import app.gaitway.programs.ProgramService;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.logging.Logger;

/**
 * The therapist's side of a patient's link, from the program page: create it (replacing any earlier one), show
 * it again, email it, revoke it. Creating answers with a redirect to the page that shows the link (read back from
 * the sealed store), so reloading that page shows the same link instead of making another. Printing again is
 * {@link ProgramHandoutResource}.
 */
@Path("programs/{id: [0-9]{1,18}}/link")
@RequestScoped
public class ProgramLinkController {

    @Inject
    Models models;

    @Inject
    LinkService links;

    @Inject
    ProgramService programs;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    LinkMailer mailer;

    @Inject
    ClinicNames clinics;

    @Inject
    PatientService patients;

    @Inject
    ProgramLinks addresses;

    private static final Logger LOG = Logger.getLogger(ProgramLinkController.class.getName());

    @POST
    public Response create(@PathParam("id") long programId, MultivaluedMap<String, String> body) {
        NewLinkForm form = NewLinkForm.from(body);
        try {
            links.create(programId, form.validDays());
            flash.success(messages.get("link.created.ready"));
            return Response.seeOther(URI.create("/programs/" + programId + "/link"))
                    .build();
        } catch (Program.Ended e) {
            flash.notice(messages.get("link.programEnded"));
            return back(programId);
        }
    }

    /** Shows the program's active link again: the address, the code to type, print and email. */
    @GET
    public Response show(@PathParam("id") long programId) {
        LinkService.Reveal reveal = links.reveal(programId, LinkService.Purpose.SHOW);
        if (reveal instanceof LinkService.NoActiveLink) {
            flash.notice(messages.get("link.show.none"));
            return back(programId);
        }
        return page(programId, reveal);
    }

    /** The form that emails the link, without showing it. */
    @GET
    @Path("email")
    public Response emailForm(@PathParam("id") long programId) {
        if (!mailer.isConfigured()) {
            throw new NotFoundException();
        }
        Program program = programs.require(programId);
        LinkService.Status active = addresses.active(programId).orElse(null);
        if (active == null || active.reprint() != LinkService.Reprint.READY) {
            return Response.seeOther(URI.create("/programs/" + programId + "/link"))
                    .build();
        }
        putEmailForm(program, active.id(), null, List.of());
        return Response.ok("patientside/link-email.html").build();
    }

    /**
     * Emails the program's active link to the patient. The form names the link it was drawn for: a link replaced
     * meanwhile is not sent in its place (404), as the therapist meant another.
     */
    @POST
    @Path("email")
    public Response email(@PathParam("id") long programId, MultivaluedMap<String, String> body) {
        LinkEmailForm form = LinkEmailForm.from(body);
        if (!mailer.isConfigured()) {
            throw new NotFoundException();
        }
        Program program = programs.require(programId);
        LinkService.Reveal reveal = links.reveal(programId, LinkService.Purpose.EMAIL);
        if (!(reveal instanceof LinkService.Revealed revealed)) {
            return reveal instanceof LinkService.NoActiveLink
                    ? back(programId)
                    : Response.seeOther(URI.create("/programs/" + programId + "/link"))
                            .build();
        }
        PatientLink link = revealed.link();
        if (form.linkId().filter(id -> id.equals(link.getId())).isEmpty()) {
            throw new RecordNotFoundException(LinkService.AUDIT_RECORD, form.link());
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return emailRefused(program, link.getId(), form, problems);
        }
        String address = form.to();
        ProgramService.ForPatient p = programs.forPatient(programId, program.getClinicId());
        String url = addresses.address(revealed.secret());
        String problem;
        try {
            mailer.send(new LinkMail(
                    address,
                    p.givenName(),
                    url,
                    url,
                    clinics.of(program.getClinicId()),
                    p.version().getClinicPhone(),
                    p.version().getTherapistName()));
            links.done(link, LinkService.Purpose.EMAIL, AuditOutcome.SUCCESS);
            LOG.info(() -> "Program link " + link.getId() + " emailed");
            flash.success(messages.get("mail.send.sent"));
            return back(programId);
        } catch (LinkMailException e) {
            links.done(link, LinkService.Purpose.EMAIL, AuditOutcome.FAILURE);
            LOG.warning(() -> "Program link " + link.getId() + " not emailed: " + e.getMessage());
            problem = e.reason() == LinkMailException.Reason.BAD_ADDRESS ? "mail.send.badAddress" : "mail.send.failed";
        } catch (IllegalArgumentException e) {
            problem = "mail.send.badAddress";
        }
        return emailRefused(program, link.getId(), form, List.of(new FieldProblem("to", problem)));
    }

    private Response emailRefused(Program program, long linkId, LinkEmailForm form, List<FieldProblem> problems) {
        putEmailForm(program, linkId, form.to(), problems);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity("patientside/link-email.html")
                .build();
    }

    @POST
    @Path("revoke")
    public Response revoke(@PathParam("id") long programId) {
        boolean revoked = links.revoke(programId);
        if (revoked) {
            flash.success(messages.get("link.revoked"));
        } else {
            flash.notice(messages.get("link.noneToRevoke"));
        }
        return back(programId);
    }

    private Response page(long programId, LinkService.Reveal reveal) {
        Program program = programs.require(programId);
        models.put("program", program);
        if (reveal instanceof LinkService.Revealed r) {
            LinkSecret secret = r.secret();
            models.put("expiresAt", r.link().getExpiresAt());
            models.put("secret", secret.grouped());
            models.put("path", "/p/" + secret.grouped());
            models.put("address", addresses.address(secret));
            models.put("enterCodeAddress", addresses.enterCodeAddress());
            models.put("mailOn", mailer.isConfigured());
            putEmailForm(program, r.link().getId(), null, List.of());
        } else {
            models.put(
                    "cannot",
                    messages.get(
                            reveal instanceof LinkService.NotKept
                                    ? "link.show.notKept"
                                    : ((LinkService.CannotOpen) reveal).otherKey()
                                            ? "link.show.otherKey"
                                            : "link.show.damaged"));
        }
        return Response.ok("patientside/link-created.html").build();
    }

    /** The email form: as typed after a refusal, else to the address on the patient's record. */
    private void putEmailForm(Program program, long linkId, String typedTo, List<FieldProblem> problems) {
        models.put("program", program);
        String to = typedTo != null
                ? typedTo
                : patients.requireInOwnClinic(program.getPatientId()).getEmail();
        models.put("form", new LinkEmailForm(String.valueOf(linkId), to));
        models.put("errors", FormErrors.of(problems, messages));
    }

    private static Response back(long programId) {
        return Response.seeOther(URI.create("/programs/" + programId + "#patient-link"))
                .build();
    }
}
