package app.gaitway.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of "Forgot password" by email. A link is good for 30 minutes and once (issue 15; OWASP's Forgot Password
 * Cheat Sheet asks for a short-lived, single-use token). An account is sent at most 3 links an hour, so nobody can
 * fill a colleague's mailbox by typing their address; one address (a computer, or a whole clinic behind one router)
 * may ask 10 times an hour, enough for a clinic whose staff forget on the same morning.
 */
final class ResetRules {

    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAILS_PER_ACCOUNT = 3;
    static final int REQUESTS_PER_ADDRESS = 10;

    private ResetRules() {}

    static Instant expiryOf(Instant sentAt) {
        return sentAt.plus(LINK_LIFETIME);
    }

    /** Whether one more link may be mailed to an account that was sent {@code sentInWindow} in the last hour. */
    static boolean mayMail(long sentInWindow) {
        return sentInWindow < MAILS_PER_ACCOUNT;
    }

    static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** Whether a link can still set a password: not used (nor replaced by a newer one), and not expired. */
    static boolean isUsable(Instant expiresAt, Instant spentAt, Instant now) {
        return spentAt == null && now.isBefore(expiresAt);
    }
}
