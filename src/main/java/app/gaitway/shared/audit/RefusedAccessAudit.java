package app.gaitway.shared.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Records refused requests (403, 404 on patient data, a patient link that does not exist, a CSRF failure, 429) in
 * the audit trail without letting a flood of them hold the server up: the request never waits for its entry (it goes
 * to the group-commit writer, {@link AuditBatches}), and at most {@value #MOST_PER_WINDOW} are recorded one by one
 * per {@value #WINDOW_SECONDS} seconds. Beyond that they are counted by kind, and one entry per window says how many
 * were not recorded one by one, so the trail shows the flood without growing by one row per attacking request.
 * <p>
 * A clinic refuses a handful of requests an hour (a mistyped link, an expired session's form), far below the bound;
 * it is reached by scanners and floods, and then caps the trail's growth at about 10 rows a second.
 */
@ApplicationScoped
public class RefusedAccessAudit {

    static final int MOST_PER_WINDOW = 100;
    static final int WINDOW_SECONDS = 10;

    /** What was refused; the kind is stored as the entry's record type. */
    public enum Kind {
        FORBIDDEN("forbidden"),
        NOT_FOUND("not-found"),
        PATIENT_LINK_MISS("patient-link-miss"),
        CSRF("csrf"),
        THROTTLED("throttled");

        private final String recordType;

        Kind(String recordType) {
            this.recordType = recordType;
        }

        public String recordType() {
            return recordType;
        }
    }

    /** The record type of the entry that counts the refusals not recorded one by one. */
    static final String FLOOD_RECORD_TYPE = "refusals-not-itemised";

    @Inject
    AuditTrail trail;

    @Inject
    AuditBatches batches;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Object lock = new Object();
    private final Map<Kind, Long> notItemised = new EnumMap<>(Kind.class);
    private int inWindow;
    private ScheduledFuture<?> windows;

    @PostConstruct
    void start() {
        windows = scheduler.scheduleAtFixedRate(this::closeWindow, WINDOW_SECONDS, WINDOW_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (windows != null) {
            windows.cancel(false);
        }
    }

    /**
     * Whether this refusal gets an entry of its own; if not, it has been counted. Asked first, so that a flood costs
     * no look-up of who is signed in.
     */
    public boolean admit(Kind kind) {
        synchronized (lock) {
            if (inWindow < MOST_PER_WINDOW) {
                inWindow++;
                return true;
            }
            notItemised.merge(kind, 1L, Long::sum);
            return false;
        }
    }

    /**
     * Records an admitted refusal: who (if anyone was signed in), from where, and the route (method and path, ids
     * only; the caller leaves out query strings and link secrets). Does not wait for the entry to be written.
     */
    public void record(Kind kind, Long userId, Long clinicId, String clientAddress, String route) {
        AuditChain chain = trail.chain();
        batches.offer(
                chain,
                clock,
                at -> new AuditRecordContent(
                        at,
                        userId,
                        clinicId,
                        AuditAction.ACCESS_REFUSED.name(),
                        kind.recordType(),
                        null,
                        AuditOutcome.DENIED.name(),
                        clientAddress,
                        truncate(route)));
    }

    /** Starts a new window; the refusals of the last one that were only counted get one entry. */
    void closeWindow() {
        Map<Kind, Long> counted;
        synchronized (lock) {
            inWindow = 0;
            if (notItemised.isEmpty()) {
                return;
            }
            counted = new EnumMap<>(notItemised);
            notItemised.clear();
        }
        long total = counted.values().stream().mapToLong(Long::longValue).sum();
        String detail = total + " more refused requests in " + WINDOW_SECONDS + " s, not recorded one by one: "
                + counted.entrySet().stream()
                        .map(e -> e.getKey().recordType() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
        batches.offer(
                trail.chain(),
                clock,
                at -> new AuditRecordContent(
                        at,
                        null,
                        null,
                        AuditAction.ACCESS_REFUSED.name(),
                        FLOOD_RECORD_TYPE,
                        null,
                        AuditOutcome.DENIED.name(),
                        null,
                        detail));
    }

    private static String truncate(String value) {
        return value.length() <= 300 ? value : value.substring(0, 300);
    }
}
