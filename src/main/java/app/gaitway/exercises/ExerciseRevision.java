package app.gaitway.exercises;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A saved state of an exercise, never changed afterwards: home programs point at these. */
@Entity
@Table(name = "exercise_revision")
public class ExerciseRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "content", length = 200000, nullable = false, updatable = false)
    private String content;

    @Column(name = "start_picture_id", updatable = false)
    private Long startPictureId;

    @Column(name = "end_picture_id", updatable = false)
    private Long endPictureId;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by", updatable = false)
    private Long savedBy;

    protected ExerciseRevision() {}

    public static ExerciseRevision of(Exercise e, Long userId) {
        ExerciseRevision r = new ExerciseRevision();
        r.exerciseId = e.getId();
        r.revision = e.getRevision();
        r.content = e.getContentJson();
        r.startPictureId = e.getStartPictureId();
        r.endPictureId = e.getEndPictureId();
        r.savedAt = AppClock.now();
        r.savedBy = userId;
        return r;
    }

    public Long getId() {
        return id;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public int getRevision() {
        return revision;
    }

    public String getContent() {
        return content;
    }

    public Long getStartPictureId() {
        return startPictureId;
    }

    public Long getEndPictureId() {
        return endPictureId;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
