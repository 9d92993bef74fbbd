package app.gaitway.shared.crypto;

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
import java.util.Optional;

/**
 * Secrets the server must read back, kept so that the database alone does not give them away: AES-256-GCM with a
 * random 96-bit nonce per secret, under a 32-byte key kept outside the database, stored as base64 of nonce,
 * ciphertext and tag. The associated data names where a sealed secret belongs (its row), so a copy moved elsewhere
 * fails its check instead of opening. {@link #keyId()} names the key without helping anyone find it, and is
 * stored beside each sealed secret: one sealed under another key is told apart from a damaged one.
 */
public final class SealingKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    /** @param idLabel what the key is for, hashed with it into {@link #keyId()} */
    public SealingKey(byte[] key, String idLabel) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a sealing key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = fingerprint(idLabel, key);
    }

    public String keyId() {
        return keyId;
    }

    /** Whether a stored key id names this key. */
    public boolean isThisKey(String storedKeyId) {
        return storedKeyId != null
                && MessageDigest.isEqual(
                        storedKeyId.getBytes(StandardCharsets.US_ASCII), keyId.getBytes(StandardCharsets.US_ASCII));
    }

    public String seal(byte[] secret, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, nonce, associatedData, secret);
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

    /** The secret, or empty when the stored text was altered, is not a sealed secret, or belongs elsewhere. */
    public Optional<byte[]> open(String stored, String associatedData) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored == null ? "" : stored);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(crypt(
                    Cipher.DECRYPT_MODE,
                    Arrays.copyOf(bytes, NONCE_BYTES),
                    associatedData,
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length)));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        }
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
    private static String fingerprint(String label, byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(label.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
