package app.gaitway.programs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One exercise of a program version, with its dosage (JSON, see {@code ItemDosageJson}). It names the exact
 * exercise revision given, so what the patient sees does not move when the library changes.
 */
@Entity
@Table(name = "program_item")
public class ProgramItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_version_id", nullable = false, updatable = false)
    private long programVersionId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Column(name = "exercise_revision_id", nullable = false, updatable = false)
    private long exerciseRevisionId;

    @Column(name = "exercise_revision", nullable = false, updatable = false)
    private int exerciseRevision;

    @Column(name = "exercise_name", length = 60, nullable = false, updatable = false)
    private String exerciseName;

    @Column(name = "dosage", length = 4000, nullable = false, updatable = false)
    private String dosage;

    protected ProgramItem() {}

    public ProgramItem(
            long programVersionId,
            int position,
            long exerciseId,
            long exerciseRevisionId,
            int exerciseRevision,
            String exerciseName,
            String dosageJson) {
        this.programVersionId = programVersionId;
        this.position = position;
        this.exerciseId = exerciseId;
        this.exerciseRevisionId = exerciseRevisionId;
        this.exerciseRevision = exerciseRevision;
        this.exerciseName = exerciseName;
        this.dosage = dosageJson;
    }

    public Long getId() {
        return id;
    }

    public long getProgramVersionId() {
        return programVersionId;
    }

    public int getPosition() {
        return position;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public long getExerciseRevisionId() {
        return exerciseRevisionId;
    }

    public int getExerciseRevision() {
        return exerciseRevision;
    }

    public String getExerciseName() {
        return exerciseName;
    }

    public String getDosageJson() {
        return dosage;
    }
}
