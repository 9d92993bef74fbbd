package app.gaitway.security;

import app.gaitway.shared.web.CsrfTokens;
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

    private static final String RENEW_CSRF_TOKEN = "gaitway.renewCsrfToken";
    private static final String CREDENTIALS_STAMP = "gaitway.credentialsStamp";
    private static final String CALLER = "gaitway.caller";
    private static final String CALLER_GROUPS = "gaitway.callerGroups";
    private static final String MUST_SET_UP_SECOND_FACTOR = "gaitway.mustSetUpSecondFactor";
    private static final String TOKEN = "gaitway.sessionToken";

    private SignedInSession() {}

    static void open(HttpSession session, Instant now, Instant passwordChangedAt, int idleSeconds) {
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_SEEN_AT, now);
        session.setAttribute(CREDENTIALS_STAMP, passwordChangedAt);
        // The container keeps an idle session a while past the idle limit, so that the session
        // guard still finds it, ends it with reason "timeout" (audited, and told to the user)
        // rather than the container silently dropping it first.
        session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, 2L * idleSeconds));
        session.setAttribute(RENEW_CSRF_TOKEN, Boolean.TRUE);
    }

    /**
     * Gives the signed-in session a new CSRF token, as its id is new too: a token seen before
     * sign-in (on a shared computer's login page, say) is worth nothing after it. Done on the
     * first request after sign-in, before any page reads the token.
     */
    static void renewCsrfTokenOnce(HttpSession session) {
        if (session.getAttribute(RENEW_CSRF_TOKEN) != null) {
            session.removeAttribute(RENEW_CSRF_TOKEN);
            CsrfTokens.renew(session);
        }
    }

    /**
     * The random token whose hash keys this session's row in the signed-in sessions table (see SignedInSessions).
     * It stays in server memory: the browser only ever holds the session cookie.
     */
    static void keepToken(HttpSession session, String token) {
        session.setAttribute(TOKEN, token);
    }

    /** The session's token, or null for a session not signed in (or opened before sessions were recorded). */
    static String token(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(TOKEN);
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

    /** The signed-in caller as the mechanism re-applies it on each request (see SignInMechanism). */
    static void rememberCaller(HttpSession session, String name, java.util.Set<String> groups) {
        session.setAttribute(CALLER, name);
        session.setAttribute(CALLER_GROUPS, new java.util.HashSet<>(groups));
    }

    /**
     * Undoes what the mechanism remembered for a correct password when a second factor must follow: the session
     * is not signed in until the code is typed (see PendingSignIn).
     */
    static void forgetCaller(HttpSession session) {
        session.removeAttribute(CALLER);
        session.removeAttribute(CALLER_GROUPS);
    }

    /** The clinic requires a second factor this user has not set up: no page but setting it up, until it is. */
    static void requireSecondFactorSetUp(HttpSession session, boolean required) {
        if (required) {
            session.setAttribute(MUST_SET_UP_SECOND_FACTOR, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_SET_UP_SECOND_FACTOR);
        }
    }

    static boolean mustSetUpSecondFactor(HttpSession session) {
        return session != null && session.getAttribute(MUST_SET_UP_SECOND_FACTOR) != null;
    }

    static String callerName(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(CALLER);
    }

    @SuppressWarnings("unchecked")
    static java.util.Set<String> callerGroups(HttpSession session) {
        Object groups = session.getAttribute(CALLER_GROUPS);
        return groups instanceof java.util.Set<?> g
                ? java.util.Set.copyOf((java.util.Set<String>) g)
                : java.util.Set.of();
    }
}
