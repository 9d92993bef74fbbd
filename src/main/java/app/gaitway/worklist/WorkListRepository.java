package app.gaitway.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The work list's five queries: one each, the list's first rows and its full count ({@code COUNT(*) OVER ()}) in one
 * statement, every condition in SQL over the tables' indexes, so the home page costs the same five statements with 10
 * patients or 10,000.
 *
 * <p>A read model over other features' tables (assessments, programs, patient links and logs, patients), like a
 * report: the alternative, a home-page query in each of three features' repositories, would spread one page's rules
 * over them. It writes nothing. Every query takes the clinic; a therapist's own lists also take their id.
 */
@ApplicationScoped
public class WorkListRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** Whose rows: the whole clinic's, or one therapist's (drafts they started, programs that name them). */
    public record Scope(long clinicId, Long therapistId) {
        boolean own() {
            return therapistId != null;
        }
    }

    /** The first rows of a list and how many it has in all. */
    public record Found<T>(List<T> rows, long total) {
        public long more() {
            return Math.max(0, total - rows.size());
        }
    }

    public record Draft(
            long assessmentId,
            long patientId,
            String patientName,
            LocalDate visitDate,
            Instant savedAt,
            String therapistName) {}

    public record ReviewDue(
            long programId,
            long patientId,
            String patientName,
            String title,
            LocalDate reviewDate,
            String therapistName) {}

    /**
     * @param highestHighPain the highest pain at or above the threshold, or 0 when only "too hard" was said
     * @param tooHard         on how many days "too hard" was said (a double tap is one report, as in adherence)
     */
    public record Reported(
            long programId,
            long patientId,
            String patientName,
            String title,
            int highestHighPain,
            int tooHard,
            LocalDate latest,
            String therapistName) {}

    /** @param lastLogged the latest entry's day, or null when the patient never logged on this program */
    public record Silent(
            long programId,
            long patientId,
            String patientName,
            String title,
            LocalDate lastLogged,
            String therapistName) {}

    public record Expiring(
            long programId,
            long patientId,
            String patientName,
            String title,
            Instant expiresAt,
            String therapistName) {}

    public Found<Draft> drafts(Scope scope, int limit) {
        Query q = em.createNativeQuery("""
                SELECT a.id, a.patient_id, pt.given_name, pt.family_name, a.visit_date, a.updated_at, u.full_name,
                       COUNT(*) OVER ()
                FROM assessment a
                JOIN patient pt ON pt.id = a.patient_id
                JOIN user_account u ON u.id = a.therapist_id
                WHERE a.clinic_id = :clinic AND a.status = 'DRAFT' %s
                ORDER BY a.visit_date, a.id""".formatted(scope.own() ? "AND a.therapist_id = :me" : ""));
        return found(
                bind(q, scope),
                limit,
                r -> new Draft(id(r[0]), id(r[1]), name(r[2], r[3]), date(r[4]), instant(r[5]), (String) r[6]));
    }

    public Found<ReviewDue> reviewsDue(Scope scope, LocalDate dueBy, int limit) {
        Query q = em.createNativeQuery("""
                SELECT p.id, p.patient_id, pt.given_name, pt.family_name, p.title, v.review_date, v.therapist_name,
                       COUNT(*) OVER ()
                FROM program p
                JOIN program_version v ON v.program_id = p.id AND v.number = p.latest_version
                JOIN patient pt ON pt.id = p.patient_id
                WHERE p.clinic_id = :clinic AND p.status = 'ACTIVE' AND pt.archived = FALSE AND v.review_date <= :dueBy %s
                ORDER BY v.review_date, p.id""".formatted(scope.own() ? "AND v.therapist_id = :me" : ""));
        bind(q, scope).setParameter("dueBy", dueBy);
        return found(
                q,
                limit,
                r -> new ReviewDue(id(r[0]), id(r[1]), name(r[2], r[3]), (String) r[4], date(r[5]), (String) r[6]));
    }

    /** Programs whose patient said "too hard" or gave high pain on {@code from} or later; the worst first. */
    public Found<Reported> reported(Scope scope, LocalDate from, LocalDate today, int highPain, int limit) {
        Query q = em.createNativeQuery("""
                SELECT p.id, p.patient_id, pt.given_name, pt.family_name, p.title,
                       MAX(CASE WHEN g.pain >= :highPain THEN g.pain ELSE 0 END) AS worst,
                       COUNT(DISTINCT CASE WHEN g.difficulty = 'TOO_HARD' THEN g.done_on END),
                       MAX(g.done_on) AS latest, v.therapist_name, COUNT(*) OVER ()
                FROM exercise_log g
                JOIN program p ON p.id = g.program_id
                JOIN program_version v ON v.program_id = p.id AND v.number = p.latest_version
                JOIN patient pt ON pt.id = p.patient_id
                WHERE p.clinic_id = :clinic AND g.done_on >= :from AND g.done_on <= :today AND g.removed_at IS NULL
                  AND (g.difficulty = 'TOO_HARD' OR g.pain >= :highPain) %s
                GROUP BY p.id, p.patient_id, pt.given_name, pt.family_name, p.title, v.therapist_name
                ORDER BY worst DESC, latest DESC, p.id""".formatted(scope.own() ? "AND v.therapist_id = :me" : ""));
        bind(q, scope).setParameter("from", from).setParameter("today", today).setParameter("highPain", highPain);
        return found(
                q,
                limit,
                r -> new Reported(
                        id(r[0]),
                        id(r[1]),
                        name(r[2], r[3]),
                        (String) r[4],
                        number(r[5]),
                        number(r[6]),
                        date(r[7]),
                        (String) r[8]));
    }

    /**
     * Running programs with a link the patient has had since {@code availableBy} (and a start on or before it), with no
     * entry on {@code loggedFrom} or later; the longest silent first, never-logged before all.
     */
    public Found<Silent> silent(Scope scope, LocalDate loggedFrom, LocalDate availableBy, Instant now, int limit) {
        Instant linkMadeBefore =
                availableBy.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        Query q = em.createNativeQuery("""
                SELECT p.id, p.patient_id, pt.given_name, pt.family_name, p.title,
                       (SELECT MAX(g.done_on) FROM exercise_log g WHERE g.program_id = p.id AND g.removed_at IS NULL)
                           AS last_logged,
                       v.therapist_name, COUNT(*) OVER ()
                FROM program p
                JOIN program_version v ON v.program_id = p.id AND v.number = p.latest_version
                JOIN patient pt ON pt.id = p.patient_id
                WHERE p.clinic_id = :clinic AND p.status = 'ACTIVE' AND pt.archived = FALSE AND v.start_date <= :availableBy %s
                  AND EXISTS (SELECT 1 FROM patient_link l WHERE l.program_id = p.id AND l.revoked_at IS NULL
                              AND l.expires_at > :now AND l.created_at < :linkMadeBefore)
                  AND NOT EXISTS (SELECT 1 FROM exercise_log g WHERE g.program_id = p.id AND g.removed_at IS NULL
                                  AND g.done_on >= :loggedFrom)
                ORDER BY last_logged NULLS FIRST, p.id""".formatted(scope.own() ? "AND v.therapist_id = :me" : ""));
        bind(q, scope)
                .setParameter("availableBy", availableBy)
                .setParameter("now", now)
                .setParameter("linkMadeBefore", linkMadeBefore)
                .setParameter("loggedFrom", loggedFrom);
        return found(
                q,
                limit,
                r -> new Silent(id(r[0]), id(r[1]), name(r[2], r[3]), (String) r[4], date(r[5]), (String) r[6]));
    }

    /**
     * The links of running programs that expire before {@code before} and expired after {@code after}, not revoked
     * and not followed by a newer link of the same program; the soonest (or longest expired) first.
     */
    public Found<Expiring> expiringLinks(Scope scope, Instant after, Instant before, int limit) {
        Query q = em.createNativeQuery("""
                SELECT p.id, p.patient_id, pt.given_name, pt.family_name, p.title, l.expires_at, v.therapist_name,
                       COUNT(*) OVER ()
                FROM patient_link l
                JOIN program p ON p.id = l.program_id
                JOIN program_version v ON v.program_id = p.id AND v.number = p.latest_version
                JOIN patient pt ON pt.id = p.patient_id
                WHERE l.clinic_id = :clinic AND p.clinic_id = :clinic AND l.revoked_at IS NULL
                  AND l.expires_at > :after AND l.expires_at < :before
                  AND p.status = 'ACTIVE' AND pt.archived = FALSE %s
                  AND NOT EXISTS (SELECT 1 FROM patient_link n WHERE n.program_id = l.program_id AND n.id > l.id)
                ORDER BY l.expires_at, p.id""".formatted(scope.own() ? "AND v.therapist_id = :me" : ""));
        bind(q, scope).setParameter("after", after).setParameter("before", before);
        return found(
                q,
                limit,
                r -> new Expiring(id(r[0]), id(r[1]), name(r[2], r[3]), (String) r[4], instant(r[5]), (String) r[6]));
    }

    private static Query bind(Query q, Scope scope) {
        q.setParameter("clinic", scope.clinicId());
        if (scope.own()) {
            q.setParameter("me", scope.therapistId());
        }
        return q;
    }

    private static <T> Found<T> found(Query q, int limit, java.util.function.Function<Object[], T> row) {
        @SuppressWarnings("unchecked")
        List<Object[]> raw = q.setMaxResults(limit).getResultList();
        List<T> rows = new ArrayList<>(raw.size());
        long total = 0;
        for (Object[] r : raw) {
            rows.add(row.apply(r));
            total = ((Number) r[r.length - 1]).longValue();
        }
        return new Found<>(List.copyOf(rows), total);
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static int number(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static String name(Object given, Object family) {
        return given + " " + family;
    }

    // The JDBC drivers hand dates and times back as different classes (H2 and PostgreSQL, java.sql or java.time).
    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + o.getClass());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + o.getClass());
    }
}
