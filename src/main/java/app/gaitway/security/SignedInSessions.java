package app.gaitway.security;

import app.gaitway.security.sessions.DeviceSummary;
import app.gaitway.security.sessions.SessionRecord;
import app.gaitway.security.sessions.SessionRecords;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.crypto.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in sessions of staff, kept in the database so that one can be ended from another device or by an
 * administrator, on every server that shares the database and across restarts: the session guard ends a session
 * whose row is ended or gone at its next request. Each session holds a random token in server memory; the table
 * holds its hash, never the session id.
 */
@ApplicationScoped
public class SignedInSessions {

    /** How often a session's last-seen time is written: at most once a minute, to keep writes few. */
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    /** Why a session's row was ended; the session learns it at its next request (login.ended.* messages). */
    static final String ENDED_ELSEWHERE = "elsewhere";

    static final String ENDED_BY_ADMIN = "admin";
    static final String ENDED_BY_PASSWORD_CHANGE = "password-changed";

    @Inject
    SessionRecords records;

    @Inject
    SessionSettings settings;

    @Inject
    AuditTrail audit;

    /** One row of "Your sessions". */
    public record Row(
            long id, String device, String address, Instant signedInAt, Instant lastSeenAt, boolean current) {}

    /**
     * Gives a new sign-in its token and row, and deletes rows no session needs any more (done here, at sign-in,
     * rather than on a timer: sign-ins are rare and already pay for a password hash).
     */
    @Transactional
    void open(HttpSession session, long userId, String userAgent, String address, Instant now) {
        String token = RandomTokens.newToken();
        SignedInSession.keepToken(session, token);
        records.open(RandomTokens.hash(token), userId, DeviceSummary.of(userAgent), address, now);
        SessionPolicy policy = settings.policy();
        records.deleteStale(
                now.minus(policy.idleLimit()),
                now.minus(policy.idleLimit()).minus(SEEN_EVERY),
                now.minus(policy.absoluteLimit()));
    }

    /** Whether the row's last-seen time is a minute old or more, so it is written again (see {@link #seen}). */
    static boolean seenIsDue(SessionRecord record, Instant now) {
        return !record.getLastSeenAt().plus(SEEN_EVERY).isAfter(now);
    }

    /**
     * Notes that the session was seen now; the guard calls it only when {@link #seenIsDue}, so most requests write
     * nothing. In a transaction of its own: inside a GET's page transaction (PageTransactionFilter) the row would
     * stay locked while the whole page renders, holding up the same session's other requests.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void seen(long sessionId, Instant now) {
        records.seen(sessionId, now);
    }

    /** The session ends here (signing out, or the guard ending it): its row says why. */
    @Transactional
    void ended(HttpSession session, String reason, Instant now) {
        String token = SignedInSession.token(session);
        if (token != null) {
            records.endByToken(RandomTokens.hash(token), reason, now);
        }
    }

    /** The user's live sessions, newest sign-in first, the one of {@code currentId} marked. */
    @Transactional
    public List<Row> liveOf(long userId, long currentId, Instant now) {
        SessionPolicy policy = settings.policy();
        return records.openOf(userId).stream()
                // last seen is written a minute late at most: a session is not taken for idle before it can be
                .filter(r ->
                        !policy.isExpired(r.getSignedInAt(), r.getLastSeenAt().plus(SEEN_EVERY), now))
                .map(r -> new Row(
                        r.getId(),
                        r.getDevice(),
                        r.getAddress(),
                        r.getSignedInAt(),
                        r.getLastSeenAt(),
                        r.getId() == currentId))
                .toList();
    }

    /**
     * Ends one of the user's other sessions (audited).
     *
     * @return false when there is no such open session of theirs
     */
    @Transactional
    public boolean signOutOne(long userId, long sessionId, Instant now) {
        boolean ended = records.end(sessionId, userId, ENDED_ELSEWHERE, now);
        if (ended) {
            audit.record(AuditAction.SESSION_SIGN_OUT, "session", sessionId, AuditOutcome.SUCCESS);
        }
        return ended;
    }

    /** Ends every session of the user but this one (audited); returns how many. */
    @Transactional
    public int signOutOthers(long userId, HttpSession current, Instant now) {
        int count = records.endAllOf(userId, hashOf(current), ENDED_ELSEWHERE, now);
        audit.record(AuditAction.SESSIONS_SIGN_OUT, "user", userId, AuditOutcome.SUCCESS);
        return count;
    }

    /**
     * Ends every session of the user, for an administrator (who audits it with their own reason) or after a password
     * reset by email. Joins the caller's transaction.
     */
    @Transactional
    public int endAllOf(long userId, String reason, Instant now) {
        return records.endAllOf(userId, null, reason, now);
    }

    /** Ends every session of the user, by an administrator of their clinic (the caller checks and audits). */
    @Transactional
    public int endAllByAdministrator(long userId, Instant now) {
        return endAllOf(userId, ENDED_BY_ADMIN, now);
    }

    private static String hashOf(HttpSession session) {
        String token = SignedInSession.token(session);
        return token == null ? null : RandomTokens.hash(token);
    }
}
