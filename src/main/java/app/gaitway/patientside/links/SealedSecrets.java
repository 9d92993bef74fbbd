package app.gaitway.patientside.links;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

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

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;
    private final byte[] keyBytes;

    public SealedSecrets(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a link key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = fingerprint(key);
        this.keyBytes = key.clone();
    }

    /**
     * A 32-byte key of its own for another purpose, derived from the link key (HMAC-SHA256 of the label, the
     * one-block HKDF-Expand of RFC 5869): kept and backed up with the link key, yet never the same key.
     */
    public byte[] derivedKey(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
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
        return keyId;
    }

    public String seal(LinkSecret secret, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(
                    Cipher.ENCRYPT_MODE,
                    nonce,
                    associatedData,
                    secret.canonical().getBytes(StandardCharsets.US_ASCII));
        } catch (AEADBadTagException cannotHappen) {
            // only decryption checks a tag
            throw new IllegalStateException(cannotHappen);
        }
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    public Opened open(String stored, String storedKeyId, String associatedData) {
        if (storedKeyId != null
                && !MessageDigest.isEqual(
                        storedKeyId.getBytes(StandardCharsets.US_ASCII), keyId.getBytes(StandardCharsets.US_ASCII))) {
            return new Opened.OtherKey();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored == null ? "" : stored);
        } catch (IllegalArgumentException e) {
            return new Opened.Damaged();
        }
        if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return new Opened.Damaged();
        }
        try {
            byte[] plain = crypt(
                    Cipher.DECRYPT_MODE,
                    Arrays.copyOf(bytes, NONCE_BYTES),
                    associatedData,
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
            return LinkSecret.parse(new String(plain, StandardCharsets.US_ASCII))
                    .<Opened>map(Opened.Secret::new)
                    .orElseGet(Opened.Damaged::new);
        } catch (AEADBadTagException e) {
            return new Opened.Damaged();
        }
    }

    /** The associated data of a link's row: what a sealed secret is bound to. */
    public static String boundTo(long clinicId, long programId, String secretHash) {
        return "gaitway patient link v1|clinic " + clinicId + "|program " + programId + "|" + secretHash;
    }

    private byte[] crypt(int mode, byte[] nonce, String associatedData, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            // AES-GCM is in every JDK: this is a broken runtime, not a bad input
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    // A hash of the key under a fixed label: names the key without helping anyone find it.
    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("gaitway link key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
