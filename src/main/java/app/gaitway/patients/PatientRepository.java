package app.gaitway.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queries over patients. Every read takes the clinic: another clinic's patient is not there.
 * The list is two queries, a count and one page of plain values in the order of the list index
 * (clinic, archived, last activity), so it stays a few milliseconds with thousands of patients.
 */
@ApplicationScoped
public class PatientRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public Optional<Patient> findInClinic(long id, long clinicId) {
        Patient p = em.find(Patient.class, id);
        return p == null || p.getClinicId() != clinicId ? Optional.empty() : Optional.of(p);
    }

    public long count(long clinicId, PatientQuery query) {
        if (query.isBadDate()) {
            return 0;
        }
        return bind(em.createQuery("SELECT COUNT(p) FROM Patient p WHERE " + where(query), Long.class), clinicId, query)
                .getSingleResult();
    }

    public List<PatientListEntry> page(long clinicId, PatientQuery query, int offset, int limit) {
        if (query.isBadDate()) {
            return List.of();
        }
        String jpql = """
                SELECT new app.gaitway.patients.PatientListEntry(p.id, p.familyName, p.givenName, p.dateOfBirth,
                       p.icd10Code, p.archived, p.lastActivityAt)
                FROM Patient p WHERE %s
                ORDER BY p.lastActivityAt DESC, p.id DESC""".formatted(where(query));
        return bind(em.createQuery(jpql, PatientListEntry.class), clinicId, query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public void add(Patient patient) {
        em.persist(patient);
        em.flush();
    }

    /**
     * Moves the last activity forward to {@code now} (never back), as one UPDATE that leaves the version
     * and the changed-by columns alone: it is no edit of the patient's details, and must not make a
     * therapist's open edit form stale. Returns whether a row of the clinic was updated.
     */
    public boolean moveLastActivity(long id, long clinicId, Instant now) {
        return em.createQuery("""
                        UPDATE Patient p SET p.lastActivityAt = :now
                        WHERE p.id = :id AND p.clinicId = :clinic AND p.lastActivityAt < :now""")
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("clinic", clinicId)
                        .executeUpdate()
                == 1;
    }

    private static String where(PatientQuery query) {
        StringBuilder where = new StringBuilder("p.clinicId = :clinic");
        if (!query.includeArchived()) {
            where.append(" AND p.archived = false");
        }
        switch (query.kind()) {
            case NAME -> {
                for (int i = 0; i < query.words().size(); i++) {
                    where.append(" AND p.searchName LIKE :w").append(i);
                }
            }
            case DATE_OF_BIRTH -> where.append(" AND p.dateOfBirth = :born");
            default -> {}
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, long clinicId, PatientQuery query) {
        q.setParameter("clinic", clinicId);
        if (query.kind() == PatientQuery.Kind.NAME) {
            for (int i = 0; i < query.words().size(); i++) {
                // SearchName words hold letters and digits only: no wildcard to escape.
                q.setParameter("w" + i, "%" + query.words().get(i) + "%");
            }
        } else if (query.kind() == PatientQuery.Kind.DATE_OF_BIRTH) {
            q.setParameter("born", query.dateOfBirth());
        }
        return q;
    }
}
