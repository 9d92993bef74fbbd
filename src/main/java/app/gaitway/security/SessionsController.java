package app.gaitway.security;

import app.gaitway.security.sessions.SessionRecord;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * "Your sessions": where the signed-in user is signed in, and signing out one of those sessions or all but this
 * one. Signing out this one is the ordinary sign-out. A session id of someone else is "not found".
 */
@Path("account/sessions")
@RequestScoped
public class SessionsController {

    private static final URI PAGE = URI.create("/account/sessions");

    @Inject
    Models models;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignedInSessions sessions;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    @GET
    public String show() {
        long currentId = currentUser.session().map(SessionRecord::getId).orElse(-1L);
        List<SignedInSessions.Row> rows = sessions.liveOf(currentUser.id(), currentId, clock.instant());
        models.put("sessions", rows);
        models.put("others", rows.stream().filter(r -> !r.current()).count());
        return "security/sessions.html";
    }

    @POST
    @Path("{id: [0-9]{1,18}}/sign-out")
    public Response signOutOne(@PathParam("id") long id) {
        if (currentUser.session().map(SessionRecord::getId).orElse(-1L) == id
                || !sessions.signOutOne(currentUser.id(), id, clock.instant())) {
            // this session is signed out with the sign-out button, which ends it at once
            throw new RecordNotFoundException("session", id);
        }
        flash.success(messages.get("sessions.signedOutOne"));
        return Response.seeOther(PAGE).build();
    }

    @POST
    @Path("sign-out-others")
    public Response signOutOthers() {
        int count = sessions.signOutOthers(currentUser.id(), request.getSession(false), clock.instant());
        flash.success(messages.get("sessions.signedOutOthers", count));
        return Response.seeOther(PAGE).build();
    }
}
