package app.gaitway.programs;

import app.gaitway.programs.templates.TemplateService;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The clinic's program templates: the starters and its own, archiving and restoring its own. */
@Path("program-templates")
@RequestScoped
public class TemplatesController {

    @Inject
    Models models;

    @Inject
    TemplateService templates;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public String list() {
        models.put("usable", templates.usable());
        models.put("archived", templates.archived());
        return "programs/templates.html";
    }

    @POST
    @Path("{id: [0-9]{1,18}}/archive")
    public Response archive(@PathParam("id") long id) {
        templates.setArchived(id, true);
        flash.success(messages.get("template.archived"));
        return Response.seeOther(URI.create("/program-templates")).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/restore")
    public Response restore(@PathParam("id") long id) {
        templates.setArchived(id, false);
        flash.success(messages.get("template.restored"));
        return Response.seeOther(URI.create("/program-templates")).build();
    }
}
