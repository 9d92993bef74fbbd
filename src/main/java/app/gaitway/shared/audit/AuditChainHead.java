package app.gaitway.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that records where the chain ends; locked while an entry is appended. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int THE_ONLY_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "last_entry_id")
    private Long lastEntryId;

    @Column(name = "last_hmac", nullable = false, length = 64)
    private String lastHmac;

    @Column(name = "entry_count", nullable = false)
    private long entryCount;

    protected AuditChainHead() {}

    void advance(long entryId, String hmac) {
        this.lastEntryId = entryId;
        this.lastHmac = hmac;
        this.entryCount++;
    }

    /**
     * A new key starts a new chain: its first entry links to the genesis value and the
     * count starts again, as verification does from that entry on.
     */
    void restart() {
        this.lastHmac = AuditChain.GENESIS;
        this.entryCount = 0;
    }

    public Long getLastEntryId() {
        return lastEntryId;
    }

    public String getLastHmac() {
        return lastHmac;
    }

    public long getEntryCount() {
        return entryCount;
    }
}
