package app.gaitway.patientside.links;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A patient's private link to one program: it always shows the program's latest version, until it expires or
 * is revoked. Found by the hash of its secret; keeps its first group (to tell links apart) and, so staff can
 * print it again, the secret sealed under the link key ({@link SealedSecrets}), never the secret in the clear.
 * Revoking forgets the sealed secret: a revoked link has nothing left to show.
 */
@Entity
@Table(name = "patient_link")
public class PatientLink extends AuditedEntity {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    private static final Duration NOTE_OPENINGS_EVERY = Duration.ofHours(1);

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

    @Column(name = "sealed_secret", length = 100)
    private String sealedSecret;

    @Column(name = "sealed_key_id", length = 16)
    private String sealedKeyId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_name", length = 200)
    private String revokedByName;

    // Written only by LinkRepository.noteOpened: an update of the entity (a revocation) would otherwise write back
    // the value it read, over a newer opening.
    @Column(name = "last_opened_at", insertable = false, updatable = false)
    private Instant lastOpenedAt;

    protected PatientLink() {}

    public PatientLink(long clinicId, long programId, LinkSecret secret, Instant expiresAt, SealedSecrets sealer) {
        this.clinicId = clinicId;
        this.programId = programId;
        this.secretHash = secret.hash();
        this.hint = secret.hint();
        this.expiresAt = expiresAt;
        this.sealedSecret = sealer.seal(secret, boundTo());
        this.sealedKeyId = sealer.keyId();
    }

    /** What the sealed secret says, opened with this server's key; empty when none was kept (made before V7). */
    public Optional<SealedSecrets.Opened> openSecret(SealedSecrets sealer) {
        if (sealedSecret == null) {
            return java.util.Optional.empty();
        }
        SealedSecrets.Opened opened = sealer.open(sealedSecret, sealedKeyId, boundTo());
        // The associated data holds the hash already; this also catches a sealer that was handed the wrong row.
        if (opened instanceof SealedSecrets.Opened.Secret s
                && !s.secret().hash().equals(secretHash)) {
            return java.util.Optional.of(new SealedSecrets.Opened.Damaged());
        }
        return java.util.Optional.of(opened);
    }

    private String boundTo() {
        return SealedSecrets.boundTo(clinicId, programId, secretHash);
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
        forgetSecret();
    }

    /** Drops the kept copy of the secret: a link that no longer opens has nothing to show again. */
    public void forgetSecret() {
        sealedSecret = null;
        sealedKeyId = null;
    }

    /** An opening at this time is noted unless one was within the hour: opening the link barely writes. */
    public static Instant openingsNotedSince(Instant at) {
        return at.minus(NOTE_OPENINGS_EVERY);
    }

    public Long getId() {
        return id;
    }

    public long getClinicId() {
        return clinicId;
    }

    public long getProgramId() {
        return programId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getHint() {
        return hint;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedByName() {
        return revokedByName;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    public boolean keepsSecret() {
        return sealedSecret != null;
    }

    public boolean sealedUnder(String keyId) {
        return keyId.equals(sealedKeyId);
    }
}
