package app.gaitway.security;

import app.gaitway.security.sessions.SessionRecord;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.persistence.Actor;
import app.gaitway.shared.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Runs on every request of a signed-in user and ends the session when it must end:
 * idle too long, open too long, the account deactivated, or its password reset or role
 * changed by an administrator, or the session signed out from elsewhere (its row in the signed-in sessions table
 * ended, see {@link SignedInSessions}). Also sends a user with a temporary password to change it
 * first, and tells entity callbacks who is acting.
 */
@WebFilter(urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

    private static final String STATIC_PREFIX = "/static/";
    private static final String SECOND_FACTOR_PAGE = "/account/second-factor";

    /** The reasons a row is ended by that the user is told on the sign-in page. */
    private static final Set<String> ENDED_ELSEWHERE = Set.of(
            SignedInSessions.ENDED_ELSEWHERE,
            SignedInSessions.ENDED_BY_ADMIN,
            SignedInSessions.ENDED_BY_PASSWORD_CHANGE);

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    HeldForms heldForms;

    @Inject
    SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(STATIC_PREFIX) || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Optional<SignedInUser> user = currentUser.get();
        Instant now = clock.instant();
        Optional<SessionRecord> record = currentUser.session();
        String endReason = reasonToEnd(request, session, user, record, now);
        if (endReason != null) {
            if (record.isPresent() && !record.get().isEnded()) {
                sessions.ended(session, endReason, now);
            }
            user.ifPresent(u -> audit.recordFor(
                    u.id(),
                    u.clinicId(),
                    currentUser.clientAddress(),
                    AuditAction.SESSION_ENDED,
                    "user",
                    u.id(),
                    AuditOutcome.SUCCESS,
                    endReason));
            endSession(request);
            if (endReason.equals("timeout")) {
                // what the user typed before the timeout comes back after they sign in again; it is not run now
                heldForms.hold(request, user.get().id());
            }
            seeOther(request, response, "/login?ended=" + endReason);
            return;
        }
        SignedInSession.touch(session, now);
        if (SignedInSessions.seenIsDue(record.get(), now)) {
            sessions.seen(record.get().getId(), now);
        }
        SignedInSession.renewCsrfTokenOnce(session);
        if (user.get().mustChangePassword() && !mayProceedWithTemporaryPassword(path)) {
            seeOther(request, response, "/account/password");
            return;
        }
        if (SignedInSession.mustSetUpSecondFactor(session) && !maySetUpSecondFactor(path)) {
            seeOther(request, response, SECOND_FACTOR_PAGE);
            return;
        }
        Actor.set(user.get().id());
        try {
            chain.doFilter(request, response);
        } finally {
            Actor.clear();
        }
    }

    private String reasonToEnd(
            HttpServletRequest request,
            HttpSession session,
            Optional<SignedInUser> user,
            Optional<SessionRecord> record,
            Instant now) {
        if (user.isEmpty() || !SignedInSession.isOpen(session)) {
            return "signed-out";
        }
        if (!user.get().active()) {
            return "deactivated";
        }
        if (settings.policy()
                .isExpired(SignedInSession.signedInAt(session), SignedInSession.lastSeenAt(session), now)) {
            return "timeout";
        }
        // Signed out from another device, by an administrator or by a password reset: the row says so, on whichever
        // server it was done. No row: a session opened before sessions were recorded, or its row was cleaned up.
        if (record.isEmpty()) {
            return "signed-out";
        }
        if (record.get().isEnded()) {
            return ENDED_ELSEWHERE.contains(record.get().getEndedReason())
                    ? record.get().getEndedReason()
                    : "signed-out";
        }
        if (!user.get().passwordChangedAt().equals(SignedInSession.credentialsStamp(session))) {
            return "password-reset";
        }
        // The session's roles were fixed at sign-in; after an administrator changed the
        // role, the new one must apply at once (a demoted admin keeps no admin pages).
        if (!request.isUserInRole(user.get().role().name())) {
            return "role-changed";
        }
        return null;
    }

    /**
     * A 303 that keeps the security headers: sendRedirect dropped them, and so does ending the
     * session (request.logout()), so they are set again here.
     */
    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    private static boolean mayProceedWithTemporaryPassword(String path) {
        return path.equals("/account/password") || path.equals("/logout") || path.startsWith("/error/");
    }

    private static boolean maySetUpSecondFactor(String path) {
        return path.equals(SECOND_FACTOR_PAGE) || path.equals("/logout") || path.startsWith("/error/");
    }

    static void endSession(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
