package app.gaitway.sharing.web;

import app.gaitway.programs.Program;
import app.gaitway.clinics.ClinicNames;
import app.gaitway.patients.PatientService;
import app.gaitway.programs.ProgramService;
import app.gaitway.sharing.links.LinkSecret;
import app.gaitway.sharing.links.PatientLink;
import app.gaitway.sharing.mail.LinkMail;
import app.gaitway.sharing.mail.LinkMailException;
import app.gaitway.sharing.mail.LinkMailer;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.sharing.links.LinkService;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.logging.Logger;

/**
 * The therapist's side of a patient's link, from the program page: create it (replacing any earlier one) and
 * revoke it. A new link's secret is shown once, in the answer to the creating form, and never stored.
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
    AuditTrail audit;

    private static final Logger LOG = Logger.getLogger(ProgramLinkController.class.getName());

    @Inject
    @ConfigProperty(name = "gaitway.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @POST
    public Response create(@PathParam("id") long programId, @FormParam("days") String days) {
        int valid = LinkService.DEFAULT_DAYS;
        try {
            valid = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            // the default
        }
        try {
            LinkService.Created created = links.create(programId, valid);
            return showCreated(programId, created.secret(), created.expiresAt(), null, null, Response.Status.OK);
        } catch (Program.Ended e) {
            flash.success(messages.get("link.programEnded"));
            return back(programId);
        }
    }

    /**
     * Emails a link just created to the patient. The page holds the secret; the server checks it is this
     * program's active link before sending, and the answer shows the link again so it is not lost.
     */
    @POST
    @Path("email")
    public Response email(@PathParam("id") long programId, @FormParam("secret") String typed, @FormParam("to") String to) {
        PatientLink link = links.activeWithSecret(programId, typed).orElseThrow(NotFoundException::new);
        LinkSecret secret = LinkSecret.parse(typed).orElseThrow();
        String address = to == null ? "" : to.strip();
        if (!mailer.isConfigured()) {
            throw new NotFoundException();
        }
        Program program = programs.require(programId);
        ProgramService.ForPatient p = programs.forPatient(programId, program.getClinicId());
        String url = base() + "/p/" + secret.grouped();
        try {
            mailer.send(new LinkMail(address, p.givenName(), url, url, clinics.of(program.getClinicId()),
                    p.version().getClinicPhone(), p.version().getTherapistName()));
            audit.record(AuditAction.EXPORT, LinkService.AUDIT_RECORD, link.getId(), AuditOutcome.SUCCESS);
            LOG.info(() -> "Program link " + link.getId() + " emailed");
            return showCreated(programId, secret, link.getExpiresAt(), messages.get("mail.send.sent"), address,
                    Response.Status.OK);
        } catch (LinkMailException e) {
            audit.record(AuditAction.EXPORT, LinkService.AUDIT_RECORD, link.getId(), AuditOutcome.FAILURE);
            LOG.warning(() -> "Program link " + link.getId() + " not emailed: " + e.getMessage());
            String problem = messages.get(e.reason() == LinkMailException.Reason.BAD_ADDRESS
                    ? "mail.send.badAddress" : "mail.send.failed");
            models.put("mailProblem", problem);
            return showCreated(programId, secret, link.getExpiresAt(), null, address, Response.Status.BAD_REQUEST);
        } catch (IllegalArgumentException e) {
            models.put("mailProblem", messages.get("mail.send.badAddress"));
            return showCreated(programId, secret, link.getExpiresAt(), null, address, Response.Status.BAD_REQUEST);
        }
    }

    @POST
    @Path("revoke")
    public Response revoke(@PathParam("id") long programId) {
        boolean revoked = links.revoke(programId);
        flash.success(messages.get(revoked ? "link.revoked" : "link.noneToRevoke"));
        return back(programId);
    }

    private Response showCreated(long programId, LinkSecret secret, java.time.Instant expiresAt, String notice,
                                 String typedTo, Response.Status status) {
        Program program = programs.require(programId);
        models.put("program", program);
        models.put("expiresAt", expiresAt);
        models.put("secret", secret.grouped());
        models.put("path", "/p/" + secret.grouped());
        models.put("baseUrl", base());
        models.put("notice", notice);
        models.put("mailOn", mailer.isConfigured());
        models.put("to", typedTo != null ? typedTo : patients.requireInOwnClinic(program.getPatientId()).getEmail());
        return Response.status(status).entity("sharing/link-created.html").build();
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static Response back(long programId) {
        return Response.seeOther(URI.create("/programs/" + programId + "#patient-link")).build();
    }
}
