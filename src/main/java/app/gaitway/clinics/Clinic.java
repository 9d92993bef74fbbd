package app.gaitway.clinics;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A practice. Every user and, later, every patient belongs to exactly one clinic, and
 * nobody ever sees another clinic's records.
 */
@Entity
@Table(name = "clinic")
public class Clinic extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected Clinic() {
    }

    public Clinic(String name) {
        rename(name);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A clinic needs a name");
        }
        this.name = newName.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
}
