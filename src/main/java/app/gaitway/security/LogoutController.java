package app.gaitway.security;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;

/** Signing out is a POST (with the CSRF token) and ends the server-side session for good. */
@Path("logout")
@RequestScoped
public class LogoutController {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    @Inject
    SignedInSessions sessions;

    @Inject
    Clock clock;

    @POST
    public Response signOut() throws ServletException {
        currentUser
                .get()
                .ifPresent(user -> audit.recordFor(
                        user.id(),
                        user.clinicId(),
                        currentUser.clientAddress(),
                        AuditAction.LOGOUT,
                        "user",
                        user.id(),
                        AuditOutcome.SUCCESS,
                        null));
        sessions.ended(request.getSession(false), "logout", clock.instant());
        SessionGuardFilter.endSession(request);
        return Response.seeOther(URI.create("/login?ended=logout")).build();
    }
}
