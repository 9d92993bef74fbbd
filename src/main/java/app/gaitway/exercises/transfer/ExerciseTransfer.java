package app.gaitway.exercises.transfer;

import app.gaitway.exercises.Exercise;
import app.gaitway.exercises.ExercisePicture;
import app.gaitway.exercises.ExerciseRepository;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Export and import of the signed-in user's clinic's own exercises. An import adds all entries or none. */
@ApplicationScoped
public class ExerciseTransfer {

    @Inject
    ExerciseRepository exercises;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Transactional
    public JsonObject export() {
        long clinicId = currentUser.clinicId();
        List<ExerciseFile.Entry> entries = new ArrayList<>();
        for (Exercise e : exercises.ofClinic(clinicId)) {
            ExerciseFile.Picture start = picture(e.getStartPictureId(), clinicId);
            ExerciseFile.Picture end = picture(e.getEndPictureId(), clinicId);
            entries.add(new ExerciseFile.Entry(e.content(), start, end));
        }
        audit.record(AuditAction.EXPORT, "exercises", clinicId, AuditOutcome.SUCCESS);
        return ExerciseFile.write(entries);
    }

    private ExerciseFile.Picture picture(Long id, long clinicId) {
        return id == null
                ? null
                : exercises
                        .picture(id, clinicId)
                        .map(p -> new ExerciseFile.Picture(p.getMediaType(), p.getWidth(), p.getHeight(), p.getBytes()))
                        .orElse(null);
    }

    /** Reads and, when the whole file is right, adds every exercise; returns the problems otherwise. */
    @Transactional
    public ExerciseFile.Read importFile(byte[] file) {
        Set<String> slugs = new HashSet<>();
        for (Object[] row : exercises.slugIds()) {
            slugs.add((String) row[0]);
        }
        ExerciseFile.Read read = ExerciseFile.read(file, slugs);
        if (!read.ok()) {
            audit.record(AuditAction.CHANGE, "exercise-import", currentUser.clinicId(), AuditOutcome.FAILURE);
            return read;
        }
        long clinicId = currentUser.clinicId();
        for (ExerciseFile.Entry entry : read.entries()) {
            Long start = null;
            Long end = null;
            if (entry.start() != null) {
                start = store(clinicId, entry.start());
                end = store(clinicId, entry.end());
            }
            Exercise e = Exercise.ofClinic(clinicId, entry.content(), null, start, end);
            exercises.add(e, currentUser.id());
            audit.record(AuditAction.CHANGE, "exercise", e.getId(), AuditOutcome.SUCCESS);
        }
        return read;
    }

    private long store(long clinicId, ExerciseFile.Picture picture) {
        ExercisePicture p = ExercisePicture.of(
                clinicId, picture.mediaType(), picture.width(), picture.height(), picture.bytes(), currentUser.id());
        exercises.add(p);
        return p.getId();
    }
}
