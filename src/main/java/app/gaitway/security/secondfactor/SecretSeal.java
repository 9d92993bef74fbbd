package app.gaitway.security.secondfactor;

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
 * Keeps authenticator keys sealed, as patient links' secrets are (patientside/links/SealedSecrets): the server
 * must read a key back to check a code, so it cannot be hashed, and the database alone must not give it away.
 * AES-256-GCM with a random 96-bit nonce per key; the associated data names the account, so a sealed key copied
 * onto another account's row does not open. Stored as base64 of nonce, ciphertext and tag, with {@link #keyId()}
 * beside it.
 * <p>
 * The key comes from outside the database (see {@link SecondFactorKey}).
 */
final class SecretSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretSeal(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a sealing key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = fingerprint(key);
    }

    /** A short, non-secret name of the key, stored beside what it sealed. */
    String keyId() {
        return keyId;
    }

    String seal(byte[] secret, long userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, nonce, userId, secret);
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

    /** The key, or empty when it was sealed under another key, altered, or moved to another account. */
    Optional<byte[]> open(String stored, String storedKeyId, long userId) {
        if (stored == null
                || storedKeyId == null
                || !MessageDigest.isEqual(
                        storedKeyId.getBytes(StandardCharsets.US_ASCII), keyId.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
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
                    userId,
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length)));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        }
    }

    private byte[] crypt(int mode, byte[] nonce, long userId, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("gaitway second factor v1|user " + userId).getBytes(StandardCharsets.US_ASCII));
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
            sha.update("gaitway second factor key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
