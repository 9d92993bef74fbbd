package app.gaitway.patientside.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Patient links and what patients logged through them. */
@ApplicationScoped
public class LinkRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    public void add(PatientLink link) {
        em.persist(link);
        em.flush();
    }

    public void add(ExerciseLog log) {
        em.persist(log);
    }

    public Optional<PatientLink> bySecretHash(String hash) {
        return em.createQuery("SELECT l FROM PatientLink l WHERE l.secretHash = :h", PatientLink.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    /** A program's links, newest first. */
    public List<PatientLink> ofProgram(long programId) {
        return em.createQuery(
                        "SELECT l FROM PatientLink l WHERE l.programId = :p ORDER BY l.createdAt DESC, l.id DESC",
                        PatientLink.class)
                .setParameter("p", programId)
                .getResultList();
    }

    /**
     * A program's links, oldest first, their rows locked until the transaction ends. Whatever changes a program's
     * links or its log takes this first: two taps on "Done" arriving at once then count one after the other (the
     * second sees the first's entry), and every such transaction locks the same rows in the same order, before the
     * audit trail's head, so none waits for another crosswise. Locking all the program's links, not just the one
     * used, covers a tap through an old link while the therapist replaces it.
     */
    public List<PatientLink> lockOfProgram(long programId) {
        return em.createQuery("SELECT l FROM PatientLink l WHERE l.programId = :p ORDER BY l.id", PatientLink.class)
                .setParameter("p", programId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Notes that the link was opened, unless one was noted after {@code notedSince}. One UPDATE, not a change
     * of the entity: the entity's optimistic-lock version made simultaneous openings of one link fail each other
     * (10 of 25 at once answered 500), and of simultaneous openings this notes one and the others find it noted.
     */
    public void noteOpened(long linkId, Instant at, Instant notedSince) {
        em.createNativeQuery("""
                        UPDATE patient_link SET last_opened_at = ?1
                        WHERE id = ?2 AND (last_opened_at IS NULL OR last_opened_at <= ?3)""")
                .setParameter(1, at)
                .setParameter(2, linkId)
                .setParameter(3, notedSince)
                .executeUpdate();
    }

    /** How many kept secrets were sealed under another key than this one (a database restored without its key). */
    public long countSealedUnderOtherKeys(String keyId) {
        return em.createQuery(
                        "SELECT COUNT(l) FROM PatientLink l WHERE l.sealedSecret IS NOT NULL"
                                + " AND (l.sealedKeyId IS NULL OR l.sealedKeyId <> :k)",
                        Long.class)
                .setParameter("k", keyId)
                .getSingleResult();
    }

    /** Forgets the kept secrets of links that expired: they open nothing, so there is nothing to show again. */
    public int forgetSecretsExpiredBy(Instant now) {
        return em.createNativeQuery("""
                        UPDATE patient_link SET sealed_secret = NULL, sealed_key_id = NULL
                        WHERE sealed_secret IS NOT NULL AND expires_at <= ?1""").setParameter(1, now).executeUpdate();
    }

    public Optional<PatientLink> find(long id) {
        return Optional.ofNullable(em.find(PatientLink.class, id));
    }

    /** The entries of a program on one day that still count. */
    public List<ExerciseLog> loggedOn(long programId, LocalDate day) {
        return em.createQuery("""
                        SELECT g FROM ExerciseLog g WHERE g.programId = :p AND g.doneOn = :d AND g.removedAt IS NULL
                        ORDER BY g.loggedAt, g.id""", ExerciseLog.class)
                .setParameter("p", programId)
                .setParameter("d", day)
                .getResultList();
    }

    /**
     * The entries of a patient's programs since a day that still count, oldest first. By the patient rather than a
     * list of program ids, so the query's text is always the same (translated and parsed once).
     */
    public List<ExerciseLog> loggedSince(long patientId, long clinicId, LocalDate from) {
        return em.createQuery("""
                        SELECT g FROM ExerciseLog g, Program p
                        WHERE p.patientId = :patient AND p.clinicId = :clinic AND g.programId = p.id
                        AND g.doneOn >= :d AND g.removedAt IS NULL
                        ORDER BY g.doneOn, g.loggedAt, g.id""", ExerciseLog.class)
                // Only read, for the adherence view: no snapshot kept for dirty checking.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("patient", patientId)
                .setParameter("clinic", clinicId)
                .setParameter("d", from)
                .getResultList();
    }

    public Optional<ExerciseLog> log(long id) {
        return Optional.ofNullable(em.find(ExerciseLog.class, id));
    }
}
