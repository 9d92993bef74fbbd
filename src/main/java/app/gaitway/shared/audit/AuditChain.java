package app.gaitway.shared.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(previousHmac.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1e);
            mac.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
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
        }
        Head head = headAfterLastEntry.get();
        if (!previous.equals(head.lastHmac()) || checked != head.entryCount()) {
            return AuditVerification.tailMissing(checked, head.entryCount(), checked == 0 ? null : previousId);
        }
        return AuditVerification.intact(checked);
    }
}
