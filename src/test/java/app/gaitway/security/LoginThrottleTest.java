package app.gaitway.security;

import app.gaitway.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final String EMAIL = "sam@riverside-pt.test";
    private static final String ADDRESS = "192.0.2.10";
    private static final String OTHER_ADDRESS = "192.0.2.99";

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** Attempts as the sign-in page makes them: admitted first, then failed. */
    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Duration.ZERO, throttle.admit(email, address), "attempt " + (i + 1) + " is admitted");
            throttle.recordFailure(email, address);
        }
    }

    /** Failed attempts each made as soon as the throttle lets it. */
    private void failAsSoonAsAllowed(int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(throttle.waitFor(EMAIL, ADDRESS));
            fail(EMAIL, ADDRESS, 1);
        }
    }

    @Test
    void theFirstFiveFailuresOfAnAccountCostNoWait() {
        fail(EMAIL, ADDRESS, 4);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS));
        fail(EMAIL, ADDRESS, 1);
        assertTrue(throttle.isBlocked(EMAIL, ADDRESS));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor(EMAIL, ADDRESS));
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToAMinute() {
        fail(EMAIL, ADDRESS, 5);
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), throttle.waitFor(EMAIL, ADDRESS));
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertEquals(Duration.ofMillis(1), throttle.admit(EMAIL, ADDRESS), "a millisecond early is refused");
            clock.advance(Duration.ofMillis(1));
            fail(EMAIL, ADDRESS, 1);
        }
    }

    @Test
    void anAttemptRefusedDuringTheWaitDoesNotLengthenIt() {
        failAsSoonAsAllowed(6);
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.admit(EMAIL, ADDRESS).compareTo(Duration.ZERO) > 0);
        }
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Duration.ZERO, throttle.admit(EMAIL, ADDRESS), "two seconds after the sixth failure, as before");
    }

    @Test
    void theRightPasswordWorksOnceTheWaitHasPassedEvenAfterAHundredFailures() {
        for (int i = 0; i < 100; i++) {
            fail(EMAIL, ADDRESS, 1);
            clock.advance(LoginThrottle.MAX_DELAY);
        }
        assertEquals(Duration.ZERO, throttle.admit(EMAIL, OTHER_ADDRESS), "no lock-out, only a wait of at most 60 s");
        throttle.recordSuccess(EMAIL, OTHER_ADDRESS);
        assertFalse(throttle.isBlocked(EMAIL, OTHER_ADDRESS), "a success clears the account");
    }

    @Test
    void atMostSeventyGuessesAnHourGetThroughForOneAccount() {
        // ASVS 2.2.1: no more than 100 failed attempts per hour on one account. A guesser asks every 100 ms.
        int admitted = 0;
        for (int tick = 0; tick < 36_000; tick++) {
            if (throttle.admit(EMAIL, "198.51.100." + (tick % 250)).isZero()) {
                admitted++;
                throttle.recordFailure(EMAIL, "198.51.100." + (tick % 250));
            }
            clock.advance(Duration.ofMillis(100));
        }
        assertTrue(admitted <= 70, admitted + " guesses in an hour");
        assertTrue(admitted >= 60, "and the guesser is slowed, not shut out: " + admitted);
    }

    @Test
    void parallelAttemptsCannotAllTakeTheSameFreeSlot() {
        fail(EMAIL, ADDRESS, 4);
        assertEquals(Duration.ZERO, throttle.admit(EMAIL, ADDRESS), "the fifth, still unanswered");
        assertEquals(
                Duration.ofSeconds(1),
                throttle.admit(EMAIL, OTHER_ADDRESS),
                "a sixth sent at the same moment waits as if the fifth had failed");
    }

    @Test
    void anOpenAttemptThatNeverEndsStopsCountingAfterHalfAMinute() {
        fail(EMAIL, ADDRESS, 4);
        throttle.admit(EMAIL, ADDRESS);
        clock.advance(LoginThrottle.PENDING_FOR);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS));
    }

    @Test
    void theAccountWaitsFromEveryAddress() {
        fail(EMAIL, ADDRESS, 5);
        assertTrue(throttle.isBlocked(EMAIL, OTHER_ADDRESS));
        assertFalse(throttle.isBlocked("someone.else@riverside-pt.test", OTHER_ADDRESS));
    }

    @Test
    void countsAnAccountsFailuresWhateverTheCaseOrSpacesOfTheEmail() {
        fail("Sam@Riverside-PT.test", "192.0.2.1", 1);
        fail("SAM@RIVERSIDE-PT.TEST", "192.0.2.2", 1);
        fail(" sam@riverside-pt.test ", "192.0.2.3", 1);
        fail("sam@riverside-pt.TEST", "192.0.2.4", 1);
        assertFalse(throttle.isBlocked(EMAIL, "192.0.2.5"));
        fail("sAm@riverside-pt.test", "192.0.2.5", 1);
        assertTrue(throttle.isBlocked("SAM@riverside-pt.test", "192.0.2.6"));
    }

    @Test
    void oneAddressSprayingManyAccountsIsSlowedAfterTwenty() {
        for (int i = 0; i < 19; i++) {
            fail("guess" + i + "@riverside-pt.test", ADDRESS, 1);
        }
        assertFalse(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS));
        fail("guess19@riverside-pt.test", ADDRESS, 1);
        assertEquals(
                Duration.ofSeconds(1), throttle.waitFor("fresh@riverside-pt.test", ADDRESS), "any account, even new");
        assertFalse(throttle.isBlocked("fresh@riverside-pt.test", OTHER_ADDRESS), "other addresses are not affected");
        clock.advance(Duration.ofSeconds(1));
        fail("guess20@riverside-pt.test", ADDRESS, 1);
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("fresh@riverside-pt.test", ADDRESS), "and it grows");
    }

    @Test
    void forgetsFailuresFifteenMinutesAfterTheLastAttempt() {
        failAsSoonAsAllowed(7);
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        fail(EMAIL, ADDRESS, 1);
        assertEquals(Duration.ofSeconds(8), throttle.waitFor(EMAIL, ADDRESS), "the eighth failure, 14:59 later");
        clock.advance(LoginThrottle.WINDOW);
        fail(EMAIL, ADDRESS, 5);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor(EMAIL, ADDRESS), "counted afresh");
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailuresButNotTheAddresss() {
        fail(EMAIL, ADDRESS, 4);
        throttle.admit(EMAIL, ADDRESS);
        throttle.recordSuccess("Sam@Riverside-PT.test", ADDRESS);
        fail(EMAIL, ADDRESS, 4);
        assertFalse(throttle.isBlocked(EMAIL, ADDRESS), "only four failures since the success");
        for (int i = 0; i < 12; i++) {
            fail("guess" + i + "@riverside-pt.test", ADDRESS, 1);
        }
        assertTrue(throttle.isBlocked("fresh@riverside-pt.test", ADDRESS), "4 + 4 + 12 failures from the address");
    }

    @Test
    void colleaguesSigningInBehindOneAddressAddUpToNoWait() {
        for (int i = 0; i < 40; i++) {
            String colleague = "colleague" + i + "@riverside-pt.test";
            assertEquals(Duration.ZERO, throttle.admit(colleague, ADDRESS), "colleague " + i);
            throttle.recordSuccess(colleague, ADDRESS);
        }
    }

    @Test
    void tellsWaitsInWholeSecondsRoundedUp() {
        assertEquals(1, LoginThrottle.wholeSeconds(Duration.ofMillis(1)));
        assertEquals(2, LoginThrottle.wholeSeconds(Duration.ofMillis(1001)));
        assertEquals(60, LoginThrottle.wholeSeconds(Duration.ofSeconds(60)));
    }
}
