package app.gaitway.patientside.links;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedSecretsTest {

    private static final String ROW = SealedSecrets.boundTo(3, 41, "ab12");

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private final SealedSecrets sealer = new SealedSecrets(randomKey());

    @Test
    void opensWhatItSealed() {
        LinkSecret secret = LinkSecret.generate();
        String sealed = sealer.seal(secret, ROW);
        assertEquals(new SealedSecrets.Opened.Secret(secret), sealer.open(sealed, sealer.keyId(), ROW));
    }

    @Test
    void theSealedFormHoldsNoPartOfTheSecret() {
        LinkSecret secret = LinkSecret.generate();
        String sealed = sealer.seal(secret, ROW);
        String decoded = new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String text : new String[] {sealed, decoded}) {
            assertFalse(text.contains(secret.canonical().substring(0, 8)), "no stretch of the secret in " + text);
            assertFalse(text.contains(secret.grouped().substring(0, 9)));
        }
        assertTrue(sealed.length() <= 100, "fits the column: " + sealed.length());
    }

    @Test
    void aNewNonceEachTime() {
        LinkSecret secret = LinkSecret.generate();
        Set<String> nonces = new HashSet<>();
        Set<String> sealedForms = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String sealed = sealer.seal(secret, ROW);
            sealedForms.add(sealed);
            nonces.add(Base64.getEncoder()
                    .encodeToString(java.util.Arrays.copyOf(Base64.getDecoder().decode(sealed), 12)));
        }
        assertEquals(50, nonces.size(), "50 nonces for 50 seals of the same secret");
        assertEquals(50, sealedForms.size());
    }

    @Test
    void anyChangedBitIsNoticed() {
        String sealed = sealer.seal(LinkSecret.generate(), ROW);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            assertEquals(
                    new SealedSecrets.Opened.Damaged(),
                    sealer.open(Base64.getEncoder().encodeToString(tampered), sealer.keyId(), ROW),
                    "byte " + i + " changed");
        }
        assertEquals(
                new SealedSecrets.Opened.Damaged(),
                sealer.open(sealed.substring(0, 30), sealer.keyId(), ROW),
                "cut short");
        assertEquals(new SealedSecrets.Opened.Damaged(), sealer.open("not base64 at all!", sealer.keyId(), ROW));
        assertEquals(new SealedSecrets.Opened.Damaged(), sealer.open("", sealer.keyId(), ROW));
    }

    @Test
    void aSecretMovedToAnotherRowDoesNotOpen() {
        String sealed = sealer.seal(LinkSecret.generate(), ROW);
        for (String otherRow : new String[] {
            SealedSecrets.boundTo(3, 42, "ab12"),
            SealedSecrets.boundTo(4, 41, "ab12"),
            SealedSecrets.boundTo(3, 41, "ab13")
        }) {
            assertEquals(new SealedSecrets.Opened.Damaged(), sealer.open(sealed, sealer.keyId(), otherRow), otherRow);
        }
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        String sealed = sealer.seal(LinkSecret.generate(), ROW);
        SealedSecrets other = new SealedSecrets(randomKey());
        assertNotEquals(sealer.keyId(), other.keyId());
        assertEquals(
                new SealedSecrets.Opened.OtherKey(), other.open(sealed, sealer.keyId(), ROW), "named by its key id");
        assertEquals(
                new SealedSecrets.Opened.Damaged(),
                other.open(sealed, other.keyId(), ROW),
                "with a forged key id, the tag still refuses it");
    }

    @Test
    void theKeyIdNamesTheKeyWithoutGivingItAway() {
        byte[] key = randomKey();
        assertEquals(new SealedSecrets(key).keyId(), new SealedSecrets(key.clone()).keyId());
        assertEquals(16, sealer.keyId().length());
        assertFalse(java.util.HexFormat.of().formatHex(key).contains(new SealedSecrets(key).keyId()));
    }

    @Test
    void onlyA256BitKey() {
        assertThrows(IllegalArgumentException.class, () -> new SealedSecrets(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new SealedSecrets(null));
    }
}
