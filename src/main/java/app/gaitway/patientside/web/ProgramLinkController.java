package app.gaitway.patientside.web;

import app.gaitway.programs.Program;
import app.gaitway.clinics.ClinicNames;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.ProgramService;
import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.patientside.mail.LinkMail;
import app.gaitway.patientside.mail.LinkMailException;
import app.gaitway.patientside.mail.LinkMailer;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.patientside.links.LinkService;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.logging.Logger;

/**
 * The therapist's side of a patient's link, from the program page: create it (replacing any earlier one), show
 * it again, email it, revoke it. Creating answers with a redirect to the page that shows the link (read back from
 * the sealed store), so reloading that page shows the same link instead of making another. Printing again is
 * {@link ProgramHandoutResource}.
 */
@Controller
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
    public Response create(@PathParam("id") long programId, @FormParam("days") String days) {
        int valid = LinkService.DEFAULT_DAYS;
        try {
            valid = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            // the default
        }
        try {
            links.create(programId, valid);
            flash.success(messages.get("link.created.ready"));
            return Response.seeOther(URI.create("/programs/" + programId + "/link")).build();
        } catch (Program.Ended e) {
            flash.success(messages.get("link.programEnded"));
            return back(programId);
        }
    }

    /** Shows the program's active link again: the address, the code to type, print and email. */
    @GET
    public Response show(@PathParam("id") long programId) {
        LinkService.Reveal reveal = links.reveal(programId, LinkService.Purpose.SHOW);
        if (reveal instanceof LinkService.NoActiveLink) {
            flash.success(messages.get("link.show.none"));
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
            return Response.seeOther(URI.create("/programs/" + programId + "/link")).build();
        }
        putEmailForm(program, active.id(), null);
        return Response.ok("sharing/link-email.html").build();
    }

    /**
     * Emails the program's active link to the patient. The form names the link it was drawn for: a link replaced
     * meanwhile is not sent in its place (404), as the therapist meant another.
     */
    @POST
    @Path("email")
    public Response email(@PathParam("id") long programId, @FormParam("link") String linkId, @FormParam("to") String to) {
        if (!mailer.isConfigured()) {
            throw new NotFoundException();
        }
        Program program = programs.require(programId);
        LinkService.Reveal reveal = links.reveal(programId, LinkService.Purpose.EMAIL);
        if (!(reveal instanceof LinkService.Revealed revealed)) {
            return reveal instanceof LinkService.NoActiveLink ? back(programId)
                    : Response.seeOther(URI.create("/programs/" + programId + "/link")).build();
        }
        PatientLink link = revealed.link();
        if (!String.valueOf(link.getId()).equals(linkId == null ? "" : linkId.strip())) {
            throw new NotFoundException();
        }
        String address = to == null ? "" : to.strip();
        ProgramService.ForPatient p = programs.forPatient(programId, program.getClinicId());
        String url = addresses.address(revealed.secret());
        String problem;
        try {
            mailer.send(new LinkMail(address, p.givenName(), url, url, clinics.of(program.getClinicId()),
                    p.version().getClinicPhone(), p.version().getTherapistName()));
            links.done(link, LinkService.Purpose.EMAIL, AuditOutcome.SUCCESS);
            LOG.info(() -> "Program link " + link.getId() + " emailed");
            flash.success(messages.get("mail.send.sent"));
            return back(programId);
        } catch (LinkMailException e) {
            links.done(link, LinkService.Purpose.EMAIL, AuditOutcome.FAILURE);
            LOG.warning(() -> "Program link " + link.getId() + " not emailed: " + e.getMessage());
            problem = messages.get(e.reason() == LinkMailException.Reason.BAD_ADDRESS
                    ? "mail.send.badAddress" : "mail.send.failed");
        } catch (IllegalArgumentException e) {
            problem = messages.get("mail.send.badAddress");
        }
        putEmailForm(program, link.getId(), address);
        models.put("mailProblem", problem);
        return Response.status(Response.Status.BAD_REQUEST).entity("sharing/link-email.html").build();
    }

    @POST
    @Path("revoke")
    public Response revoke(@PathParam("id") long programId) {
        boolean revoked = links.revoke(programId);
        flash.success(messages.get(revoked ? "link.revoked" : "link.noneToRevoke"));
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
            putEmailForm(program, r.link().getId(), null);
        } else {
            models.put("cannot", messages.get(reveal instanceof LinkService.NotKept ? "link.show.notKept"
                    : ((LinkService.CannotOpen) reveal).otherKey() ? "link.show.otherKey" : "link.show.damaged"));
        }
        return Response.ok("sharing/link-created.html").build();
    }

    private void putEmailForm(Program program, long linkId, String typedTo) {
        models.put("program", program);
        models.put("linkId", linkId);
        models.put("to", typedTo != null ? typedTo : patients.requireInOwnClinic(program.getPatientId()).getEmail());
    }

    private static Response back(long programId) {
        return Response.seeOther(URI.create("/programs/" + programId + "#patient-link")).build();
    }
}
