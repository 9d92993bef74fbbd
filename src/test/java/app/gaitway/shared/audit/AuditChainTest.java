package app.gaitway.shared.audit;

import app.gaitway.shared.audit.AuditChain.StoredLink;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final byte[] KEY = "a key of at least sixteen bytes!".getBytes(StandardCharsets.UTF_8);
    private static final Instant START = Instant.parse("2026-03-01T08:00:00.123456Z");

    private final AuditChain chain = new AuditChain(KEY);

    /** Every field of an entry, each changed in a way that keeps the entry plausible. */
    private static final Map<String, UnaryOperator<AuditRecordContent>> ALTERATIONS = Map.of(
            "occurredAt",
                    c -> new AuditRecordContent(
                            c.occurredAt().plusNanos(1000),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "userId",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId() + 1,
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "clinicId",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            null,
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "action",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            "LOGOUT",
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "recordType",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            "patient",
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "recordId",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId() + "0",
                            c.outcome(),
                            c.clientAddress(),
                            c.detail()),
            "outcome",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            "FAILURE",
                            c.clientAddress(),
                            c.detail()),
            "clientAddress",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            "10.9.9.9",
                            c.detail()),
            "detail",
                    c -> new AuditRecordContent(
                            c.occurredAt(),
                            c.userId(),
                            c.clinicId(),
                            c.action(),
                            c.recordType(),
                            c.recordId(),
                            c.outcome(),
                            c.clientAddress(),
                            null));

    @Test
    void intactChainVerifies() {
        List<StoredLink> links = chainOf(5);

        AuditVerification result = verify(links, links.get(4).hmac(), 5);

        assertTrue(result.intact(), result.explanation());
        assertEquals(5, result.entriesChecked());
        assertNull(result.brokenAtEntryId());
        assertEquals("All 5 entries verified: none was altered or removed.", result.explanation());
    }

    @Test
    void emptyChainVerifiesAgainstTheGenesisHead() {
        assertTrue(verify(List.of(), AuditChain.GENESIS, 0).intact());
    }

    @Test
    void alteringAnyFieldOfOneEntryBreaksExactlyAtThatEntry() {
        ALTERATIONS.forEach((field, alter) -> {
            List<StoredLink> links = chainOf(6);
            StoredLink third = links.get(2);
            links.set(2, new StoredLink(third.id(), alter.apply(third.content()), third.hmac()));

            AuditVerification result = verify(links, links.get(5).hmac(), 6);

            assertFalse(result.intact(), field);
            assertEquals(3L, result.brokenAtEntryId(), field);
            assertEquals(2, result.entriesChecked(), field);
            assertNull(result.lastGoodEntryId(), field);
            assertTrue(result.explanation().startsWith("Entry #3 does not match the chain"), result.explanation());
        });
    }

    @Test
    void alteringTheStoredHmacBreaksAtThatEntry() {
        List<StoredLink> links = chainOf(4);
        StoredLink second = links.get(1);
        links.set(1, new StoredLink(second.id(), second.content(), "0".repeat(64)));

        assertEquals(2L, verify(links, links.get(3).hmac(), 4).brokenAtEntryId());
    }

    @Test
    void removingAMiddleEntryBreaksAtTheNextOneAndNamesTheGap() {
        List<StoredLink> links = chainOf(6);
        String headHmac = links.get(5).hmac();
        links.remove(3); // entry #4

        AuditVerification result = verify(links, headHmac, 6);

        assertFalse(result.intact());
        assertEquals(5L, result.brokenAtEntryId());
        assertEquals(3L, result.lastGoodEntryId());
        assertEquals(3, result.entriesChecked());
        assertTrue(result.explanation().contains("entries between #3 and #5 are missing"), result.explanation());
    }

    @Test
    void removingTheFirstEntryBreaksAtTheSecond() {
        List<StoredLink> links = chainOf(3);
        String headHmac = links.get(2).hmac();
        links.remove(0);

        AuditVerification result = verify(links, headHmac, 3);

        assertEquals(2L, result.brokenAtEntryId());
        assertEquals(0, result.entriesChecked());
    }

    @Test
    void removingTheLastEntriesIsDetectedThroughTheHead() {
        List<StoredLink> links = chainOf(6);
        String headHmac = links.get(5).hmac();
        links.subList(4, 6).clear(); // #5 and #6

        AuditVerification result = verify(links, headHmac, 6);

        assertFalse(result.intact());
        assertNull(result.brokenAtEntryId());
        assertEquals(4L, result.lastGoodEntryId());
        assertEquals("The last 2 entries after #4 have been removed.", result.explanation());
    }

    @Test
    void removingEveryEntryIsDetectedThroughTheHead() {
        List<StoredLink> links = chainOf(3);

        AuditVerification result = verify(List.of(), links.get(2).hmac(), 3);

        assertFalse(result.intact());
        assertEquals("All 3 entries have been removed.", result.explanation());
    }

    @Test
    void replacingTheNewestEntryIsDetectedThroughTheHead() {
        List<StoredLink> links = chainOf(3);
        String headHmac = links.get(2).hmac();
        // someone with the key re-links a different last entry: its own link is valid, the head is not
        AuditRecordContent forged =
                ALTERATIONS.get("outcome").apply(links.get(2).content());
        links.set(2, new StoredLink(3, forged, chain.link(links.get(1).hmac(), forged)));

        AuditVerification result = verify(links, headHmac, 3);

        assertFalse(result.intact());
        assertTrue(result.explanation().contains("newest entry does not match"), result.explanation());
    }

    @Test
    void wrongKeyFailsAtTheFirstEntry() {
        List<StoredLink> links = chainOf(4);
        AuditChain otherKey = new AuditChain("another key, also sixteen+ bytes".getBytes(StandardCharsets.UTF_8));

        AuditVerification result =
                otherKey.verify(links.iterator(), links.get(3).hmac(), 4);

        assertFalse(result.intact());
        assertEquals(1L, result.brokenAtEntryId());
        assertEquals(0, result.entriesChecked());
    }

    @Test
    void idGapsFromRolledBackAppendsAreNotABreak() {
        // an append that rolls back uses up its id but never becomes part of the chain
        List<StoredLink> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id : new long[] {1, 2, 5, 6}) {
            AuditRecordContent content = content(id);
            String hmac = chain.link(previous, content);
            links.add(new StoredLink(id, content, hmac));
            previous = hmac;
        }

        assertTrue(verify(links, previous, 4).intact());
    }

    @Test
    void headIsReadOnlyAfterTheLastEntry() {
        List<StoredLink> links = chainOf(3);
        var iterator = links.iterator();

        AuditVerification result = chain.verify(iterator, () -> {
            assertFalse(iterator.hasNext(), "head asked for before the walk ended");
            return new AuditChain.Head(links.get(2).hmac(), 3);
        });

        assertTrue(result.intact());
    }

    @Test
    void missingValueAndTheTextOfTheNullSymbolCannotCollide() {
        AuditRecordContent missing = content(1, null);
        AuditRecordContent nullSymbol = content(1, "\u2400");
        AuditRecordContent twoSymbols = content(1, "\u2400\u2400");

        assertNotEquals(missing.canonical(), nullSymbol.canonical());
        assertNotEquals(nullSymbol.canonical(), twoSymbols.canonical());
        assertNotEquals(chain.link(AuditChain.GENESIS, missing), chain.link(AuditChain.GENESIS, nullSymbol));
    }

    @Test
    void aSeparatorInsideAValueCannotPassForAnotherValue() {
        AuditRecordContent withSeparator = content(1, "a\u001fb");
        AuditRecordContent withSpace = content(1, "a b");

        assertNotEquals(withSeparator.canonical(), withSpace.canonical());
        // a value holding a separator cannot shift text into the next field either
        var shifted = new AuditRecordContent(START, 1L, 1L, "LOGIN", "user", "7\u001fSUCCESS", "x", null, null);
        var plain = new AuditRecordContent(START, 1L, 1L, "LOGIN", "user", "7", "SUCCESS\u001fx", null, null);
        assertNotEquals(shifted.canonical(), plain.canonical());
    }

    @Test
    void ordinaryValuesKeepTheirCanonicalFormSoEarlierChainsStillVerify() {
        AuditRecordContent content =
                new AuditRecordContent(START, 3L, null, "LOGIN", "user", "3", "SUCCESS", "10.0.0.1", null);

        assertEquals(
                String.join(
                        "\u001f",
                        "1772352000123456",
                        "3",
                        "\u2400",
                        "LOGIN",
                        "user",
                        "3",
                        "SUCCESS",
                        "10.0.0.1",
                        "\u2400"),
                content.canonical());
    }

    @Test
    void rejectsAShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[15]));
    }

    private AuditVerification verify(List<StoredLink> links, String headHmac, long headCount) {
        return chain.verify(links.iterator(), headHmac, headCount);
    }

    private List<StoredLink> chainOf(int size) {
        List<StoredLink> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id = 1; id <= size; id++) {
            AuditRecordContent content = content(id);
            String hmac = chain.link(previous, content);
            links.add(new StoredLink(id, content, hmac));
            previous = hmac;
        }
        return links;
    }

    private static AuditRecordContent content(long n) {
        return content(n, "detail " + n);
    }

    private static AuditRecordContent content(long n, String detail) {
        return new AuditRecordContent(
                START.plusSeconds(n), 10 + n, 1L, "LOGIN", "user", String.valueOf(n), "SUCCESS", "10.0.0." + n, detail);
    }
}
