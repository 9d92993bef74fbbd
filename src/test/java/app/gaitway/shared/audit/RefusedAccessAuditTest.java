package app.gaitway.shared.audit;

import app.gaitway.shared.audit.RefusedAccessAudit.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusedAccessAuditTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final List<AuditRecordContent> offered = new ArrayList<>();
    private final RefusedAccessAudit audit = new RefusedAccessAudit();

    RefusedAccessAuditTest() {
        AuditChain chain = new AuditChain("a key of at least sixteen bytes!".getBytes(StandardCharsets.UTF_8));
        audit.trail = new AuditTrail() {
            @Override
            public AuditChain chain() {
                return chain;
            }
        };
        audit.batches = new AuditBatches() {
            @Override
            void offer(AuditChain c, Clock clock, Function<Instant, AuditRecordContent> content) {
                offered.add(content.apply(clock.instant()));
            }
        };
        audit.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aFloodIsRecordedOneByOneUpToTheBoundThenCountedInOneEntryPerWindow() {
        int admitted = 0;
        for (int i = 0; i < 1000; i++) {
            Kind kind = i % 2 == 0 ? Kind.NOT_FOUND : Kind.THROTTLED;
            if (audit.admit(kind)) {
                audit.record(kind, 7L, 1L, "10.0.0.9", "404 GET /patients/" + i);
                admitted++;
            }
        }

        audit.closeWindow();

        assertEquals(RefusedAccessAudit.MOST_PER_WINDOW, admitted);
        assertEquals(RefusedAccessAudit.MOST_PER_WINDOW + 1, offered.size());
        AuditRecordContent summary = offered.get(offered.size() - 1);
        assertEquals(RefusedAccessAudit.FLOOD_RECORD_TYPE, summary.recordType());
        assertEquals("ACCESS_REFUSED", summary.action());
        assertTrue(summary.detail().startsWith("900 more refused requests in 10 s"), summary.detail());
        assertTrue(
                summary.detail().contains("not-found 450") && summary.detail().contains("throttled 450"));
        assertTrue(audit.admit(Kind.CSRF), "a new window records one by one again");
    }

    @Test
    void aQuietWindowWritesNoSummary() {
        assertTrue(audit.admit(Kind.CSRF));
        audit.record(Kind.CSRF, null, null, "10.0.0.9", "403 POST /login");

        audit.closeWindow();

        assertEquals(1, offered.size());
        assertEquals("csrf", offered.get(0).recordType());
        assertEquals("DENIED", offered.get(0).outcome());
        assertFalse(offered.get(0).detail().isEmpty());
    }
}
