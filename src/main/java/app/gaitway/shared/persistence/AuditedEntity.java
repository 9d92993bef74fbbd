package app.gaitway.shared.persistence;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Base of every editable record: who created it and last changed it, and when, plus an
 * optimistic-lock version so that two people editing the same record cannot silently
 * overwrite each other.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @PrePersist
    void stampCreation() {
        Instant now = AppClock.now();
        createdAt = now;
        updatedAt = now;
        createdBy = Actor.currentUserId();
        updatedBy = createdBy;
    }

    @PreUpdate
    void stampChange() {
        updatedAt = AppClock.now();
        updatedBy = Actor.currentUserId();
    }

    /** Throws if the form was built from an older version than the one stored. */
    public void checkVersion(int versionSeenByUser) {
        if (versionSeenByUser != version) {
            throw new StaleEditException(version);
        }
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
