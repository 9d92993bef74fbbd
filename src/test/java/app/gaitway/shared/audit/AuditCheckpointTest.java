package app.gaitway.shared.audit;

import app.gaitway.shared.audit.AuditChain.StoredLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCheckpointTest {

    private static final byte[] KEY = "a key of at least sixteen bytes!".getBytes(StandardCharsets.UTF_8);
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final AuditChain chain = new AuditChain(KEY);

    @Test
    void aSignedCheckpointSurvivesItsLineAndVerifies() {
        AuditCheckpoint signed = AuditCheckpoint.sign(chain, START, 6, 6, hex('a'));

        AuditCheckpoint read = AuditCheckpoint.parse(signed.line()).orElseThrow();

        assertEquals(signed, read);
        assertTrue(read.validUnder(chain));
    }

    @Test
    void aForgedCheckpointIsRejected() {
        AuditCheckpoint genuine = AuditCheckpoint.sign(chain, START, 6, 6, hex('a'));

        // someone who cut the chain to 3 entries writes a checkpoint to match, without the key
        String lowered = genuine.line().replace("entries=6 last=6", "entries=3 last=3");
        AuditCheckpoint forged = AuditCheckpoint.parse(lowered).orElseThrow();
        AuditCheckpoint underAnotherKey = AuditCheckpoint.sign(
                new AuditChain("another key, also sixteen bytes".getBytes(StandardCharsets.UTF_8)),
                START,
                3,
                3,
                hex('a'));

        assertFalse(forged.validUnder(chain));
        assertFalse(underAnotherKey.validUnder(chain));
    }

    @Test
    void aCheckpointCannotPassForALinkOfTheChain() {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(chain, START, 1, 1, hex('a'));

        assertFalse(chainOf(1).get(0).hmac().equals(checkpoint.signature()));
        assertEquals(64, checkpoint.signature().length());
    }

    @Test
    void linesThatAreNotCheckpointsAreNotRead() {
        String good = AuditCheckpoint.sign(chain, START, 6, 6, hex('a')).line();

        assertTrue(AuditCheckpoint.parse("").isEmpty());
        assertTrue(AuditCheckpoint.parse("gaitway-audit-checkpoint v1 nonsense").isEmpty());
        assertTrue(
                AuditCheckpoint.parse(good.replace("entries=6", "entries=six")).isEmpty());
        assertTrue(AuditCheckpoint.parse(good.replace("entries=6", "entries=0")).isEmpty());
        assertTrue(AuditCheckpoint.parse(good + " extra=1").isEmpty());
        assertTrue(AuditCheckpoint.parse(good.replace(" sig=", " head=" + hex('b') + " sig="))
                .isEmpty());
        assertTrue(AuditCheckpoint.parse(good.replace("time=2026", "time=20x6")).isEmpty());
    }

    @Test
    void chainThatStillHoldsTheCheckpointVerifies() {
        List<StoredLink> links = chainOf(8);
        AuditCheckpoint checkpoint = checkpointAt(links, 6);

        AuditVerification result = verify(links, checkpoint);

        assertTrue(result.intact(), result.explanation());
        assertEquals(8, result.entriesChecked());
    }

    @Test
    void cuttingOffTheEndAndRewindingTheHeadPassesWithoutACheckpointButNotWithOne() {
        List<StoredLink> links = chainOf(8);
        AuditCheckpoint checkpoint = checkpointAt(links, 8);
        List<StoredLink> cut = links.subList(0, 5); // the last 3 deleted, the head row rewound to entry 5

        AuditVerification withoutCheckpoint = verify(cut, null);
        AuditVerification withCheckpoint = verify(cut, checkpoint);

        assertTrue(withoutCheckpoint.intact(), "the head row alone is fooled: " + withoutCheckpoint.explanation());
        assertFalse(withCheckpoint.intact());
        assertEquals(3L, withCheckpoint.missingEntries());
        assertTrue(withCheckpoint.explanation().startsWith("3 entries are missing"), withCheckpoint.explanation());
    }

    @Test
    void entriesCutBeforeTheCheckpointAreCountedEvenWhenTheChainWentOnAfterwards() {
        List<StoredLink> links = chainOf(10);
        AuditCheckpoint checkpoint = checkpointAt(links, 10);
        // entries 8-10 deleted and the head rewound to 7; the server then appended 5 more (ids 11-15)
        List<StoredLink> tampered = new ArrayList<>(links.subList(0, 7));
        String previous = tampered.get(6).hmac();
        for (long id = 11; id <= 15; id++) {
            AuditRecordContent content = content(id);
            previous = chain.link(previous, content);
            tampered.add(new StoredLink(id, content, previous));
        }

        AuditVerification result = verify(tampered, null);
        AuditVerification against = verify(tampered, checkpoint);

        assertTrue(result.intact(), "links and head agree: " + result.explanation());
        assertFalse(against.intact());
        assertEquals(3L, against.missingEntries());
    }

    @Test
    void aReplacedEntryAtTheCheckpointIsNamed() {
        List<StoredLink> links = chainOf(6);
        AuditCheckpoint checkpoint = checkpointAt(links, 6);
        // the last entry cut and, with the id sequence rewound, another one appended under the same id
        List<StoredLink> tampered = new ArrayList<>(links.subList(0, 5));
        AuditRecordContent other = content(60);
        tampered.add(new StoredLink(6, other, chain.link(tampered.get(4).hmac(), other)));

        AuditVerification result = verify(tampered, checkpoint);

        assertFalse(result.intact());
        assertNull(result.missingEntries());
        assertEquals(6L, result.brokenAtEntryId());
        assertTrue(result.explanation().startsWith("Entry #6 no longer has the HMAC"), result.explanation());
    }

    @Test
    void comparisonCountsWhatIsMissingUpToTheCheckpoint() {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(chain, START, 100, 120, hex('c'));

        assertTrue(checkpoint.compare(100, hex('c')).matches());
        assertEquals(7, checkpoint.compare(93, null).missing());
        assertEquals(
                AuditCheckpoint.Comparison.Verdict.ENTRY_REPLACED,
                checkpoint.compare(100, hex('d')).verdict());
    }

    @Test
    void theFileKeepsTheNewestHundredAndReadsOnlyValidOnes(@TempDir Path dir) throws IOException {
        AuditCheckpoints file = new AuditCheckpoints(dir);
        for (int n = 1; n <= AuditCheckpoints.KEPT + 20; n++) {
            file.append(AuditCheckpoint.sign(chain, START.plusSeconds(n), n, n, hex('a')));
        }
        Files.writeString(
                file.file(),
                AuditCheckpoint.sign(chain, START, 9999, 9999, hex('a')).line().replace("entries=9999", "entries=99999")
                        + "\n\u00e9 not a checkpoint\n",
                java.nio.file.StandardOpenOption.APPEND);

        AuditCheckpoints.Read read = file.read(chain);

        assertEquals(AuditCheckpoints.KEPT, read.valid().size());
        assertEquals(21, read.valid().get(0).entryCount(), "the oldest 20 were dropped");
        assertEquals(2, read.invalidLines());
        assertEquals(Optional.of(120L), read.latest().map(AuditCheckpoint::entryCount), "the forged line is ignored");
        assertFalse(Files.exists(dir.resolve(AuditCheckpoints.FILE_NAME + ".tmp")), "the temporary file was moved");
    }

    @Test
    void syslogMessageIsRfc5424() {
        AuditSyslog syslog = AuditSyslog.configured("logs.clinic.example:514").orElseThrow();
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(chain, START, 6, 6, hex('a'));

        String message = syslog.message(checkpoint, Instant.parse("2026-03-01T08:00:01.5Z"));

        assertTrue(
                message.matches("<109>1 2026-03-01T08:00:01\\.500Z \\S+ gaitway \\d+ audit-checkpoint - "
                        + java.util.regex.Pattern.quote(checkpoint.line())),
                message);
        assertTrue(AuditSyslog.configured("no-port").isEmpty());
        assertTrue(AuditSyslog.configured("host:99999").isEmpty());
        assertTrue(AuditSyslog.configured("").isEmpty());
    }

    private AuditVerification verify(List<StoredLink> links, AuditCheckpoint checkpoint) {
        StoredLink last = links.get(links.size() - 1);
        return chain.verify(
                links.iterator(),
                () -> new AuditChain.Head(last.hmac(), links.size()),
                Optional.ofNullable(checkpoint));
    }

    private AuditCheckpoint checkpointAt(List<StoredLink> links, int count) {
        StoredLink last = links.get(count - 1);
        return AuditCheckpoint.sign(chain, START, count, last.id(), last.hmac());
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
        return new AuditRecordContent(
                START.plusSeconds(n), 10 + n, 1L, "VIEW", "patient", String.valueOf(n), "SUCCESS", "10.0.0.1", null);
    }

    private static String hex(char c) {
        return String.valueOf(c).repeat(64);
    }
}
