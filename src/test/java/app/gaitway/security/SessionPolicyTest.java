package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionPolicyTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");

    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    void staysOpenWhileUsedWithinTheIdleLimit() {
        Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(3));
        assertFalse(policy.isExpired(
                SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(29).plusSeconds(59))));
    }

    @Test
    void endsWhenIdleForTheIdleLimit() {
        Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(3));
        assertTrue(policy.isExpired(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(30))));
        assertTrue(policy.isExpired(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofHours(2))));
    }

    @Test
    void endsAfterTheAbsoluteLimitEvenWhenKeptBusy() {
        Instant justBefore = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        assertFalse(policy.isExpired(SIGNED_IN, justBefore.minusSeconds(10), justBefore));
        Instant atLimit = SIGNED_IN.plus(Duration.ofHours(12));
        assertTrue(policy.isExpired(SIGNED_IN, atLimit.minusSeconds(10), atLimit));
    }

    @Test
    void shortLimitsWorkTheSameWay() {
        var shortPolicy = new SessionPolicy(Duration.ofSeconds(4), Duration.ofSeconds(12));
        assertFalse(shortPolicy.isExpired(SIGNED_IN, SIGNED_IN.plusSeconds(8), SIGNED_IN.plusSeconds(11)));
        assertTrue(shortPolicy.isExpired(SIGNED_IN, SIGNED_IN.plusSeconds(8), SIGNED_IN.plusSeconds(12)));
        assertTrue(shortPolicy.isExpired(SIGNED_IN, SIGNED_IN.plusSeconds(2), SIGNED_IN.plusSeconds(6)));
    }
}
