package app.gaitway.shared.audit;

import app.gaitway.shared.db.GaitwayDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Anchors the audit chain outside the database: every {@code GAITWAY_AUDIT_CHECKPOINT_SECONDS} (5 minutes by
 * default) when the chain has moved, and when Gaitway stops, it writes a signed {@link AuditCheckpoint} of the chain
 * head to the data directory and, when configured, to syslog. Verification then holds the chain against the latest
 * checkpoint, which is how cutting entries off the end (with the head row moved back) is found.
 * <p>
 * The interval bounds what can be removed unnoticed: only entries written since the last checkpoint. Five minutes
 * keeps that window short while an idle server writes nothing and a busy one at most 288 small files and datagrams
 * a day (each checkpoint is three indexed queries and a file of about 30 KB).
 * <p>
 * A checkpoint is only written when the chain still extends the previous one (that entry unchanged, and exactly the
 * entries between them present): otherwise the server would certify a chain someone has just cut short.
 */
@ApplicationScoped
public class AuditAnchor {

    private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gaitway.data.dir", defaultValue = "./gaitway-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "gaitway.audit.syslog")
    Optional<String> syslogSetting;

    @Inject
    @ConfigProperty(name = "gaitway.audit.checkpoint-seconds", defaultValue = "300")
    long everySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    // set once at start-up, read by request and scheduler threads
    private volatile AuditCheckpoints file;
    private volatile Optional<AuditSyslog> syslog = Optional.empty();
    private volatile ScheduledFuture<?> schedule;
    private volatile AuditCheckpoint lastWritten;
    private volatile String lastRefusal;

    /** What a request to checkpoint did. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        EMPTY_CHAIN,
        REFUSED
    }

    /** For the administrator's page: the latest checkpoint, where they go, and a checkpoint refused, if any. */
    public record Status(
            Optional<AuditCheckpoint> latest,
            int invalidLines,
            String file,
            Optional<String> syslog,
            Optional<String> refusal) {}

    /** After the audit key is prepared (start-up). */
    public void start() {
        file = new AuditCheckpoints(Path.of(dataDir));
        syslog = AuditSyslog.configured(syslogSetting.orElse(null));
        AuditCheckpoints.Read read = file.read(trail.chain());
        if (read.invalidLines() > 0) {
            LOG.warning(read.invalidLines() + " lines of " + file.file() + " are not checkpoints signed with this"
                    + " installation's audit key (forged, damaged, or written under an earlier key): ignored");
        }
        long every = Math.max(1, everySeconds);
        schedule = scheduler.scheduleWithFixedDelay(this::checkpointQuietly, every, every, TimeUnit.SECONDS);
        LOG.info(() -> "Audit checkpoints every " + every + " s (when the chain moved) into " + file.file()
                + syslog.map(s -> " and to syslog at " + s.describe()).orElse(""));
    }

    @PreDestroy
    void stop() {
        if (schedule == null) {
            return;
        }
        schedule.cancel(false);
        checkpointQuietly();
    }

    private void checkpointQuietly() {
        try {
            checkpointIfMoved();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit checkpoint could not be written", e);
        }
    }

    /** Writes a checkpoint of the chain as it stands, unless it has not moved since the last one. */
    public synchronized Outcome checkpointIfMoved() {
        if (file == null) {
            throw new IllegalStateException("Audit checkpoints have not been started");
        }
        AuditChain chain = trail.chain();
        try (Connection db =
                GaitwayDataSource.create(GaitwayDataSource.currentSettings()).getConnection()) {
            db.setReadOnly(true);
            Head head = head(db);
            if (head.lastEntryId() == null || head.entryCount() == 0) {
                return Outcome.EMPTY_CHAIN;
            }
            Optional<AuditCheckpoint> previous = latest();
            if (previous.isPresent()
                    && previous.get().entryCount() == head.entryCount()
                    && previous.get().headHmac().equals(head.lastHmac())) {
                return Outcome.UNCHANGED;
            }
            if (previous.isPresent()) {
                Optional<String> broken = whyNotExtending(db, previous.get(), head);
                if (broken.isPresent()) {
                    lastRefusal = broken.get();
                    LOG.severe("Audit checkpoint refused: " + broken.get()
                            + " The chain check on the audit log page says how many entries are missing.");
                    return Outcome.REFUSED;
                }
            }
            AuditCheckpoint checkpoint = AuditCheckpoint.sign(
                    chain, clock.instant(), head.entryCount(), head.lastEntryId(), head.lastHmac());
            file.append(checkpoint);
            lastWritten = checkpoint;
            lastRefusal = null;
            syslog.ifPresent(s -> s.send(checkpoint, clock.instant()));
            return Outcome.WRITTEN;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain head could not be read for a checkpoint", e);
        }
    }

    /**
     * The latest checkpoint of this chain: the one with the most entries, from the file or written by this process
     * (should the file have been removed or rolled back meanwhile).
     */
    public Optional<AuditCheckpoint> latest() {
        AuditChain chain = trail.chain();
        return Stream.concat(file.read(chain).latest().stream(), Optional.ofNullable(lastWritten).stream())
                .max(Comparator.comparingLong(AuditCheckpoint::entryCount).thenComparing(AuditCheckpoint::time));
    }

    public Status status() {
        AuditCheckpoints.Read read = file.read(trail.chain());
        return new Status(
                latest(),
                read.invalidLines(),
                file.file().toString(),
                syslog.map(AuditSyslog::describe),
                Optional.ofNullable(lastRefusal));
    }

    private record Head(Long lastEntryId, String lastHmac, long entryCount) {}

    private static Head head(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                        "SELECT last_entry_id, last_hmac, entry_count FROM audit_chain_head WHERE id = ?");
                ResultSet row = query(select, AuditChainHead.THE_ONLY_ROW)) {
            if (!row.next()) {
                throw new SQLException("The audit chain's head row is missing");
            }
            long last = row.getLong(1);
            return new Head(row.wasNull() ? null : last, row.getString(2), row.getLong(3));
        }
    }

    /** Why the chain as it stands does not extend the checkpoint, if it does not. */
    private static Optional<String> whyNotExtending(Connection db, AuditCheckpoint previous, Head head)
            throws SQLException {
        String hmac;
        try (PreparedStatement select = db.prepareStatement("SELECT hmac FROM audit_entry WHERE id = ?");
                ResultSet row = query(select, previous.lastEntryId())) {
            hmac = row.next() ? row.getString(1) : null;
        }
        if (!previous.headHmac().equals(hmac)) {
            return Optional.of("entry #" + previous.lastEntryId() + ", the last one of the checkpoint of "
                    + previous.time() + ", is " + (hmac == null ? "gone." : "no longer the one it recorded."));
        }
        long since;
        try (PreparedStatement count =
                db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE id > ? AND id <= ?")) {
            count.setLong(1, previous.lastEntryId());
            count.setLong(2, head.lastEntryId());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                since = row.getLong(1);
            }
        }
        long expected = head.entryCount() - previous.entryCount();
        if (since != expected) {
            return Optional.of("the chain head counts " + head.entryCount() + " entries, the checkpoint of "
                    + previous.time() + " " + previous.entryCount() + ", but " + since
                    + " entries follow that checkpoint's last entry.");
        }
        return Optional.empty();
    }

    private static ResultSet query(PreparedStatement statement, long id) throws SQLException {
        statement.setLong(1, id);
        return statement.executeQuery();
    }
}
