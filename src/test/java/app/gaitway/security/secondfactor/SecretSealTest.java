package app.gaitway.security.secondfactor;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SecretSealTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = filled(7);
    private final byte[] secret = Enrolment.random().secret();

    @Test
    void opensWhatItSealedForTheSameAccount() {
        SecretSeal seal = new SecretSeal(KEY);
        String sealed = seal.seal(secret, 42);
        assertArrayEquals(secret, seal.open(sealed, seal.keyId(), 42).orElseThrow());
        assertFalse(sealed.contains(Base64.getEncoder().encodeToString(secret)));
        assertNotEquals(sealed, seal.seal(secret, 42), "a new nonce each time");
    }

    @Test
    void doesNotOpenForAnotherAccountUnderAnotherKeyOrAltered() {
        SecretSeal seal = new SecretSeal(KEY);
        String sealed = seal.seal(secret, 42);
        assertEquals(Optional.empty(), seal.open(sealed, seal.keyId(), 43), "copied onto another account");
        SecretSeal other = new SecretSeal(OTHER_KEY);
        assertEquals(Optional.empty(), other.open(sealed, seal.keyId(), 42));
        assertEquals(Optional.empty(), other.open(sealed, other.keyId(), 42), "a wrong key id beside it");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertEquals(Optional.empty(), seal.open(Base64.getEncoder().encodeToString(bytes), seal.keyId(), 42));
        assertEquals(Optional.empty(), seal.open("not base64!", seal.keyId(), 42));
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
