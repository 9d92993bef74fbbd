package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormOwnerSealTest {

    private static final Instant DRAWN = Instant.parse("2026-03-02T08:00:00Z");
    private static final byte[] SECRET = "an audit key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);

    private final FormOwnerSeal seal = new FormOwnerSeal(FormOwnerSeal.derivedKey(SECRET), Duration.ofHours(24));

    @Test
    void tellsTheOwnerOfAFormPostedToItsOwnPath() {
        String token = seal.seal(42, "/assessments/7", DRAWN);
        assertEquals(OptionalLong.of(42), seal.owner(token, "/assessments/7", DRAWN.plus(Duration.ofHours(3))));
    }

    @Test
    void aNewSealFromTheSameSecretStillKnowsTheOwnerAsAfterARestart() {
        String token = seal.seal(42, "/patients/new", DRAWN);
        FormOwnerSeal afterRestart = new FormOwnerSeal(FormOwnerSeal.derivedKey(SECRET), Duration.ofHours(24));
        assertEquals(OptionalLong.of(42), afterRestart.owner(token, "/patients/new", DRAWN.plusSeconds(5)));
    }

    @Test
    void refusesAnotherUserWrittenIntoTheToken() {
        String token = seal.seal(42, "/assessments/7", DRAWN);
        String claimed = "43" + token.substring(2);
        assertTrue(seal.owner(claimed, "/assessments/7", DRAWN).isEmpty());
    }

    @Test
    void refusesATokenPostedToAnotherPath() {
        String token = seal.seal(42, "/assessments/7", DRAWN);
        assertTrue(seal.owner(token, "/assessments/8", DRAWN).isEmpty());
    }

    @Test
    void refusesATokenSealedWithAnotherKey() {
        FormOwnerSeal other = new FormOwnerSeal(
                FormOwnerSeal.derivedKey("another installation's audit key".getBytes(StandardCharsets.US_ASCII)),
                Duration.ofHours(24));
        assertTrue(seal.owner(other.seal(42, "/assessments/7", DRAWN), "/assessments/7", DRAWN)
                .isEmpty());
    }

    @Test
    void refusesAFormDrawnLongerAgoThanTheMaximumAge() {
        String token = seal.seal(42, "/assessments/7", DRAWN);
        assertTrue(seal.owner(
                        token,
                        "/assessments/7",
                        DRAWN.plus(Duration.ofHours(24)).plusSeconds(1))
                .isEmpty());
        assertEquals(OptionalLong.of(42), seal.owner(token, "/assessments/7", DRAWN.plus(Duration.ofHours(24))));
    }

    @Test
    void refusesMissingAndMalformedTokens() {
        assertTrue(seal.owner(null, "/assessments/7", DRAWN).isEmpty());
        assertTrue(seal.owner("", "/assessments/7", DRAWN).isEmpty());
        assertTrue(seal.owner("42", "/assessments/7", DRAWN).isEmpty());
        assertTrue(
                seal.owner("42.1772438400.not-a-mac", "/assessments/7", DRAWN).isEmpty());
    }

    @Test
    void theDerivedKeyIsNotTheAuditKeyItself() {
        assertNotEquals(
                new String(SECRET, StandardCharsets.ISO_8859_1),
                new String(FormOwnerSeal.derivedKey(SECRET), StandardCharsets.ISO_8859_1));
    }
}
