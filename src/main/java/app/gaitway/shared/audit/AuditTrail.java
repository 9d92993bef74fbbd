package app.gaitway.shared.audit;

import app.gaitway.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends to the audit trail. Features call {@link #record} for every view, change,
 * print and export of patient data; the signed-in user, clinic and client address are
 * taken from the request. Inside a transaction the entry commits or rolls back with it.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "gaitway.audit.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "gaitway.data.dir", defaultValue = "./gaitway-data")
    String dataDir;

    private final Clock clock = Clock.systemUTC();
    private AuditChain chain;

    @PostConstruct
    void loadKey() {
        chain = new AuditChain(AuditKey.resolve(configuredKey.orElse(null), Path.of(dataDir)));
    }

    /** Creates the key on first start (when not configured), before anything is recorded. */
    public void prepareKey() {
        chain();
    }

    AuditChain chain() {
        return chain;
    }

    /** Records an action of the signed-in user on a record (type and id; never names or notes). */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId, AuditOutcome outcome) {
        Long userId = null;
        Long clinicId = null;
        String address = null;
        try {
            if (currentUser.isSignedIn()) {
                userId = currentUser.id();
                clinicId = currentUser.clinicId();
            }
            address = currentUser.clientAddress();
        } catch (ContextNotActiveException outsideRequest) {
            // start-up tasks: recorded as the system
        }
        recordFor(userId, clinicId, address, action, recordType, recordId, outcome, null);
    }

    @Transactional
    public void recordFor(Long userId, Long clinicId, String clientAddress, AuditAction action,
                          String recordType, Object recordId, AuditOutcome outcome, String detail) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ROW, LockModeType.PESSIMISTIC_WRITE);
        var content = new AuditRecordContent(clock.instant(), userId, clinicId, action.name(), recordType,
                recordId == null ? null : String.valueOf(recordId), outcome.name(), clientAddress,
                detail == null ? null : truncate(detail, 300));
        String hmac = chain.link(head.getLastHmac(), content);
        AuditEntry entry = new AuditEntry(content, hmac);
        em.persist(entry);
        em.flush();
        head.advance(entry.getId(), hmac);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
