package app.gaitway.security.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A staff account's authenticator key, sealed (see {@link SecretSeal}), and the last time step a code was
 * accepted for. Turned off or reset, the key is dropped and the row stays: the account once had one.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "sealed_secret", length = 100)
    private String sealedSecret;

    @Column(name = "sealed_key_id", length = 16)
    private String sealedKeyId;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    protected SecondFactor() {}

    SecondFactor(long userId) {
        this.userId = userId;
        this.lastUsedStep = -1;
    }

    void turnOn(String sealed, String keyId, long confirmedStep, Instant at) {
        this.sealedSecret = sealed;
        this.sealedKeyId = keyId;
        this.lastUsedStep = Math.max(lastUsedStep, confirmedStep);
        this.enabledAt = at;
    }

    void turnOff() {
        this.sealedSecret = null;
        this.sealedKeyId = null;
        this.enabledAt = null;
    }

    boolean isOn() {
        return sealedSecret != null;
    }

    long userId() {
        return userId;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    String sealedKeyId() {
        return sealedKeyId;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    Instant enabledAt() {
        return enabledAt;
    }
}
