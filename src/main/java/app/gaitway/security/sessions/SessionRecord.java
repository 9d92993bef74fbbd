package app.gaitway.security.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One sign-in of a staff member, as "Your sessions" lists it. Found by the hash of a random token kept in the
 * server's session memory (see {@link SessionRecords}); ended from another device or by an administrator by setting
 * {@code endedAt}, which the session guard sees at the session's next request.
 */
@Entity
@Table(name = "signed_in_session")
public class SessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "device", nullable = false, updatable = false, length = 60)
    private String device;

    @Column(name = "address", updatable = false, length = 64)
    private String address;

    @Column(name = "signed_in_at", nullable = false, updatable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_reason", length = 30)
    private String endedReason;

    protected SessionRecord() {}

    SessionRecord(String tokenHash, long userId, String device, String address, Instant signedInAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.device = device;
        this.address = address == null || address.length() > 64 ? null : address;
        this.signedInAt = signedInAt;
        this.lastSeenAt = signedInAt;
    }

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getDevice() {
        return device;
    }

    public String getAddress() {
        return address;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public boolean isEnded() {
        return endedAt != null;
    }
}
