package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditChain;
import app.gaitway.shared.audit.AuditChain.StoredLink;
import app.gaitway.shared.audit.AuditEntry;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The whole chain in id order, read in batches so that a long trail never sits in
 * memory at once. The log stays open for appends meanwhile, so the chain head is read
 * when no further entry is found, and then entries are looked for once more: whatever
 * committed before that head was read is then walked too, and the head matches the last
 * entry read unless the trail was tampered with.
 */
final class AuditChainReader implements Iterator<StoredLink> {

    private final AuditLogRepository repository;
    private final int batchSize;

    private Iterator<StoredLink> batch = Collections.emptyIterator();
    private long lastReadId;
    private AuditChain.Head headAtEnd;

    AuditChainReader(AuditLogRepository repository, int batchSize) {
        this(repository, batchSize, 1);
    }

    /** Reads the chain from the entry {@code firstId} on (where a new audit key restarted it). */
    AuditChainReader(AuditLogRepository repository, int batchSize, long firstId) {
        this.repository = repository;
        this.batchSize = batchSize;
        this.lastReadId = firstId - 1;
    }

    @Override
    public boolean hasNext() {
        if (batch.hasNext()) {
            return true;
        }
        if (headAtEnd != null) {
            return false;
        }
        if (readNextBatch()) {
            return true;
        }
        AuditLogRepository.HeadSnapshot head = repository.head();
        if (head.lastEntryId() != null && head.lastEntryId() > lastReadId && readNextBatch()) {
            return true; // appended while we walked: go on, the head is read again at the new end
        }
        headAtEnd = head.asChainHead();
        return false;
    }

    @Override
    public StoredLink next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    /** The head as read when the walk ended; asked for by {@link AuditChain#verify} after the last entry. */
    AuditChain.Head headAtEnd() {
        if (headAtEnd == null) {
            throw new IllegalStateException("The chain has not been read to its end");
        }
        return headAtEnd;
    }

    private boolean readNextBatch() {
        List<AuditEntry> entries = repository.chainAfter(lastReadId, batchSize);
        List<StoredLink> links = entries.stream()
                .map(e -> new StoredLink(e.getId(), e.content(), e.getHmac()))
                .toList();
        repository.forgetReadEntries();
        if (links.isEmpty()) {
            return false;
        }
        lastReadId = links.get(links.size() - 1).id();
        batch = links.iterator();
        return true;
    }
}
