package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditChain;
import app.gaitway.shared.audit.AuditEntry;
import app.gaitway.shared.audit.AuditRecordContent;
import app.gaitway.shared.audit.AuditVerification;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batched reader against a log that keeps growing while it is read, as a live one does. */
class AuditChainReaderTest {

    private final AuditChain chain = new AuditChain("reader test key, sixteen+ bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void readsTheWholeChainInBatchesAndLetsGoOfEachBatch() {
        FakeLog log = new FakeLog();
        log.append(5);

        AuditVerification result = verify(log, 2);

        assertTrue(result.intact(), result.explanation());
        assertEquals(5, result.entriesChecked());
        assertEquals(4, log.clears, "3 batches with entries and the empty one at the end");
    }

    @Test
    void entriesAppendedWhenTheReaderFoundTheEndAreStillRead() {
        FakeLog log = new FakeLog();
        log.append(3);
        log.onEmptyRead = () -> log.append(2); // committed after the empty batch, before the head is read

        AuditVerification result = verify(log, 2);

        assertTrue(result.intact(), result.explanation());
        assertEquals(5, result.entriesChecked());
    }

    @Test
    void entriesAppendedAfterTheHeadWasReadAreLeftForTheNextCheck() {
        FakeLog log = new FakeLog();
        log.append(3);
        log.afterHeadRead = () -> log.append(1);

        AuditVerification result = verify(log, 10);

        assertTrue(result.intact(), result.explanation());
        assertEquals(3, result.entriesChecked(), "the walk ends where the head it read ends");
        assertEquals(1, log.headReads);
    }

    @Test
    void removedNewestEntriesAreReportedWithoutWaitingForThem() {
        FakeLog log = new FakeLog();
        log.append(4);
        log.entries.remove(3);

        AuditVerification result = verify(log, 2);

        assertFalse(result.intact());
        assertEquals("The last 1 entries after #3 have been removed.", result.explanation());
    }

    private AuditVerification verify(FakeLog log, int batchSize) {
        AuditChainReader reader = new AuditChainReader(log, batchSize);
        return chain.verify(reader, reader::headAtEnd);
    }

    /** An in-memory audit log: entries, a head that moves with each append, hooks for appends "meanwhile". */
    private final class FakeLog extends AuditLogRepository {
        final List<AuditEntry> entries = new ArrayList<>();
        Long lastId;
        String lastHmac = AuditChain.GENESIS;
        long count;
        int clears;
        int headReads;
        Runnable onEmptyRead;
        Runnable afterHeadRead;

        void append(int howMany) {
            for (int i = 0; i < howMany; i++) {
                long id = lastId == null ? 1 : lastId + 1;
                var content = new AuditRecordContent(
                        Instant.parse("2026-03-01T08:00:00Z").plusSeconds(id),
                        1L,
                        1L,
                        "LOGIN",
                        "user",
                        "1",
                        "SUCCESS",
                        "10.0.0.1",
                        null);
                String hmac = chain.link(lastHmac, content);
                entries.add(withId(new AuditEntry(content, hmac), id));
                lastId = id;
                lastHmac = hmac;
                count++;
            }
        }

        @Override
        List<AuditEntry> chainAfter(long entryId, int batchSize) {
            List<AuditEntry> batch = entries.stream()
                    .filter(e -> e.getId() > entryId)
                    .limit(batchSize)
                    .toList();
            if (batch.isEmpty() && onEmptyRead != null) {
                Runnable once = onEmptyRead;
                onEmptyRead = null;
                once.run();
            }
            return batch;
        }

        @Override
        HeadSnapshot head() {
            headReads++;
            HeadSnapshot head = new HeadSnapshot(lastId, lastHmac, count);
            if (afterHeadRead != null) {
                Runnable once = afterHeadRead;
                afterHeadRead = null;
                once.run();
            }
            return head;
        }

        @Override
        void forgetReadEntries() {
            clears++;
        }
    }

    private static AuditEntry withId(AuditEntry entry, long id) {
        try {
            Field field = AuditEntry.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entry, id);
            return entry;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
