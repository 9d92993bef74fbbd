package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldFormStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Map<String, List<String>> NOTE = Map.of("plan.plan", List.of("Progress to single-leg work"));
    private static final String FORM = "/assessments/7";

    private final HeldFormStore store =
            new HeldFormStore(new HeldFormStore.Limits(1_000, 2_500, 4, 2, Duration.ofHours(1)));

    @Test
    void givesTheFormBackOnceToItsOwnerAfterSignIn() {
        String ticket = store.hold(42, FORM, NOTE, T0).orElseThrow();

        assertEquals(Optional.of(FORM), store.release(ticket, 42, T0.plusSeconds(30)));
        assertEquals(Optional.of(NOTE), store.take(ticket, 42, FORM, T0.plusSeconds(31)));
        assertTrue(store.take(ticket, 42, FORM, T0.plusSeconds(32)).isEmpty(), "only once");
        assertEquals(0, store.size());
    }

    @Test
    void nothingIsGivenBeforeTheOwnerSignedIn() {
        String ticket = store.hold(42, FORM, NOTE, T0).orElseThrow();
        assertTrue(store.take(ticket, 42, FORM, T0.plusSeconds(1)).isEmpty());
        assertTrue(store.isHeld(ticket, T0.plusSeconds(1)));
    }

    @Test
    void anotherUsersSignInDropsTheForm() {
        String ticket = store.hold(42, FORM, NOTE, T0).orElseThrow();

        assertTrue(store.release(ticket, 43, T0.plusSeconds(30)).isEmpty());
        assertFalse(store.isHeld(ticket, T0.plusSeconds(30)));
        assertTrue(store.release(ticket, 42, T0.plusSeconds(40)).isEmpty(), "gone for the owner too");
    }

    @Test
    void isOnlyGivenAtTheAddressItWasPostedTo() {
        String ticket = store.hold(42, FORM, NOTE, T0).orElseThrow();
        store.release(ticket, 42, T0);
        assertTrue(store.take(ticket, 42, "/assessments/8", T0).isEmpty());
        assertTrue(store.take(ticket, 42, FORM, T0).isPresent());
    }

    @Test
    void isDroppedAfterTheTimeLimit() {
        String ticket = store.hold(42, FORM, NOTE, T0).orElseThrow();
        assertTrue(store.isHeld(ticket, T0.plus(Duration.ofMinutes(59))));
        store.purge(T0.plus(Duration.ofHours(1)));
        assertEquals(0, store.size());
        assertTrue(store.release(ticket, 42, T0.plus(Duration.ofHours(1))).isEmpty());
    }

    @Test
    void refusesAFormLargerThanTheLimit() {
        Map<String, List<String>> big = Map.of("plan.plan", List.of("x".repeat(600)));
        assertTrue(store.hold(42, FORM, big, T0).isEmpty());
        assertEquals(0, store.size());
    }

    @Test
    void boundsTheFormsOfOneUserAndOfAll() {
        assertTrue(store.hold(1, FORM, NOTE, T0).isPresent());
        assertTrue(store.hold(1, FORM, NOTE, T0).isPresent());
        assertTrue(store.hold(1, FORM, NOTE, T0).isEmpty(), "two per user");
        assertTrue(store.hold(2, FORM, NOTE, T0).isPresent());
        assertTrue(store.hold(3, FORM, NOTE, T0).isPresent());
        assertTrue(store.hold(4, FORM, NOTE, T0).isEmpty(), "four in all");
        assertEquals(4, store.size());
    }

    @Test
    void boundsTheBytesOfAllForms() {
        Map<String, List<String>> note = Map.of("n", List.of("x".repeat(400)));
        assertTrue(store.hold(1, FORM, note, T0).isPresent());
        assertTrue(store.hold(2, FORM, note, T0).isPresent());
        assertTrue(store.hold(3, FORM, note, T0).isPresent());
        assertTrue(store.hold(4, FORM, note, T0).isEmpty(), "2,500 bytes in all");
    }

    @Test
    void roomComesBackWhenFormsExpire() {
        store.hold(1, FORM, NOTE, T0);
        store.hold(1, FORM, NOTE, T0);
        assertTrue(store.hold(1, FORM, NOTE, T0.plus(Duration.ofHours(1))).isPresent());
    }
}
