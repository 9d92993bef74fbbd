package app.gaitway.patientside.links;

import app.gaitway.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkThrottleTest {

    private static final String CLINIC_WIFI = "203.0.113.5";
    private static final String AT_HOME = "198.51.100.7";

    private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
    private final LinkThrottle throttle = new LinkThrottle(clock);

    /** A secret of its own start: guesses start differently, as random ones do. */
    private static String secretStarting(int n) {
        String digits = String.format("%04d", n);
        return digits + "-AAAA-BBBB-CCCC-DDDD-EEEE-FG";
    }

    private void guess(String address, int times) {
        for (int i = 0; i < times; i++) {
            String secret = secretStarting(1000 + i);
            assertFalse(throttle.isBlocked(address, secret), "guess " + (i + 1) + " is looked up");
            throttle.recordMiss(address, secret);
        }
    }

    @Test
    void stopsAnAddressGuessingTenDifferentSecretsUntilTheMissesAge() {
        guess(CLINIC_WIFI, LinkThrottle.MAX_MISSES - 1);
        assertFalse(throttle.isBlocked(CLINIC_WIFI, secretStarting(7777)));
        throttle.recordMiss(CLINIC_WIFI, secretStarting(9999));
        assertTrue(throttle.isBlocked(CLINIC_WIFI, secretStarting(7777)), "a secret never opened from there");
        assertFalse(throttle.isBlocked(AT_HOME, secretStarting(7777)), "other addresses are not affected");
        clock.advance(LinkThrottle.WINDOW.plusSeconds(1));
        assertFalse(throttle.isBlocked(CLINIC_WIFI, secretStarting(7777)));
    }

    @Test
    void aLinkThatOpenedFromTheAddressKeepsOpeningWhileSomeoneThereGuesses() {
        String patient = "7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE";
        throttle.recordHit(CLINIC_WIFI, patient);
        clock.advance(Duration.ofHours(3));
        guess(CLINIC_WIFI, LinkThrottle.MAX_MISSES);
        assertFalse(throttle.isBlocked(CLINIC_WIFI, patient), "the patient's own link, typed as on paper");
        assertFalse(throttle.isBlocked(CLINIC_WIFI, "7kq2 m9xd aaaa bbbb cccc dddd ee"), "or typed loosely");
        assertTrue(throttle.isBlocked(CLINIC_WIFI, secretStarting(4242)), "the guesser's next guess is refused");
    }

    @Test
    void trustInAnOpenedPrefixLastsADayAndStaysAtItsAddress() {
        String patient = "7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE";
        throttle.recordHit(CLINIC_WIFI, patient);
        clock.advance(LinkThrottle.KNOWN_FOR);
        for (int i = 0; i < LinkThrottle.MAX_MISSES; i++) {
            throttle.recordMiss(CLINIC_WIFI, secretStarting(1000 + i));
            throttle.recordMiss(AT_HOME, secretStarting(1000 + i));
        }
        assertTrue(throttle.isBlocked(CLINIC_WIFI, patient), "a day later the prefix is no longer trusted");
        throttle.recordHit(CLINIC_WIFI, patient);
        assertFalse(throttle.isBlocked(CLINIC_WIFI, patient));
        assertTrue(throttle.isBlocked(AT_HOME, patient), "trusted only where it opened");
    }

    @Test
    void aCodeMistypedAgainAndAgainStopsOnlyThatCode() {
        String mistyped = "7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-E0";
        for (int i = 0; i < LinkThrottle.MAX_MISSES_PER_PREFIX; i++) {
            assertFalse(throttle.isBlocked(CLINIC_WIFI, mistyped), "try " + (i + 1));
            throttle.recordMiss(CLINIC_WIFI, mistyped);
        }
        assertTrue(throttle.isBlocked(CLINIC_WIFI, "7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-E1"), "the same start, a sixth time");
        assertFalse(
                throttle.isBlocked(CLINIC_WIFI, "8ZZ2-M9XD-AAAA-BBBB-CCCC-DDDD-E1"), "a neighbour's link still opens");
    }

    @Test
    void aKnownPrefixStillGetsOnlyFiveMisses() {
        String patient = "7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE";
        throttle.recordHit(CLINIC_WIFI, patient);
        for (int i = 0; i < LinkThrottle.MAX_MISSES_PER_PREFIX; i++) {
            throttle.recordMiss(CLINIC_WIFI, "7KQ2-0000-0000-0000-0000-0000-0" + i);
        }
        assertTrue(throttle.isBlocked(CLINIC_WIFI, patient), "a guesser who learnt a real start cannot test on");
    }

    @Test
    void anythingThatIsNoSecretSharesOneBucket() {
        for (int i = 0; i < LinkThrottle.MAX_MISSES_PER_PREFIX; i++) {
            throttle.recordMiss(CLINIC_WIFI, "not a code " + i);
        }
        assertTrue(throttle.isBlocked(CLINIC_WIFI, "still not a code"));
        assertFalse(throttle.isBlocked(CLINIC_WIFI, secretStarting(1234)), "and does not count as guessing");
    }

    @Test
    void keepsNoPartOfASecretInTheClear() {
        String prefix = throttle.prefixOf("7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE");
        assertFalse(prefix.contains("7KQ2") || prefix.contains("7kq2"), prefix);
        assertEquals(prefix, throttle.prefixOf("7kq2-m9xd-0000-0000-0000-0000-00"), "only the start counts");
        assertNotEquals(prefix, throttle.prefixOf("7KQ2-M9XD"), "what is no secret has a bucket of its own");
        assertNotEquals(
                prefix, new LinkThrottle(clock).prefixOf("7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EE"), "keyed per start");
    }
}
