package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResetRulesTest {

    private static final Instant SENT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aLinkWorksForThirtyMinutes() {
        Instant expires = ResetRules.expiryOf(SENT);
        assertEquals(SENT.plus(Duration.ofMinutes(30)), expires);
        assertTrue(ResetRules.isUsable(
                expires, null, SENT.plus(Duration.ofMinutes(29).plusSeconds(59))));
        assertFalse(ResetRules.isUsable(expires, null, SENT.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aSpentLinkNeverWorksAgain() {
        Instant expires = ResetRules.expiryOf(SENT);
        assertFalse(ResetRules.isUsable(expires, SENT.plusSeconds(60), SENT.plusSeconds(120)));
    }

    @Test
    void anAccountIsSentAtMostThreeLinksAnHour() {
        assertTrue(ResetRules.mayMail(0));
        assertTrue(ResetRules.mayMail(2));
        assertFalse(ResetRules.mayMail(3));
        assertEquals(SENT.minus(Duration.ofHours(1)), ResetRules.windowStart(SENT));
    }
}
