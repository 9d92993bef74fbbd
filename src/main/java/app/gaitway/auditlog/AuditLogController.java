package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAnchor;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** The audit log of the administrator's clinic, its filter, and the chain check. */
@Path("admin/audit")
@RequestScoped
public class AuditLogController {

    private static final String LIST = "audit/list.html";
    private static final String VERIFY = "audit/verify.html";

    @Inject
    Models models;

    @Inject
    AuditLogService audit;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public Response list(
            @Context UriInfo uriInfo, @QueryParam("before") String before, @QueryParam("after") String after) {
        AuditFilterForm form = AuditFilterForm.from(uriInfo.getQueryParameters());
        AuditFilterOptions options = audit.filterOptions();
        AuditFilter.Parsed parsed = AuditFilter.parse(form, audit::clinicUser);
        models.put("form", form);
        models.put("options", options);
        models.put("errors", FormErrors.of(parsed.problems(), messages));
        if (!parsed.valid()) {
            models.put("chain", audit.chainStatus());
            return Response.status(Response.Status.BAD_REQUEST).entity(LIST).build();
        }
        models.put("page", audit.page(parsed.filter(), before, after));
        models.put("chain", audit.chainStatus());
        return Response.ok(LIST).build();
    }

    /** Writes a checkpoint of the chain now rather than at the next scheduled one (see AuditAnchor). */
    @POST
    @Path("checkpoint")
    public Response checkpoint() {
        AuditAnchor.Outcome outcome = audit.checkpointNow();
        String text = messages.get("audit.checkpoint." + outcome.name());
        if (outcome == AuditAnchor.Outcome.WRITTEN || outcome == AuditAnchor.Outcome.UNCHANGED) {
            flash.success(text);
        } else {
            flash.notice(text);
        }
        return Response.seeOther(URI.create("/admin/audit")).build();
    }

    /** A POST: the check is recorded in the trail, so it is not something a link or prefetch may trigger. */
    @POST
    @Path("verify")
    public String verify() {
        models.put("check", audit.verifyChain());
        return VERIFY;
    }
}
