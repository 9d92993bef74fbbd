package app.gaitway.shared.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Appends to the audit trail. Features call {@link #record} for every view, change,
 * print and export of patient data; the signed-in user, clinic and client address are
 * taken from the request. Inside a transaction the entry commits or rolls back with it.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    AuditContext context;

    @Inject
    @ConfigProperty(name = "gaitway.audit.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "gaitway.audit.key-file")
    Optional<String> configuredKeyFile;

    @Inject
    @ConfigProperty(name = "gaitway.data.dir", defaultValue = "./gaitway-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "gaitway.audit.new-key", defaultValue = "false")
    boolean newKeyAsked;

    /** The record type of entries about the audit trail itself (verification, export, restart). */
    public static final String AUDIT_RECORD_TYPE = "audit";

    @Inject
    Clock clock;

    private volatile AuditChain chain;

    /** Reading leaves records unchanged, so its entry need not commit with anything: it goes in a group commit. */
    private static final Set<AuditAction> READING = EnumSet.of(
            AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT, AuditAction.AUDIT_VIEW, AuditAction.AUDIT_EXPORT);

    private static final String HEAD_LOCKED = AuditTrail.class.getName() + ".headLocked";

    @Inject
    AuditBatches batches;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * At start-up, before anything is recorded: the configured key or the one in the data
     * directory. Without either, a new key is generated, but only into an empty trail, or
     * when GAITWAY_AUDIT_NEW_KEY says so: a restored database without its key would
     * otherwise be reported as tampered with from its first entry on. A new key over
     * existing entries restarts the chain, and the restart is itself the chain's first entry.
     *
     * @return the reason Gaitway cannot start, if it cannot
     */
    @Transactional
    public Optional<String> prepareKey() {
        Path dir = Path.of(dataDir);
        Path keyFile = AuditKey.file(configuredKeyFile.orElse(null), dir);
        Optional<byte[]> found = AuditKey.findAt(configuredKey.orElse(null), keyFile);
        if (found.isPresent()) {
            chain = new AuditChain(found.get());
            warnIfKeptWithTheData(keyFile, dir);
            if (newKeyAsked) {
                LOG.warning(
                        "GAITWAY_AUDIT_NEW_KEY is set, but the audit key was found: ignored, the audit chain goes on."
                                + " Remove the setting.");
            }
            return Optional.empty();
        }
        long entries =
                em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
        if (entries == 0) {
            chain = new AuditChain(AuditKey.storeAt(keyFile, AuditKey.random()));
            warnIfKeptWithTheData(keyFile, dir);
            return Optional.empty();
        }
        if (!newKeyAsked) {
            return Optional.of("Gaitway cannot start: the audit trail holds " + entries + " entries, but its key "
                    + keyFile + " is missing (and GAITWAY_AUDIT_KEY is not set). Restore audit-hmac.key"
                    + " from the backup of this data directory, or set GAITWAY_AUDIT_KEY. Only if the key is lost for good,"
                    + " start once with GAITWAY_AUDIT_NEW_KEY=true: a new chain begins, and the " + entries
                    + " entries before it can no longer be verified.");
        }
        AuditChain restarted = new AuditChain(AuditKey.random());
        chain = restarted;
        AuditChainHead head =
                em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        head.restart();
        recordFor(
                null,
                null,
                null,
                AuditAction.AUDIT_CHAIN_RESTART,
                AUDIT_RECORD_TYPE,
                null,
                AuditOutcome.SUCCESS,
                "New audit key (GAITWAY_AUDIT_NEW_KEY): the " + entries + " entries before this one were written with"
                        + " a key that is missing and can no longer be verified");
        byte[] stored = AuditKey.storeAt(keyFile, restarted.key());
        if (!java.util.Arrays.equals(stored, restarted.key())) {
            throw new IllegalStateException("Another instance wrote an audit key at the same time; start again");
        }
        LOG.warning("The audit chain was restarted with a new key (GAITWAY_AUDIT_NEW_KEY): the " + entries
                + " earlier entries can no longer be verified. Remove GAITWAY_AUDIT_NEW_KEY and back up " + keyFile);
        warnIfKeptWithTheData(keyFile, dir);
        return Optional.empty();
    }

    /**
     * A key file in the data directory travels with every copy of it: whoever holds a backup could then rewrite the
     * trail and its checkpoints and sign them anew. Kept working (existing installations), but said at every start.
     */
    private void warnIfKeptWithTheData(Path keyFile, Path dir) {
        if (configuredKey.filter(k -> !k.isBlank()).isEmpty() && AuditKey.insideDataDirectory(keyFile, dir)) {
            LOG.warning("The audit key " + keyFile + " is inside the data directory "
                    + dir.toAbsolutePath().normalize()
                    + ", next to the database: a copy of the directory (a backup) carries the key that can rewrite"
                    + " the audit trail. Move it outside and set GAITWAY_AUDIT_KEY_FILE to its new place (or set"
                    + " GAITWAY_AUDIT_KEY); see \"Audit trail\" in the README.");
        }
    }

    public AuditChain chain() {
        AuditChain c = chain;
        if (c == null) {
            throw new IllegalStateException("The audit key has not been prepared (start-up did not finish)");
        }
        return c;
    }

    /** Records an action of the signed-in user on a record (type and id; never names or notes). */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId, AuditOutcome outcome) {
        Long userId = null;
        Long clinicId = null;
        String address = null;
        try {
            Optional<AuditContext.Party> party = context.signedIn();
            if (party.isPresent()) {
                userId = party.get().userId();
                clinicId = party.get().clinicId();
            }
            address = context.clientAddress();
        } catch (ContextNotActiveException outsideRequest) {
            // start-up tasks: recorded as the system
        }
        recordFor(userId, clinicId, address, action, recordType, recordId, outcome, null);
    }

    @Transactional
    public void recordFor(
            Long userId,
            Long clinicId,
            String clientAddress,
            AuditAction action,
            String recordType,
            Object recordId,
            AuditOutcome outcome,
            String detail) {
        Function<Instant, AuditRecordContent> content = at -> new AuditRecordContent(
                at,
                userId,
                clinicId,
                action.name(),
                recordType,
                recordId == null ? null : String.valueOf(recordId),
                outcome.name(),
                clientAddress,
                detail == null ? null : truncate(detail, 300));
        if (READING.contains(action) && !holdsHead()) {
            batches.append(chain(), clock, content);
            return;
        }
        AuditChainHead head =
                em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
        AuditRecordContent written = content.apply(clock.instant());
        String hmac = chain().link(head.getLastHmac(), written);
        AuditEntry entry = new AuditEntry(written, hmac);
        em.persist(entry);
        em.flush();
        head.advance(entry.getId(), hmac);
    }

    /**
     * Whether this transaction has locked the chain's head already (it wrote an entry of its own): then a reading
     * entry goes into the same transaction, as waiting for the batch writer, which needs that lock, would never end.
     */
    private boolean holdsHead() {
        return transactions.getTransactionKey() != null && transactions.getResource(HEAD_LOCKED) != null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
