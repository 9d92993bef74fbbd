package app.gaitway.programs.templates;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A program to start from. A clinic's own template belongs to that clinic alone; a starter template shipped with
 * Gaitway has no clinic and a key from its data file, every clinic may use it and none may change it.
 * Templates are archived, never deleted.
 */
@Entity
@Table(name = "program_template")
public class ProgramTemplate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", updatable = false)
    private Long clinicId;

    @Column(name = "template_key", length = 80, updatable = false)
    private String templateKey;

    @Column(name = "title", length = 120, nullable = false)
    private String title;

    @Column(name = "description", length = 1000, nullable = false)
    private String description;

    @Column(name = "instructions", length = 2000, nullable = false)
    private String instructions;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    protected ProgramTemplate() {}

    public static ProgramTemplate ofClinic(long clinicId, String title, String description, String instructions) {
        ProgramTemplate t = new ProgramTemplate();
        t.clinicId = clinicId;
        t.title = title;
        t.description = description;
        t.instructions = instructions;
        return t;
    }

    public static ProgramTemplate starter(String key, String title, String description, String instructions) {
        ProgramTemplate t = new ProgramTemplate();
        t.templateKey = key;
        t.title = title;
        t.description = description;
        t.instructions = instructions;
        return t;
    }

    /** A newer shipped text of a starter template. */
    public void replaceTexts(String newTitle, String newDescription, String newInstructions) {
        title = newTitle;
        description = newDescription;
        instructions = newInstructions;
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public boolean isStarter() {
        return clinicId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getInstructions() {
        return instructions;
    }

    public boolean isArchived() {
        return archived;
    }
}
