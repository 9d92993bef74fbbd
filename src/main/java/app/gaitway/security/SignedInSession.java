package app.gaitway.security;

import jakarta.servlet.http.HttpSession;

import java.time.Instant;

/**
 * What Gaitway keeps in a signed-in session besides the container's principal: when the
 * sign-in happened, when the user was last seen, and which password the session was
 * opened with (a password reset by an administrator ends older sessions).
 */
final class SignedInSession {

    private static final String SIGNED_IN_AT = "gaitway.signedInAt";
    private static final String LAST_SEEN_AT = "gaitway.lastSeenAt";
    private static final String CREDENTIALS_STAMP = "gaitway.credentialsStamp";

    private SignedInSession() {
    }

    static void open(HttpSession session, Instant now, Instant passwordChangedAt, int idleSeconds) {
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_SEEN_AT, now);
        session.setAttribute(CREDENTIALS_STAMP, passwordChangedAt);
        // The container keeps an idle session a while past the idle limit, so that the session
        // guard still finds it, ends it with reason "timeout" (audited, and told to the user)
        // rather than the container silently dropping it first.
        session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, 2L * idleSeconds));
    }

    static void passwordChangedBySelf(HttpSession session, Instant passwordChangedAt) {
        session.setAttribute(CREDENTIALS_STAMP, passwordChangedAt);
    }

    static boolean isOpen(HttpSession session) {
        return session != null && session.getAttribute(SIGNED_IN_AT) != null;
    }

    static Instant signedInAt(HttpSession session) {
        return (Instant) session.getAttribute(SIGNED_IN_AT);
    }

    static Instant lastSeenAt(HttpSession session) {
        return (Instant) session.getAttribute(LAST_SEEN_AT);
    }

    static Instant credentialsStamp(HttpSession session) {
        return (Instant) session.getAttribute(CREDENTIALS_STAMP);
    }

    static void touch(HttpSession session, Instant now) {
        session.setAttribute(LAST_SEEN_AT, now);
    }
}
