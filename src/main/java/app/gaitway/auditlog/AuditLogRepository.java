package app.gaitway.auditlog;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditChain;
import app.gaitway.shared.audit.AuditChainHead;
import app.gaitway.shared.audit.AuditEntry;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.web.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the audit trail: pages of a clinic's entries, users to filter by, and the whole
 * chain in id order for verification. Never writes: appending is {@link AuditTrail}'s.
 * <p>
 * Queries order by clinic, then time and id, although the clinic is fixed by the WHERE
 * clause: that lets H2 walk {@code ix_audit_entry_clinic_time} in order and stop after a
 * page, instead of sorting the clinic's whole log (PostgreSQL does it either way).
 */
@ApplicationScoped
public class AuditLogRepository {

    private static final String SELECT_ROWS = "select new app.gaitway.auditlog.AuditRow(e.id, e.occurredAt, e.userId,"
            + " u.fullName, e.action, e.recordType, e.recordId, e.outcome, e.clientAddress, e.detail)"
            + " from AuditEntry e left join UserAccount u on u.id = e.userId";

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** The state of the chain head row, read from the database (never a cached entity). */
    record HeadSnapshot(Long lastEntryId, String lastHmac, long entryCount) {
        AuditChain.Head asChainHead() {
            return new AuditChain.Head(lastHmac, entryCount);
        }
    }

    /**
     * Entries in scope that match the filter, newest first (or, with {@code newer}, the
     * ones after the cursor, oldest first), at most {@code limit}. For the installation
     * owner the entries without a clinic come from a second index range, merged here.
     */
    List<AuditRow> rows(AuditScope scope, AuditFilter filter, AuditCursor cursor, boolean newer, int limit) {
        List<AuditRow> rows = new ArrayList<>(rowsOf(scope.clinicId(), filter, cursor, newer, limit));
        if (scope.includeUnassigned()) {
            rows.addAll(rowsOf(null, filter, cursor, newer, limit));
            rows.sort(newer ? AuditRow.NEWEST_FIRST.reversed() : AuditRow.NEWEST_FIRST);
            return rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows;
        }
        return rows;
    }

    private List<AuditRow> rowsOf(Long clinicId, AuditFilter filter, AuditCursor cursor, boolean newer, int limit) {
        StringBuilder where = new StringBuilder(clinicId == null ? "e.clinicId is null" : "e.clinicId = :clinic");
        Map<String, Object> parameters = new HashMap<>();
        if (clinicId != null) {
            parameters.put("clinic", clinicId);
        }
        condition(where, parameters, "e.userId = :user", "user", filter.userId());
        condition(
                where,
                parameters,
                "e.action = :action",
                "action",
                filter.action() == null ? null : filter.action().name());
        condition(
                where,
                parameters,
                "e.outcome = :outcome",
                "outcome",
                filter.outcome() == null ? null : filter.outcome().name());
        condition(where, parameters, "e.occurredAt >= :from", "from", filter.fromInclusive());
        condition(where, parameters, "e.occurredAt < :to", "to", filter.toExclusive());
        condition(where, parameters, "lower(e.recordType) = :recordType", "recordType", filter.recordType());
        condition(where, parameters, "e.recordId = :recordId", "recordId", filter.recordId());
        if (cursor != null) {
            // the first, redundant term bounds the index range; the second breaks ties on time by id
            where.append(
                    newer
                            ? " and e.occurredAt >= :at and (e.occurredAt > :at or e.id > :id)"
                            : " and e.occurredAt <= :at and (e.occurredAt < :at or e.id < :id)");
            parameters.put("at", cursor.occurredAt());
            parameters.put("id", cursor.id());
        }
        String direction = newer ? "asc" : "desc";
        TypedQuery<AuditRow> query = em.createQuery(
                SELECT_ROWS + " where " + where + " order by e.clinicId " + direction + ", e.occurredAt " + direction
                        + ", e.id " + direction,
                AuditRow.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    /** The time of an entry the scope may see; empty for other clinics' entries and missing ones alike. */
    Optional<Instant> occurredAtInScope(long entryId, AuditScope scope) {
        String clinic =
                scope.includeUnassigned() ? "(e.clinicId = :clinic or e.clinicId is null)" : "e.clinicId = :clinic";
        return em.createQuery("select e.occurredAt from AuditEntry e where e.id = :id and " + clinic, Instant.class)
                .setParameter("id", entryId)
                .setParameter("clinic", scope.clinicId())
                .getResultStream()
                .findFirst();
    }

    long countUsersOfClinic(long clinicId) {
        return em.createQuery("select count(u) from UserAccount u where u.clinic.id = :clinic", Long.class)
                .setParameter("clinic", clinicId)
                .getSingleResult();
    }

    Optional<Long> userIdInClinic(long userId, long clinicId) {
        return em.createQuery("select u.id from UserAccount u where u.id = :id and u.clinic.id = :clinic", Long.class)
                .setParameter("id", userId)
                .setParameter("clinic", clinicId)
                .getResultStream()
                .findFirst();
    }

    Optional<Long> userIdByEmailInClinic(String email, long clinicId) {
        return em.createQuery(
                        "select u.id from UserAccount u where u.email = :email and u.clinic.id = :clinic", Long.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .setParameter("clinic", clinicId)
                .getResultStream()
                .findFirst();
    }

    /** The clinic's staff, by name, for the user filter. */
    List<Choice> usersOfClinic(long clinicId) {
        return em.createQuery(
                        "select u.id, u.fullName from UserAccount u where u.clinic.id = :clinic"
                                + " order by lower(u.fullName), u.id",
                        Object[].class)
                .setParameter("clinic", clinicId)
                .getResultStream()
                .map(row -> new Choice(row[0].toString(), (String) row[1]))
                .toList();
    }

    /** The next entries of the whole installation's chain after the given id, in id order. */
    List<AuditEntry> chainAfter(long entryId, int batchSize) {
        return em.createQuery("select e from AuditEntry e where e.id > :id order by e.id", AuditEntry.class)
                .setParameter("id", entryId)
                .setMaxResults(batchSize)
                .getResultList();
    }

    /**
     * Where the current chain starts: the newest entry that restarted it with a new key
     * (it links to the genesis value, as the very first entry does). Empty: at the first entry.
     */
    Optional<ChainStart> chainStart() {
        return em.createQuery(
                        "select e.id, e.occurredAt from AuditEntry e where e.action = :restart order by e.id desc",
                        Object[].class)
                .setParameter("restart", AuditAction.AUDIT_CHAIN_RESTART.name())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new ChainStart(
                        (Long) row[0],
                        (Instant) row[1],
                        em.createQuery("select count(e) from AuditEntry e where e.id < :id", Long.class)
                                .setParameter("id", row[0])
                                .getSingleResult()));
    }

    /** A restart of the chain: its entry, when, and how many entries before it cannot be verified. */
    record ChainStart(long entryId, Instant at, long earlierEntries) {}

    HeadSnapshot head() {
        Object[] row = em.createQuery(
                        "select h.lastEntryId, h.lastHmac, h.entryCount from AuditChainHead h where h.id = :id",
                        Object[].class)
                .setParameter("id", AuditChainHead.THE_ONLY_ROW)
                .getSingleResult();
        return new HeadSnapshot((Long) row[0], (String) row[1], ((Number) row[2]).longValue());
    }

    /** Lets go of the entities read so far (the chain is read in batches). */
    void forgetReadEntries() {
        em.clear();
    }
}
