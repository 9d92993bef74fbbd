package app.gaitway.patientside.links;

import app.gaitway.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkThrottleTest {

    @Test
    void blocksAnAddressAfterTenMissesUntilTheyAge() {
        MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
        LinkThrottle throttle = new LinkThrottle(clock);
        for (int i = 0; i < LinkThrottle.MAX_MISSES - 1; i++) {
            throttle.recordMiss("203.0.113.5");
        }
        assertFalse(throttle.isBlocked("203.0.113.5"));
        throttle.recordMiss("203.0.113.5");
        assertTrue(throttle.isBlocked("203.0.113.5"));
        assertFalse(throttle.isBlocked("198.51.100.7"), "other addresses are not affected");
        clock.advance(LinkThrottle.WINDOW.plusSeconds(1));
        assertFalse(throttle.isBlocked("203.0.113.5"));
    }
}
