package app.gaitway.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevalidationTest {

    private static final String TAG = "\"abc123\"";
    private static final Instant CHANGED = Instant.parse("2026-03-12T10:15:30.250Z");
    private static final long NO_DATE = -1;

    @Test
    void theSameTagIsNotModified() {
        assertTrue(Revalidation.notModified(TAG, NO_DATE, TAG, CHANGED));
        assertTrue(Revalidation.notModified("\"other\", " + TAG, NO_DATE, TAG, CHANGED), "one of a list");
        assertTrue(Revalidation.notModified("W/" + TAG, NO_DATE, TAG, CHANGED), "compared weakly");
        assertTrue(Revalidation.notModified("*", NO_DATE, TAG, CHANGED));
    }

    @Test
    void anotherTagIsModifiedWhateverTheDateSays() {
        assertFalse(Revalidation.notModified("\"abc12\"", NO_DATE, TAG, CHANGED));
        assertFalse(Revalidation.notModified("abc123", NO_DATE, TAG, CHANGED), "unquoted is another tag");
        assertFalse(Revalidation.notModified("", NO_DATE, TAG, CHANGED));
        // If-None-Match decides when it is sent: a date that would match is ignored
        assertFalse(Revalidation.notModified("\"old\"", CHANGED.plusSeconds(60).toEpochMilli(), TAG, CHANGED));
    }

    @Test
    void withoutATagTheDateDecidesToTheSecond() {
        long sameSecond = Instant.parse("2026-03-12T10:15:30Z").toEpochMilli();
        assertTrue(Revalidation.notModified(null, sameSecond, TAG, CHANGED), "dates have whole seconds");
        assertTrue(Revalidation.notModified(null, sameSecond + 5_000, TAG, CHANGED));
        assertFalse(Revalidation.notModified(null, sameSecond - 1_000, TAG, CHANGED));
    }

    @Test
    void withNeitherItIsModified() {
        assertFalse(Revalidation.notModified(null, NO_DATE, TAG, CHANGED));
    }
}
