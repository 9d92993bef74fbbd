package app.gaitway.patientside.links;

import app.gaitway.shared.crypto.SealingKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keeps link secrets so staff can show them again, without the database alone being enough to read them:
 * AES-256-GCM with a random 96-bit nonce per secret, under a key kept outside the database ({@link LinkKey}).
 * The associated data names the link's row (clinic, program and the secret's hash), so a ciphertext copied into
 * another row fails its check instead of showing that row's patient another patient's link.
 * <p>
 * A sealed secret is stored as base64 of nonce, ciphertext and tag; {@link #keyId()} is stored beside it, so a
 * secret sealed under another key (a database restored without its key) is told apart from a damaged one.
 */
public final class SealedSecrets {

    private final SealingKey key;
    private final byte[] keyBytes;

    public SealedSecrets(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a link key has 32 bytes");
        }
        this.key = new SealingKey(key, "gaitway link key id");
        this.keyBytes = key.clone();
    }

    /**
     * A 32-byte key of its own for another purpose, derived from the link key (HMAC-SHA256 of the label, the
     * one-block HKDF-Expand of RFC 5869): kept and backed up with the link key, yet never the same key.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What opening a stored secret gave. */
    public sealed interface Opened permits Opened.Secret, Opened.OtherKey, Opened.Damaged {

        record Secret(LinkSecret secret) implements Opened {}

        /** Sealed under a key this server does not have. */
        record OtherKey() implements Opened {}

        /** Altered, moved to another row, or not a sealed secret at all. */
        record Damaged() implements Opened {}
    }

    /** A short, non-secret name of the key: which key sealed a stored secret. */
    public String keyId() {
        return key.keyId();
    }

    public String seal(LinkSecret secret, String associatedData) {
        return key.seal(secret.canonical().getBytes(StandardCharsets.US_ASCII), associatedData);
    }

    public Opened open(String stored, String storedKeyId, String associatedData) {
        if (storedKeyId != null && !key.isThisKey(storedKeyId)) {
            return new Opened.OtherKey();
        }
        return key.open(stored, associatedData)
                .flatMap(plain -> LinkSecret.parse(new String(plain, StandardCharsets.US_ASCII)))
                .<Opened>map(Opened.Secret::new)
                .orElseGet(Opened.Damaged::new);
    }

    /** The associated data of a link's row: what a sealed secret is bound to. */
    public static String boundTo(long clinicId, long programId, String secretHash) {
        return "gaitway patient link v1|clinic " + clinicId + "|program " + programId + "|" + secretHash;
    }
}
