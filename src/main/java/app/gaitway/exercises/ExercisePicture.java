package app.gaitway.exercises;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A clinic's uploaded picture, stored only after the server checked and re-encoded it. Never changed. */
@Entity
@Table(name = "exercise_picture")
public class ExercisePicture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "media_type", length = 20, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "width", nullable = false, updatable = false)
    private int width;

    @Column(name = "height", nullable = false, updatable = false)
    private int height;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "bytes", nullable = false, updatable = false, length = 10_000_000)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    protected ExercisePicture() {}

    public static ExercisePicture of(
            long clinicId, String mediaType, int width, int height, byte[] bytes, Long userId) {
        ExercisePicture p = new ExercisePicture();
        p.clinicId = clinicId;
        p.mediaType = mediaType;
        p.width = width;
        p.height = height;
        p.bytes = bytes.clone();
        p.createdAt = AppClock.now();
        p.createdBy = userId;
        return p;
    }

    public Long getId() {
        return id;
    }

    public long getClinicId() {
        return clinicId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
