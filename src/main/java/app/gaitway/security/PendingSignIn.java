package app.gaitway.security;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in half done: the password was right and a second factor must follow. The session holds who it is
 * for, but no caller, so the container treats it as signed out: every page but the second step answers with
 * the sign-in page. It lasts {@link #LIFETIME}, after which the password is asked for again.
 *
 * @param email the email as typed, which the sign-in throttle counts failures against
 * @param next the page to go to once signed in
 */
record PendingSignIn(long userId, String email, String next, Instant passwordAt) implements Serializable {

    /** Long enough to find the phone and open the app; a half-signed-in browser left behind soon forgets. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final String ATTRIBUTE = "gaitway.pendingSignIn";

    static void begin(HttpSession session, PendingSignIn pending) {
        session.setAttribute(ATTRIBUTE, pending);
    }

    /** The sign-in waiting for its second step in this session, unless it is too old. */
    static Optional<PendingSignIn> of(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (now.isAfter(pending.passwordAt().plus(LIFETIME))) {
            end(session);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void end(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
