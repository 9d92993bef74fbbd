package app.gaitway.security.sessions;

import app.gaitway.security.accounts.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in sessions table. The session guard's per-request check is folded into the query that loads the
 * signed-in user anyway ({@link #userWithSession}): one query per request, as before, with a unique-index lookup
 * joined in. Writes: one row per sign-in, last-seen at most once a minute per session, and the sign-outs.
 */
@ApplicationScoped
public class SessionRecords {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** The user with their clinic, and the session of that token hash if it is theirs (null when there is none). */
    public record UserAndSession(UserAccount user, SessionRecord session) {}

    public Optional<UserAndSession> userWithSession(long userId, String tokenHash) {
        return em.createQuery(
                        "select u, s from UserAccount u join fetch u.clinic"
                                + " left join SessionRecord s on s.tokenHash = :hash and s.userId = u.id"
                                + " where u.id = :id",
                        Object[].class)
                .setParameter("id", userId)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(row -> new UserAndSession((UserAccount) row[0], (SessionRecord) row[1]));
    }

    /** Opens a row for a new sign-in; the caller's transaction. */
    public SessionRecord open(String tokenHash, long userId, String device, String address, Instant at) {
        SessionRecord record = new SessionRecord(tokenHash, userId, device, address, at);
        em.persist(record);
        return record;
    }

    /** The user's sessions not ended, newest sign-in first (expired ones are filtered by the caller's policy). */
    public List<SessionRecord> openOf(long userId) {
        return em.createQuery(
                        "select s from SessionRecord s where s.userId = :user and s.endedAt is null"
                                + " order by s.signedInAt desc, s.id desc",
                        SessionRecord.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public void seen(long id, Instant at) {
        em.createQuery("update SessionRecord s set s.lastSeenAt = :at where s.id = :id and s.lastSeenAt < :at")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Ends one of the user's sessions; false when it is not theirs or already ended. */
    public boolean end(long id, long userId, String reason, Instant at) {
        return em.createQuery("update SessionRecord s set s.endedAt = :at, s.endedReason = :reason"
                                + " where s.id = :id and s.userId = :user and s.endedAt is null")
                        .setParameter("at", at)
                        .setParameter("reason", reason)
                        .setParameter("id", id)
                        .setParameter("user", userId)
                        .executeUpdate()
                > 0;
    }

    /** Ends the session of this token hash (signing out, or the guard ending it). */
    public void endByToken(String tokenHash, String reason, Instant at) {
        em.createQuery("update SessionRecord s set s.endedAt = :at, s.endedReason = :reason"
                        + " where s.tokenHash = :hash and s.endedAt is null")
                .setParameter("at", at)
                .setParameter("reason", reason)
                .setParameter("hash", tokenHash)
                .executeUpdate();
    }

    /**
     * Ends all the user's sessions but the one of {@code keepTokenHash} (none kept when null).
     *
     * @return how many were ended
     */
    public int endAllOf(long userId, String keepTokenHash, String reason, Instant at) {
        return em.createQuery("update SessionRecord s set s.endedAt = :at, s.endedReason = :reason"
                        + " where s.userId = :user and s.endedAt is null and s.tokenHash <> :keep")
                .setParameter("at", at)
                .setParameter("reason", reason)
                .setParameter("user", userId)
                .setParameter("keep", keepTokenHash == null ? "" : keepTokenHash)
                .executeUpdate();
    }

    /**
     * Deletes the rows no session needs any more: ended a while ago (the ended session has had time to be told why),
     * idle since before {@code idleBefore}, or signed in before {@code signedInBefore}. A session whose row is gone
     * is ended at its next request, so deleting a row too early only signs someone out, never in.
     */
    public int deleteStale(Instant endedBefore, Instant idleBefore, Instant signedInBefore) {
        return em.createQuery("delete from SessionRecord s where s.endedAt < :ended or s.lastSeenAt < :idle"
                        + " or s.signedInAt < :signedIn")
                .setParameter("ended", endedBefore)
                .setParameter("idle", idleBefore)
                .setParameter("signedIn", signedInBefore)
                .executeUpdate();
    }
}
