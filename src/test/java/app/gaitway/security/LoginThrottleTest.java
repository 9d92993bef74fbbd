package app.gaitway.security;

import app.gaitway.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final String EMAIL = "sam@riverside-pt.test";
    private static final String ADDRESS = "192.0.2.10";
    private static final String OTHER_ADDRESS = "192.0.2.99";

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    @Test
    void blocksAnAccountAfterFiveFailures() {
        fail(EMAIL, ADDRESS, 4);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS));
        fail(EMAIL, ADDRESS, 1);
        assertTrue(throttle.isBlocked(EMAIL, ADDRESS));
    }

    @Test
    void blocksTheAccountFromEveryAddress() {
        fail(EMAIL, ADDRESS, 5);
        assertTrue(throttle.isBlocked(EMAIL, OTHER_ADDRESS));
        assertFalse(throttle.isBlocked("someone.else@riverside-pt.test", OTHER_ADDRESS));
    }

    @Test
    void countsAnAccountsFailuresWhateverTheCaseOrSpacesOfTheEmail() {
        throttle.recordFailure("Sam@Riverside-PT.test", "192.0.2.1");
        throttle.recordFailure("SAM@RIVERSIDE-PT.TEST", "192.0.2.2");
        throttle.recordFailure(" sam@riverside-pt.test ", "192.0.2.3");
        throttle.recordFailure("sam@riverside-pt.TEST", "192.0.2.4");
        assertFalse(throttle.isBlocked(EMAIL, "192.0.2.5"));
        throttle.recordFailure("sAm@riverside-pt.test", "192.0.2.5");
        assertTrue(throttle.isBlocked("SAM@riverside-pt.test", "192.0.2.6"));
    }

    @Test
    void blocksAnAddressAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("guess" + i + "@riverside-pt.test", ADDRESS);
        }
        assertFalse(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS));
        throttle.recordFailure("guess19@riverside-pt.test", ADDRESS);
        assertTrue(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS), "any account, even one never tried");
        assertFalse(throttle.isBlocked("fresh@riverside-pt.test", OTHER_ADDRESS), "other addresses are not affected");
    }

    @Test
    void forgetsAFailureFifteenMinutesAfterIt() {
        fail(EMAIL, ADDRESS, 1);
        clock.advance(Duration.ofMinutes(5));
        fail(EMAIL, ADDRESS, 4);
        assertTrue(throttle.isBlocked(EMAIL, ADDRESS));

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertTrue(throttle.isBlocked(EMAIL, ADDRESS), "the first failure is 14:59 old");

        clock.advance(Duration.ofSeconds(1));
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS), "the first failure left the window; four remain");

        fail(EMAIL, ADDRESS, 1);
        assertTrue(throttle.isBlocked(EMAIL, ADDRESS), "the window slides: four recent ones plus a new one");

        clock.advance(Duration.ofMinutes(15));
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS));
    }

    @Test
    void theAddressWindowSlidesToo() {
        var firstFailure = clock.instant();
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("guess" + i + "@riverside-pt.test", ADDRESS);
            clock.advance(Duration.ofSeconds(30));
        }
        assertTrue(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS));
        clock.set(firstFailure.plus(LoginThrottle.WINDOW).minusSeconds(1));
        assertTrue(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS));
        clock.set(firstFailure.plus(LoginThrottle.WINDOW));
        assertFalse(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS), "the first failure is 15 minutes old");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        fail(EMAIL, ADDRESS, 4);
        throttle.recordSuccess("Sam@Riverside-PT.test");
        fail(EMAIL, ADDRESS, 4);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS), "only four failures since the success");
    }

    @Test
    void aSuccessfulSignInDoesNotClearTheAddresssFailures() {
        fail(EMAIL, ADDRESS, 5);
        throttle.recordSuccess(EMAIL);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS));
        for (int i = 0; i < 15; i++) {
            throttle.recordFailure("guess" + i + "@riverside-pt.test", ADDRESS);
        }
        assertTrue(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS), "5 + 15 failures from the address");
    }
}
