package app.gaitway.shared.persistence;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Which version of one kind of content shipped with the app (the exercise library, the starter program
 * templates) the database holds, so each is imported once per version. One row per kind.
 */
@Entity
@Table(name = "shipped_content_version")
public class ShippedContentVersion {

    @Id
    @Column(name = "content_kind")
    private String kind;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ShippedContentVersion() {}

    private ShippedContentVersion(String kind) {
        this.kind = kind;
        this.importedAt = AppClock.now();
    }

    /**
     * The row of one kind, locked until the transaction ends so two servers starting at once do not both import;
     * a kind never imported starts at version 0.
     */
    public static ShippedContentVersion locked(EntityManager em, String kind) {
        ShippedContentVersion row = em.find(ShippedContentVersion.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ShippedContentVersion(kind);
            em.persist(row);
        }
        return row;
    }

    public int getVersion() {
        return version;
    }

    public void imported(int newVersion, Instant at) {
        version = newVersion;
        importedAt = at;
    }
}
