package app.gaitway.exercises;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One exercise of the library: built-in ({@code clinicId} null, read-only, identified by its slug) or a clinic's
 * own. The exercise itself is {@link #content()}, kept in the library format; the other columns repeat what
 * lists and filters need. Every change raises {@link #getRevision() the revision} and is kept as an
 * {@link ExerciseRevision}, so what a patient was given can always be shown as it was.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", updatable = false)
    private Long clinicId;

    @Column(name = "slug", length = 80, updatable = false)
    private String slug;

    @Column(name = "name", length = 60, nullable = false)
    private String name;

    @Column(name = "aliases", length = 1000, nullable = false)
    private String aliases;

    @Column(name = "summary", length = 200, nullable = false)
    private String summary;

    @Column(name = "category", length = 20, nullable = false)
    private String category;

    @Column(name = "start_position", length = 20, nullable = false)
    private String startPosition;

    @Column(name = "targets", length = 300, nullable = false)
    private String targets;

    @Column(name = "equipment", length = 300, nullable = false)
    private String equipment;

    @Column(name = "loads", length = 400, nullable = false)
    private String loads;

    @Column(name = "content", length = 200000, nullable = false)
    private String content;

    @Column(name = "start_picture_id")
    private Long startPictureId;

    @Column(name = "end_picture_id")
    private Long endPictureId;

    @Column(name = "copied_from_id", updatable = false)
    private Long copiedFromId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    protected Exercise() {}

    public static Exercise builtIn(ExerciseContent content) {
        Exercise e = new Exercise();
        e.slug = content.slug();
        e.write(content, null, null);
        return e;
    }

    public static Exercise ofClinic(
            long clinicId, ExerciseContent content, Long copiedFromId, Long startPictureId, Long endPictureId) {
        Exercise e = new Exercise();
        e.clinicId = clinicId;
        e.copiedFromId = copiedFromId;
        e.write(content.withSlug(null), startPictureId, endPictureId);
        return e;
    }

    /** Replaces the whole exercise and starts a new revision; the caller keeps the old one as a revision row. */
    public void replace(ExerciseContent newContent, Long newStartPictureId, Long newEndPictureId) {
        write(slug == null ? newContent.withSlug(null) : newContent.withSlug(slug), newStartPictureId, newEndPictureId);
    }

    private void write(ExerciseContent c, Long startPicture, Long endPicture) {
        name = c.name().strip();
        aliases = String.join("\n", c.aliases());
        summary = c.summary().strip();
        category = Vocabulary.code(c.category());
        startPosition = Vocabulary.code(c.position());
        targets = codes(c.targets());
        equipment = codes(c.equipment().stream().map(Equipment::type).toList());
        loads = codes(c.loads());
        content = ExerciseJson.compact(ExerciseJson.write(c));
        startPictureId = c.illustrationJson() == null ? startPicture : null;
        endPictureId = c.illustrationJson() == null ? endPicture : null;
        revision++;
    }

    /** " a b c ": each code with a space either side, so a filter can look for " code ". */
    static String codes(List<? extends Enum<?>> values) {
        return values.stream().map(Vocabulary::code).distinct().collect(Collectors.joining(" ", " ", " "));
    }

    public ExerciseContent content() {
        return ExerciseJson.readStored(content, id);
    }

    public boolean isBuiltIn() {
        return clinicId == null;
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public Long getId() {
        return id;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getContentJson() {
        return content;
    }

    public Long getStartPictureId() {
        return startPictureId;
    }

    public Long getEndPictureId() {
        return endPictureId;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isArchived() {
        return archived;
    }
}
