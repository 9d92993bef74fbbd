package app.gaitway.patientside.links;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One exercise the patient marked done on a day, with the pain and difficulty they gave. The patient may
 * correct or remove it the same day; a removed entry is kept, marked removed, and no longer counts.
 */
@Entity
@Table(name = "exercise_log")
public class ExerciseLog {

    public enum Difficulty {
        TOO_EASY,
        ABOUT_RIGHT,
        TOO_HARD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "link_id", nullable = false, updatable = false)
    private long linkId;

    @Column(name = "program_version", nullable = false, updatable = false)
    private int programVersion;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Column(name = "exercise_name", length = 60, nullable = false, updatable = false)
    private String exerciseName;

    @Column(name = "done_on", nullable = false, updatable = false)
    private LocalDate doneOn;

    @Column(name = "pain")
    private Integer pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "difficulty", length = 12)
    private Difficulty difficulty;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected ExerciseLog() {}

    public ExerciseLog(
            long programId,
            long linkId,
            int programVersion,
            long exerciseId,
            String exerciseName,
            LocalDate doneOn,
            Integer pain,
            Difficulty difficulty,
            Instant at) {
        this.programId = programId;
        this.linkId = linkId;
        this.programVersion = programVersion;
        this.exerciseId = exerciseId;
        this.exerciseName = exerciseName;
        this.doneOn = doneOn;
        this.pain = pain;
        this.difficulty = difficulty;
        this.loggedAt = at;
    }

    public void correct(Integer newPain, Difficulty newDifficulty, Instant at) {
        pain = newPain;
        difficulty = newDifficulty;
        changedAt = at;
    }

    public void remove(Instant at) {
        removedAt = at;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public long getLinkId() {
        return linkId;
    }

    public int getProgramVersion() {
        return programVersion;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public String getExerciseName() {
        return exerciseName;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Integer getPain() {
        return pain;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
