package app.gaitway.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleEditsTest {

    @Test
    void recognisesTheFormsVersionCheck() {
        assertTrue(StaleEdits.isStaleEdit(new StaleEditException(4)));
    }

    @Test
    void recognisesARaceWrappedByTheTransaction() {
        var race = new OptimisticLockException(new StaleObjectStateException("UserAccount", 3L));
        assertTrue(StaleEdits.isStaleEdit(new RuntimeException("commit failed", new IllegalStateException(race))));
        assertTrue(StaleEdits.isStaleEdit(new RuntimeException(new StaleObjectStateException("UserAccount", 3L))));
    }

    @Test
    void otherFailuresAreNotConflicts() {
        assertFalse(StaleEdits.isStaleEdit(new IllegalStateException("database down")));
        assertFalse(StaleEdits.isStaleEdit(null));
    }
}
