package app.gaitway.exercises;

import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.web.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creating and changing the clinic's own exercises. Built-in exercises are never changed here (their edit
 * address is "not found"); a change makes a new revision and keeps the old one, so a program already given to
 * a patient keeps what it was given. Every change is audited.
 */
@ApplicationScoped
public class ExerciseEditor {

    public static final String AUDIT_RECORD = "exercise";

    @Inject
    ExerciseRepository exercises;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** An exercise of the user's clinic, for editing; built-in and other clinics' exercises are "not found". */
    @Transactional
    public Exercise ownExercise(long id) {
        return exercises
                .visible(id, currentUser.clinicId())
                .filter(e -> !e.isBuiltIn() && !e.isArchived())
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_RECORD, id));
    }

    @Transactional
    public long create(ExerciseContent content, Long copiedFromId) {
        if (copiedFromId != null) {
            if (exercises.visible(copiedFromId, currentUser.clinicId()).isEmpty()) {
                throw new RecordNotFoundException(AUDIT_RECORD, copiedFromId);
            }
        }
        Exercise e = Exercise.ofClinic(currentUser.clinicId(), content, copiedFromId, null, null);
        exercises.add(e, currentUser.id());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, e.getId(), AuditOutcome.SUCCESS);
        return e.getId();
    }

    @Transactional
    public void update(long id, int versionSeen, ExerciseContent content, boolean keepUploadedPictures) {
        Exercise e = ownExercise(id);
        if (e.getVersion() != versionSeen) {
            throw new StaleEditException(e.getVersion());
        }
        Long start = keepUploadedPictures ? e.getStartPictureId() : null;
        Long end = keepUploadedPictures ? e.getEndPictureId() : null;
        boolean samePictures = keepUploadedPictures == (e.getStartPictureId() != null);
        if (samePictures && content.equals(e.content())) {
            return;
        }
        e.replace(content, start, end);
        exercises.saveRevision(e, currentUser.id());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, e.getId(), AuditOutcome.SUCCESS);
    }

    /** Sets uploaded pictures (already checked and re-encoded) as the exercise's start and end pictures. */
    @Transactional
    public void usePictures(long id, int versionSeen, ExercisePicture start, ExercisePicture end) {
        Exercise e = ownExercise(id);
        if (e.getVersion() != versionSeen) {
            throw new StaleEditException(e.getVersion());
        }
        exercises.add(start);
        exercises.add(end);
        e.replace(e.content().withIllustration(null), start.getId(), end.getId());
        exercises.saveRevision(e, currentUser.id());
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, e.getId(), AuditOutcome.SUCCESS);
    }

    @Transactional
    public String archive(long id, int versionSeen) {
        Exercise e = ownExercise(id);
        if (e.getVersion() != versionSeen) {
            throw new StaleEditException(e.getVersion());
        }
        e.archive();
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, e.getId(), AuditOutcome.SUCCESS);
        return e.getName();
    }

    /** The form's problems, with links typed by hand checked against the library. */
    @Transactional
    public List<FieldProblem> problems(ExerciseForm form) {
        return form.problems(linkableSlugs());
    }

    /** The exercises an easier or harder version may link to: the built-in ones (only they have slugs), archived or not. */
    @Transactional
    public Set<String> linkableSlugs() {
        Set<String> slugs = new HashSet<>();
        for (Object[] row : exercises.slugIds()) {
            slugs.add((String) row[0]);
        }
        return slugs;
    }

    /** Built-in exercises that have a drawn pose, by name, to start a pose from or to link as easier/harder. */
    @Transactional
    public List<Exercise> builtInExercises() {
        return exercises.builtIn().stream()
                .filter(e -> !e.isArchived())
                .sorted(java.util.Comparator.comparing(Exercise::getName))
                .toList();
    }
}
