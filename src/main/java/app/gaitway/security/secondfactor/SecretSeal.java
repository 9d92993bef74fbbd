package app.gaitway.security.secondfactor;

import app.gaitway.shared.crypto.SealingKey;

import java.util.Optional;

/**
 * Keeps authenticator keys sealed, as patient links' secrets are: the server must read a key back to check a code,
 * so it cannot be hashed, and the database alone must not give it away. AES-256-GCM ({@link SealingKey}) with the
 * account as associated data, so a sealed key copied onto another account's row does not open. The key comes
 * from outside the database (see {@link SecondFactorKey}).
 */
final class SecretSeal {

    private final SealingKey key;

    SecretSeal(byte[] key) {
        this.key = new SealingKey(key, "gaitway second factor key id");
    }

    /** A short, non-secret name of the key, stored beside what it sealed. */
    String keyId() {
        return key.keyId();
    }

    String seal(byte[] secret, long userId) {
        return key.seal(secret, boundTo(userId));
    }

    /** The key, or empty when it was sealed under another key, altered, or moved to another account. */
    Optional<byte[]> open(String stored, String storedKeyId, long userId) {
        if (stored == null || !key.isThisKey(storedKeyId)) {
            return Optional.empty();
        }
        return key.open(stored, boundTo(userId));
    }

    private static String boundTo(long userId) {
        return "gaitway second factor v1|user " + userId;
    }
}
