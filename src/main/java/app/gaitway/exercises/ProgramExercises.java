package app.gaitway.exercises;

import app.gaitway.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the programs feature reads from the library: exercises at their current revision (for the builder) and
 * at the exact revisions a program gave (for the program pages). Each is a fixed number of queries for any
 * number of exercises, and only exercises the signed-in user's clinic may use are returned.
 */
@ApplicationScoped
public class ProgramExercises {

    @Inject
    ExerciseRepository exercises;

    @Inject
    CurrentUser currentUser;

    @Inject
    IllustrationCache drawings;

    /** The current revision of each exercise the clinic can use; archived ones only when {@code withArchived}. */
    @Transactional
    public Map<Long, GivenExercise> current(Collection<Long> exerciseIds, boolean withArchived) {
        Set<Long> allowed = allowed(exerciseIds, withArchived);
        Map<Long, GivenExercise> found = new HashMap<>();
        for (ExerciseRevision r : exercises.currentRevisions(allowed)) {
            found.put(r.getExerciseId(), given(r));
        }
        return found;
    }

    /** The given revisions by revision id; only those of exercises the clinic can use. */
    @Transactional
    public Map<Long, GivenExercise> revisions(Collection<Long> revisionIds) {
        return revisions(revisionIds, currentUser.clinicId());
    }

    /**
     * The same for a clinic named by the caller: the patient's link pages have no signed-in user, the link
     * says which clinic's program they show.
     */
    @Transactional
    public Map<Long, GivenExercise> revisions(Collection<Long> revisionIds, long clinicId) {
        List<ExerciseRevision> rows = exercises.revisionsByIds(revisionIds);
        Set<Long> allowed =
                allowed(rows.stream().map(ExerciseRevision::getExerciseId).toList(), true, clinicId);
        Map<Long, GivenExercise> found = new HashMap<>();
        for (ExerciseRevision r : rows) {
            if (allowed.contains(r.getExerciseId())) {
                found.put(r.getId(), given(r));
            }
        }
        return found;
    }

    /**
     * Exercises at given revisions, keyed "exerciseId/revision", in two queries however many: the builder's items
     * of a program already given keep the revision they were given with.
     */
    @Transactional
    public Map<String, GivenExercise> atRevisions(Map<Long, Set<Integer>> revisionsByExercise) {
        Set<Long> allowed = allowed(revisionsByExercise.keySet(), true);
        Map<String, GivenExercise> found = new HashMap<>();
        for (ExerciseRevision r : exercises.allRevisions(allowed)) {
            if (revisionsByExercise.getOrDefault(r.getExerciseId(), Set.of()).contains(r.getRevision())) {
                found.put(key(r.getExerciseId(), r.getRevision()), given(r));
            }
        }
        return found;
    }

    public static String key(long exerciseId, int revision) {
        return exerciseId + "/" + revision;
    }

    /** Built-in exercise ids by slug (suggestions and starter templates name exercises by slug). */
    @Transactional
    public Map<String, Long> builtInIdsBySlug() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : exercises.slugIds()) {
            ids.put((String) row[0], (Long) row[1]);
        }
        return ids;
    }

    private Set<Long> allowed(Collection<Long> exerciseIds, boolean withArchived) {
        return allowed(exerciseIds, withArchived, currentUser.clinicId());
    }

    private Set<Long> allowed(Collection<Long> exerciseIds, boolean withArchived, long clinicId) {
        Set<Long> allowed = new HashSet<>();
        for (Object[] row : exercises.owners(new HashSet<>(exerciseIds))) {
            Long owner = (Long) row[1];
            boolean archived = (Boolean) row[2];
            if ((owner == null || owner == clinicId) && (withArchived || !archived)) {
                allowed.add((Long) row[0]);
            }
        }
        return allowed;
    }

    private static GivenExercise given(ExerciseRevision r) {
        ExerciseContent c = ExerciseJson.readStored(r.getContent(), r.getExerciseId() + "/" + r.getRevision());
        return new GivenExercise(
                r.getExerciseId(),
                r.getRevision(),
                r.getId(),
                c,
                PictureAddresses.of(r.getExerciseId(), r.getRevision(), "start", r.getStartPictureId()),
                PictureAddresses.of(r.getExerciseId(), r.getRevision(), "end", r.getEndPictureId()),
                r.getStartPictureId(),
                r.getEndPictureId());
    }

    /** A picture of a given exercise as a file: the drawing's SVG, or the uploaded image of the clinic. */
    public record PictureFile(String mediaType, byte[] bytes, String svg) {}

    @Transactional
    public java.util.Optional<PictureFile> picture(GivenExercise e, String stage, long clinicId) {
        boolean uploaded = e.startUploadId() != null || e.endUploadId() != null;
        if ("middle".equals(stage) && uploaded) {
            // uploaded start and end pictures have no middle; a drawn one between them would show another figure
            return java.util.Optional.empty();
        }
        Long upload = "start".equals(stage) ? e.startUploadId() : "end".equals(stage) ? e.endUploadId() : null;
        if (upload != null) {
            return exercises.picture(upload, clinicId).map(p -> new PictureFile(p.getMediaType(), p.getBytes(), null));
        }
        String json = e.content().illustrationJson();
        if (json == null) {
            return java.util.Optional.empty();
        }
        var drawing = drawings.drawing(e.exerciseId(), e.revision(), e.name(), json);
        return drawing.svg(stage).map(svg -> new PictureFile("image/svg+xml", null, svg));
    }

    /**
     * The moving picture of a given exercise at the pace of its dosage in the program ({@code holdSeconds}, or
     * null for repetitions); empty for uploaded pictures, which cannot move.
     */
    public java.util.Optional<String> moving(GivenExercise e, Integer holdSeconds) {
        if (e.startUploadId() != null || e.endUploadId() != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(drawings.motion(e.exerciseId(), e.revision(), e.content(), holdSeconds))
                .map(m -> m.svg());
    }

    /**
     * What the drawing shows, in words, for the picture's alt text; null for uploaded pictures, and for a middle
     * picture the exercise does not have.
     */
    public String drawingText(GivenExercise e, String stage) {
        String json = e.content().illustrationJson();
        if (json == null || "middle".equals(stage) && (e.startUploadId() != null || e.endUploadId() != null)) {
            return null;
        }
        var drawing = drawings.drawing(e.exerciseId(), e.revision(), e.name(), json);
        return drawing.text(stage).orElse(null);
    }
}
