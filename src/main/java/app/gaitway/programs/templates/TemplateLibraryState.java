package app.gaitway.programs.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The one row saying which version of the shipped starter templates the database holds. */
@Entity
@Table(name = "program_template_library")
public class TemplateLibraryState {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected TemplateLibraryState() {
    }

    public int getVersion() {
        return version;
    }

    void imported(int newVersion, Instant at) {
        version = newVersion;
        importedAt = at;
    }
}
