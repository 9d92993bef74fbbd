package app.gaitway.shared.audit;

import app.gaitway.shared.db.GaitwayDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the entries of reading (views, prints, exports) in group commits: one writer appends every entry waiting
 * to the chain in one transaction, and each request waits until its entry is committed before it answers. Before,
 * every page view locked the chain's head row for its own transaction: under 64 connections requests queued on
 * that lock until H2's lock timeout and failed with 500 (issue 14's benchmark). Now the head row is taken once per
 * batch, so a busy server writes more entries per commit instead of waiting longer.
 * <p>
 * The writer has a connection of its own, outside the server's pool: requests wait for it while holding pooled
 * connections, and it must never wait for one of those. Entries keep the order in which they reached the queue;
 * none is lost (a request whose entry could not be written fails, as it did when its own transaction failed).
 */
@ApplicationScoped
public class AuditBatches {

    private static final Logger LOG = Logger.getLogger(AuditBatches.class.getName());

    /** Enough to take a burst in one commit; a commit of this many rows stays a few milliseconds. */
    private static final int MOST_PER_COMMIT = 500;

    private static final long WAIT_SECONDS = 30;

    private record Pending(Function<Instant, AuditRecordContent> content, CompletableFuture<Void> written) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    @Resource
    ManagedThreadFactory threads;

    private Thread writer;
    private volatile boolean stopping;
    private Connection connection;

    /**
     * Appends an entry and returns once it is committed. The content is completed with the time of writing, as every
     * entry's time is taken when its place in the chain is (so times never go backwards along the chain).
     */
    void append(AuditChain chain, java.time.Clock clock, Function<Instant, AuditRecordContent> content) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        startOnce(chain, clock);
        queue.add(new Pending(content, written));
        try {
            written.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit entry was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The audit entry could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The audit entry was not written within " + WAIT_SECONDS + " s", e);
        }
    }

    /**
     * Appends an entry without waiting for it: for refused requests, whose answer tells nothing and must not wait on
     * the disk (a flood of them would otherwise hold a request thread each). The caller bounds how many it offers.
     */
    void offer(AuditChain chain, java.time.Clock clock, Function<Instant, AuditRecordContent> content) {
        startOnce(chain, clock);
        queue.add(new Pending(content, new CompletableFuture<>()));
    }

    private synchronized void startOnce(AuditChain chain, java.time.Clock clock) {
        if (writer == null) {
            writer = threads.newThread(() -> writeUntilStopped(chain, clock));
            writer.setName("gaitway-audit-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread w;
        synchronized (this) {
            w = writer;
        }
        if (w != null) {
            w.interrupt();
        }
    }

    private void writeUntilStopped(AuditChain chain, java.time.Clock clock) {
        List<Pending> batch = new ArrayList<>();
        while (!stopping) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MOST_PER_COMMIT - 1);
                write(batch, chain, clock);
                batch.forEach(p -> p.written().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Audit entries could not be written (" + batch.size() + " in the batch)", e);
                closeConnection();
                batch.forEach(p -> p.written().completeExceptionally(e));
            }
            batch.clear();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.written().completeExceptionally(new IllegalStateException("The server is stopping")));
        closeConnection();
    }

    private void write(List<Pending> batch, AuditChain chain, java.time.Clock clock) throws SQLException {
        Connection c = connection();
        try {
            String hmac;
            try (PreparedStatement head =
                    c.prepareStatement("SELECT last_hmac FROM audit_chain_head WHERE id = ? FOR UPDATE")) {
                head.setInt(1, AuditChainHead.THE_ONLY_ROW);
                try (ResultSet row = head.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("The audit chain's head row is missing");
                    }
                    hmac = row.getString(1);
                }
            }
            Instant now = clock.instant();
            long lastId = 0;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_entry (occurred_at, user_id, clinic_id, action, record_type, record_id,"
                            + " outcome, client_address, detail, hmac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (Pending p : batch) {
                    AuditRecordContent content = p.content().apply(now);
                    hmac = chain.link(hmac, content);
                    insert.setObject(1, OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC));
                    setLong(insert, 2, content.userId());
                    setLong(insert, 3, content.clinicId());
                    insert.setString(4, content.action());
                    insert.setString(5, content.recordType());
                    insert.setString(6, content.recordId());
                    insert.setString(7, content.outcome());
                    insert.setString(8, content.clientAddress());
                    insert.setString(9, content.detail());
                    insert.setString(10, hmac);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        lastId = key.getLong(1);
                    }
                }
            }
            try (PreparedStatement advance = c.prepareStatement(
                    "UPDATE audit_chain_head SET last_entry_id = ?, last_hmac = ?, entry_count = entry_count + ?"
                            + " WHERE id = ?")) {
                advance.setLong(1, lastId);
                advance.setString(2, hmac);
                advance.setLong(3, batch.size());
                advance.setInt(4, AuditChainHead.THE_ONLY_ROW);
                advance.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = GaitwayDataSource.create(GaitwayDataSource.currentSettings())
                    .getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is being dropped anyway; the next batch opens a new one
            }
            connection = null;
        }
    }
}
