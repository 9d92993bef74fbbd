package app.gaitway.programs.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One exercise of a template with its dosage (JSON); a program started from it takes the exercise as it is then. */
@Entity
@Table(name = "program_template_item")
public class ProgramTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Column(name = "dosage", length = 4000, nullable = false, updatable = false)
    private String dosage;

    protected ProgramTemplateItem() {}

    public ProgramTemplateItem(long templateId, int position, long exerciseId, String dosageJson) {
        this.templateId = templateId;
        this.position = position;
        this.exerciseId = exerciseId;
        this.dosage = dosageJson;
    }

    public Long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public int getPosition() {
        return position;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public String getDosageJson() {
        return dosage;
    }
}
