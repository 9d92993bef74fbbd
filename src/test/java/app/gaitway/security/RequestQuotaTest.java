package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestQuotaTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void refusesBeyondTheQuotaWithinTheWindowAndAgainAfterIt() {
        RequestQuota quota = new RequestQuota(3, Duration.ofHours(1), 100);
        assertTrue(quota.tryTake("10.0.0.1", T0));
        assertTrue(quota.tryTake("10.0.0.1", T0.plusSeconds(60)));
        assertTrue(quota.tryTake("10.0.0.1", T0.plusSeconds(120)));
        assertFalse(quota.tryTake("10.0.0.1", T0.plusSeconds(180)));
        assertTrue(quota.tryTake("10.0.0.2", T0.plusSeconds(180)), "another address has its own count");
        assertFalse(quota.tryTake("10.0.0.1", T0.plus(Duration.ofHours(1)).minusSeconds(1)));
        assertTrue(quota.tryTake("10.0.0.1", T0.plus(Duration.ofHours(1))), "the first request left the window");
    }

    @Test
    void aRefusedRequestDoesNotProlongTheWait() {
        RequestQuota quota = new RequestQuota(1, Duration.ofMinutes(10), 100);
        assertTrue(quota.tryTake("a", T0));
        for (int i = 1; i < 10; i++) {
            assertFalse(quota.tryTake("a", T0.plus(Duration.ofMinutes(i))));
        }
        assertTrue(quota.tryTake("a", T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void keepsABoundedNumberOfAddresses() {
        RequestQuota quota = new RequestQuota(1, Duration.ofHours(1), 2);
        assertTrue(quota.tryTake("a", T0));
        assertTrue(quota.tryTake("b", T0));
        assertTrue(quota.tryTake("c", T0));
        assertTrue(quota.tryTake("a", T0), "the least recently seen address was forgotten");
        assertFalse(quota.tryTake("c", T0));
    }
}
