package app.gaitway.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the audit chain stood at a moment, signed with a key derived from the audit key: how many entries the chain
 * held, the id of its last entry and that entry's HMAC. Kept outside the database (a file in the data directory, and
 * syslog when configured), it lets verification notice what the chain's own head row cannot: entries cut off the
 * end with the head row moved back to match. Without the audit key nobody can write a checkpoint that verifies.
 * <p>
 * One line of text, so that a checkpoint copied from syslog can be put back into the file by hand:
 * {@code gaitway-audit-checkpoint v1 time=… entries=… last=… head=… sig=…}.
 */
public record AuditCheckpoint(Instant time, long entryCount, long lastEntryId, String headHmac, String signature) {

    static final String PREFIX = "gaitway-audit-checkpoint v1";

    private static final Set<String> FIELDS = Set.of("time", "entries", "last", "head", "sig");

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public AuditCheckpoint {
        time = time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A checkpoint of the given chain head, signed now. */
    static AuditCheckpoint sign(AuditChain chain, Instant time, long entryCount, long lastEntryId, String headHmac) {
        AuditCheckpoint unsigned = new AuditCheckpoint(time, entryCount, lastEntryId, headHmac, "");
        return new AuditCheckpoint(time, entryCount, lastEntryId, headHmac, chain.signCheckpoint(unsigned.signed()));
    }

    /** Whether the signature was made with this chain's key over exactly these values. */
    boolean validUnder(AuditChain chain) {
        return MessageDigest.isEqual(
                chain.signCheckpoint(signed()).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The part of the line the signature covers. */
    private String signed() {
        return PREFIX + " time=" + time + " entries=" + entryCount + " last=" + lastEntryId + " head=" + headHmac;
    }

    public String line() {
        return signed() + " sig=" + signature;
    }

    /** The checkpoint a line holds, if it is one (a signature is not checked here); anything else is empty. */
    static Optional<AuditCheckpoint> parse(String line) {
        String text = line.strip();
        if (!text.startsWith(PREFIX + " ")) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : text.substring(PREFIX.length() + 1).split(" ")) {
            int equals = part.indexOf('=');
            if (equals <= 0 || fields.put(part.substring(0, equals), part.substring(equals + 1)) != null) {
                return Optional.empty();
            }
        }
        try {
            if (!fields.keySet().equals(FIELDS)) {
                return Optional.empty();
            }
            String head = fields.get("head");
            String sig = fields.get("sig");
            if (!HEX64.matcher(sig).matches()) {
                return Optional.empty();
            }
            long entries = Long.parseLong(fields.get("entries"));
            long last = Long.parseLong(fields.get("last"));
            if (entries < 1 || last < 1 || !HEX64.matcher(head).matches()) {
                return Optional.empty();
            }
            return Optional.of(new AuditCheckpoint(Instant.parse(fields.get("time")), entries, last, head, sig));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * How the chain stands against this checkpoint, from what it holds now: the number of entries of the current
     * chain with an id up to {@link #lastEntryId} and the HMAC of the entry with that id (null when there is none).
     * Entries are only ever appended, so both must be exactly as the checkpoint recorded them.
     */
    public Comparison compare(long entriesUpToLast, String hmacOfLast) {
        long missing = entryCount - entriesUpToLast;
        if (missing > 0) {
            return new Comparison(Comparison.Verdict.ENTRIES_MISSING, missing);
        }
        if (hmacOfLast == null
                || !MessageDigest.isEqual(
                        hmacOfLast.getBytes(StandardCharsets.US_ASCII), headHmac.getBytes(StandardCharsets.US_ASCII))) {
            return new Comparison(Comparison.Verdict.ENTRY_REPLACED, 0);
        }
        return new Comparison(Comparison.Verdict.MATCHES, 0);
    }

    /** The outcome of {@link #compare}: with entries missing, how many. */
    public record Comparison(Verdict verdict, long missing) {
        public enum Verdict {
            MATCHES,
            ENTRIES_MISSING,
            ENTRY_REPLACED
        }

        public boolean matches() {
            return verdict == Verdict.MATCHES;
        }
    }
}
