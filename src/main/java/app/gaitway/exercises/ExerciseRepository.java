package app.gaitway.exercises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Queries over exercises. Every read for a user takes the clinic: a clinic sees the built-in library and its
 * own exercises, never another clinic's.
 */
@ApplicationScoped
public class ExerciseRepository {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    /** Every exercise the clinic can use, without content: one query for the whole list page. */
    public List<ExerciseSummary> visibleSummaries(long clinicId) {
        return em.createQuery("""
                        SELECT new app.gaitway.exercises.ExerciseSummary(e.id, e.clinicId, e.name, e.aliases,
                               e.summary, e.category, e.startPosition, e.targets, e.equipment, e.revision,
                               e.startPictureId, e.endPictureId)
                        FROM Exercise e
                        WHERE (e.clinicId IS NULL OR e.clinicId = :clinic) AND e.archived = false""", ExerciseSummary.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    public Optional<Exercise> visible(long id, long clinicId) {
        Exercise e = em.find(Exercise.class, id);
        if (e == null || (e.getClinicId() != null && e.getClinicId() != clinicId)) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    public List<Exercise> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Exercise e WHERE e.id IN :ids", Exercise.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Exercise> builtIn() {
        return em.createQuery("SELECT e FROM Exercise e WHERE e.clinicId IS NULL", Exercise.class)
                .getResultList();
    }

    /** The clinic's own exercises, oldest first (the order an export lists them in). */
    public List<Exercise> ofClinic(long clinicId) {
        return em.createQuery(
                        "SELECT e FROM Exercise e WHERE e.clinicId = :clinic AND e.archived = false ORDER BY e.id",
                        Exercise.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /** Built-in exercise ids by slug, for the links between exercises. */
    public List<Object[]> slugIds() {
        return em.createQuery("SELECT e.slug, e.id FROM Exercise e WHERE e.slug IS NOT NULL", Object[].class)
                .getResultList();
    }

    public Optional<ExercisePicture> picture(long id, long clinicId) {
        ExercisePicture p = em.find(ExercisePicture.class, id);
        return p == null || p.getClinicId() != clinicId ? Optional.empty() : Optional.of(p);
    }

    public void add(Exercise e, Long userId) {
        em.persist(e);
        em.flush();
        em.persist(ExerciseRevision.of(e, userId));
    }

    /** Saves the exercise's new revision beside the old ones (the entity was changed by the caller). */
    public void saveRevision(Exercise e, Long userId) {
        em.flush();
        em.persist(ExerciseRevision.of(e, userId));
    }

    public void add(ExercisePicture p) {
        em.persist(p);
        em.flush();
    }

    public Optional<ExerciseRevision> revision(long exerciseId, int revision) {
        return em.createQuery(
                        "SELECT r FROM ExerciseRevision r WHERE r.exerciseId = :e AND r.revision = :r",
                        ExerciseRevision.class)
                .setParameter("e", exerciseId)
                .setParameter("r", revision)
                .getResultStream()
                .findFirst();
    }

    /** The current revision rows of the given exercises (the caller checks which are visible). */
    public List<ExerciseRevision> currentRevisions(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT r FROM ExerciseRevision r, Exercise e
                        WHERE e.id IN :ids AND r.exerciseId = e.id AND r.revision = e.revision""", ExerciseRevision.class)
                .setParameter("ids", exerciseIds)
                .getResultList();
    }

    public List<ExerciseRevision> revisionsByIds(Collection<Long> revisionIds) {
        if (revisionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM ExerciseRevision r WHERE r.id IN :ids", ExerciseRevision.class)
                .setParameter("ids", revisionIds)
                .getResultList();
    }

    /** The clinic ids of the given exercises (null for built-in ones), to check access in one query. */
    public List<Object[]> owners(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e.id, e.clinicId, e.archived FROM Exercise e WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", exerciseIds)
                .getResultList();
    }

    /** Every revision of the given exercises (a handful each), for looking up several given revisions at once. */
    public List<ExerciseRevision> allRevisions(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM ExerciseRevision r WHERE r.exerciseId IN :ids", ExerciseRevision.class)
                .setParameter("ids", exerciseIds)
                .getResultList();
    }
}
