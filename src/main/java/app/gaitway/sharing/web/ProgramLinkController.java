package app.gaitway.sharing.web;

import app.gaitway.programs.Program;
import app.gaitway.programs.ProgramService;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

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
            Program program = programs.require(programId);
            models.put("program", program);
            models.put("created", created);
            models.put("path", "/p/" + created.secret().grouped());
            models.put("baseUrl", baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
            return Response.ok("sharing/link-created.html").build();
        } catch (Program.Ended e) {
            flash.success(messages.get("link.programEnded"));
            return back(programId);
        }
    }

    @POST
    @Path("revoke")
    public Response revoke(@PathParam("id") long programId) {
        boolean revoked = links.revoke(programId);
        flash.success(messages.get(revoked ? "link.revoked" : "link.noneToRevoke"));
        return back(programId);
    }

    private static Response back(long programId) {
        return Response.seeOther(URI.create("/programs/" + programId + "#patient-link")).build();
    }
}
