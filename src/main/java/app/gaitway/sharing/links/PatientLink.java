package app.gaitway.sharing.links;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A patient's private link to one program: it always shows the program's latest version, until it expires or
 * is revoked. Stores the hash of the secret and its first group (to tell links apart), never the secret.
 */
@Entity
@Table(name = "patient_link")
public class PatientLink extends AuditedEntity {

    public enum State { ACTIVE, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "secret_hash", length = 64, nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "hint", length = 9, nullable = false, updatable = false)
    private String hint;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_name", length = 200)
    private String revokedByName;

    @Column(name = "last_opened_at")
    private Instant lastOpenedAt;

    protected PatientLink() {
    }

    public PatientLink(long clinicId, long programId, LinkSecret secret, Instant expiresAt) {
        this.clinicId = clinicId;
        this.programId = programId;
        this.secretHash = secret.hash();
        this.hint = secret.hint();
        this.expiresAt = expiresAt;
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    public void revoke(Instant at, String byName) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedByName = byName;
        }
    }

    /** Remembers the day of the latest visit, at most once a day, so opening the link barely writes. */
    public boolean noteOpened(Instant at) {
        if (lastOpenedAt != null && lastOpenedAt.plusSeconds(3600).isAfter(at)) {
            return false;
        }
        lastOpenedAt = at;
        return true;
    }

    public Long getId() { return id; }
    public long getClinicId() { return clinicId; }
    public long getProgramId() { return programId; }
    public String getSecretHash() { return secretHash; }
    public String getHint() { return hint; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedByName() { return revokedByName; }
    public Instant getLastOpenedAt() { return lastOpenedAt; }
}
