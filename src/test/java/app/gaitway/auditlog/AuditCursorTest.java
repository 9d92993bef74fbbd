package app.gaitway.auditlog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCursorTest {

    @Test
    void tokenRoundTripsToTheMicrosecond() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-03-01T08:00:00.123456789Z"), 42);

        assertEquals("1772352000123456_42", cursor.token());
        assertEquals(Optional.of(cursor), AuditCursor.parse(cursor.token()));
        assertEquals(Instant.parse("2026-03-01T08:00:00.123456Z"), cursor.occurredAt());
    }

    @Test
    void damagedTokenIsNoCursor() {
        for (String token : new String[] {null, "", "abc", "12_", "_12", "1_2_3", "1 _2", "99999999999999999999_1"}) {
            assertTrue(AuditCursor.parse(token).isEmpty(), token);
        }
    }

    @Test
    void cursorJustNewerThanAnEntryKeepsThatEntryOnTheOlderSide() {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        AuditCursor cursor = AuditCursor.justNewerThan(at, 7);

        assertEquals(new AuditCursor(at, 8), cursor);
    }
}
