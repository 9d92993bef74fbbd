package app.gaitway.shared.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tamper-evident chain: each entry's HMAC-SHA256 covers its content and the previous
 * entry's HMAC. Changing a row breaks its own link; removing one breaks the next row's;
 * cutting off the tail no longer matches the stored chain head.
 */
public final class AuditChain {

    public static final String GENESIS = "genesis";

    private final byte[] key;

    public AuditChain(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("The audit key must have at least 16 bytes");
        }
        this.key = key.clone();
    }

    byte[] key() {
        return key.clone();
    }

    public String link(String previousHmac, AuditRecordContent content) {
        Mac mac = mac(key);
        mac.update(previousHmac.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0x1e);
        mac.update(content.canonical().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /**
     * The signature of a checkpoint's text, under a key of its own derived from the audit key, so that no
     * checkpoint can ever pass for a link of the chain or the other way round.
     */
    String signCheckpoint(String text) {
        Mac derive = mac(key);
        byte[] checkpointKey = derive.doFinal("gaitway audit checkpoint key".getBytes(StandardCharsets.US_ASCII));
        Mac mac = mac(checkpointKey);
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A stored entry as the verifier sees it. */
    public record StoredLink(long id, AuditRecordContent content, String hmac) {}

    /** What the chain head row says: the last entry's HMAC and how many entries exist. */
    public record Head(String lastHmac, long entryCount) {}

    /**
     * Walks the entries in id order and reports the first place the chain breaks.
     *
     * @param headHmac       the HMAC the chain head says is the last one
     * @param headEntryCount how many entries the chain head says exist
     */
    public AuditVerification verify(Iterator<StoredLink> entries, String headHmac, long headEntryCount) {
        return verify(entries, () -> new Head(headHmac, headEntryCount));
    }

    /**
     * As above, but the head is asked for only after the last entry was read. A reader of
     * a live chain needs that: entries appended while it walks move the head on, so it
     * takes the head at the moment it found no further entry, consistent with what it read.
     */
    public AuditVerification verify(Iterator<StoredLink> entries, Supplier<Head> headAfterLastEntry) {
        return verify(entries, headAfterLastEntry, Optional.empty());
    }

    /**
     * As above, and the chain is also held against a checkpoint (one whose signature was checked): the entries up to
     * the checkpoint's last entry must all still be there, that entry with the checkpoint's HMAC. This finds what
     * the head row cannot: entries cut off the end with the head moved back to match, even when new entries were
     * appended afterwards.
     */
    public AuditVerification verify(
            Iterator<StoredLink> entries, Supplier<Head> headAfterLastEntry, Optional<AuditCheckpoint> checkpoint) {
        long lastAnchored = checkpoint.map(AuditCheckpoint::lastEntryId).orElse(0L);
        long upToCheckpoint = 0;
        String hmacAtCheckpoint = null;
        String previous = GENESIS;
        long previousId = 0;
        long checked = 0;
        while (entries.hasNext()) {
            StoredLink entry = entries.next();
            String expected = link(previous, entry.content());
            if (!MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), entry.hmac().getBytes(StandardCharsets.US_ASCII))) {
                boolean gapBefore = checked > 0 && entry.id() != previousId + 1;
                return AuditVerification.brokenAt(entry.id(), checked, gapBefore ? previousId : null);
            }
            previous = entry.hmac();
            previousId = entry.id();
            checked++;
            if (entry.id() <= lastAnchored) {
                upToCheckpoint++;
            }
            if (entry.id() == lastAnchored) {
                hmacAtCheckpoint = entry.hmac();
            }
        }
        Head head = headAfterLastEntry.get();
        if (!previous.equals(head.lastHmac()) || checked != head.entryCount()) {
            return AuditVerification.tailMissing(checked, head.entryCount(), checked == 0 ? null : previousId);
        }
        if (checkpoint.isPresent()) {
            AuditCheckpoint anchor = checkpoint.get();
            AuditCheckpoint.Comparison against = anchor.compare(upToCheckpoint, hmacAtCheckpoint);
            return against.matches()
                    ? AuditVerification.intactAgainst(checked, anchor)
                    : AuditVerification.checkpointBroken(checked, anchor, against);
        }
        return AuditVerification.intact(checked);
    }
}
