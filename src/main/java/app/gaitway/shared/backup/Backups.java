package app.gaitway.shared.backup;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditContext;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.db.DatabaseSettings;
import app.gaitway.shared.db.GaitwayDataSource;
import app.gaitway.shared.startup.StartupGuard;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's own backups of its H2 database, taken while it serves (see {@link H2Backup}): nightly at the
 * configured time and whenever the installation owner asks. One at a time; each one is in the audit trail, and the
 * last failure is kept for the administration page and logged (its cause, never data). On PostgreSQL the database
 * server's own tools back up (pg_dump); the server takes none.
 *
 * <p>The owner's "back up now" runs on the managed executor, not on the request: on 10,000 patients a backup took
 * 18–30 s (issue 15's measurement), longer than a browser or a proxy should be kept waiting, and a second press
 * meanwhile is answered "already running" instead of queueing another copy.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    AuditContext auditContext;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** When the backup being taken began; null while none is. */
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    private volatile BackupSettings settings;
    private volatile Failure lastFailure;
    private volatile ScheduledFuture<?> nightly;

    /** A backup that failed: when, and why in a line without data. */
    public record Failure(Instant at, String reason) {}

    /** What the page shows: whether this server backs up, where, what is kept and when. */
    public record Status(
            boolean available,
            String directory,
            int keep,
            Optional<String> nightlyAtUtc,
            List<BackupFile> backups,
            Optional<Failure> lastFailure,
            Optional<Instant> runningSince) {}

    /** The answer to "back up now". */
    public sealed interface Outcome {
        record Taken(BackupFile file) implements Outcome {}

        /** Begun in the background; the page lists it once it is written. */
        record Started() implements Outcome {}

        record AlreadyRunning() implements Outcome {}

        record Failed(Failure failure) implements Outcome {}

        record NotOnThisDatabase() implements Outcome {}
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            settings = BackupSettings.from(Backups::configValue);
        } catch (IllegalArgumentException e) {
            StartupGuard.refuse("Gaitway cannot start: " + e.getMessage() + ".");
            return;
        }
        if (!onH2()) {
            return;
        }
        settings.at()
                .ifPresentOrElse(
                        at -> {
                            LOG.info(() -> "Nightly backups at " + at + " UTC into " + settings.dir()
                                    + ", keeping the last " + settings.keep());
                            scheduleNext();
                        },
                        () -> LOG.info("Nightly backups are off (GAITWAY_BACKUP_AT=off)"));
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> next = nightly;
        if (next != null) {
            next.cancel(false);
        }
    }

    private void scheduleNext() {
        settings.at().ifPresent(at -> {
            Duration wait = NightlySchedule.until(at, clock.instant());
            nightly = scheduler.schedule(this::nightlyBackup, wait.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void nightlyBackup() {
        try {
            backUp(null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup could not run", e);
        } finally {
            scheduleNext();
        }
    }

    /**
     * Begins a backup in the background for the signed-in owner, unless one is being taken; audited as theirs. The
     * caller is captured here, on the request, because the executor's thread has no request to ask.
     */
    public Outcome start() {
        if (!onH2()) {
            return new Outcome.NotOnThisDatabase();
        }
        Actor actor = new Actor(auditContext.signedIn(), auditContext.clientAddress());
        if (!runningSince.compareAndSet(null, clock.instant())) {
            return new Outcome.AlreadyRunning();
        }
        try {
            scheduler.execute(() -> {
                try {
                    takeHoldingTheMark(actor);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "The backup could not run", e);
                }
            });
        } catch (RejectedExecutionException e) {
            runningSince.set(null);
            Failure failure = new Failure(clock.instant(), reason(e));
            lastFailure = failure;
            return new Outcome.Failed(failure);
        }
        return new Outcome.Started();
    }

    /** Takes a backup now on this thread, unless one is being taken; audited as the actor's (null: the system). */
    Outcome backUp(Actor actor) {
        if (!onH2()) {
            return new Outcome.NotOnThisDatabase();
        }
        if (!runningSince.compareAndSet(null, clock.instant())) {
            return new Outcome.AlreadyRunning();
        }
        return takeHoldingTheMark(actor);
    }

    /** Who asked for a backup, as the audit trail records them. */
    record Actor(Optional<AuditContext.Party> party, String address) {}

    private Outcome takeHoldingTheMark(Actor actor) {
        try {
            long started = System.nanoTime();
            BackupDirectory dir = new BackupDirectory(settings.dir());
            BackupFile file;
            try (Connection db = GaitwayDataSource.create(GaitwayDataSource.currentSettings())
                    .getConnection()) {
                file = H2Backup.take(db, dir, clock.instant());
            } catch (SQLException | IOException | RuntimeException e) {
                Failure failure = new Failure(clock.instant(), reason(e));
                lastFailure = failure;
                LOG.severe(() -> "Backup into " + settings.dir() + " failed: " + failure.reason());
                audited(actor, null, AuditOutcome.FAILURE);
                return new Outcome.Failed(failure);
            }
            lastFailure = null;
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.info(() -> "Backup " + file.name() + " written (" + file.bytes() + " bytes in " + millis + " ms)");
            pruneQuietly(dir);
            audited(actor, file.name(), AuditOutcome.SUCCESS);
            return new Outcome.Taken(file);
        } finally {
            runningSince.set(null);
        }
    }

    private void audited(Actor actor, String fileName, AuditOutcome outcome) {
        if (actor == null) {
            audit.record(AuditAction.BACKUP, "backup", fileName, outcome);
            return;
        }
        audit.recordFor(
                actor.party().map(AuditContext.Party::userId).orElse(null),
                actor.party().map(AuditContext.Party::clinicId).orElse(null),
                actor.address(),
                AuditAction.BACKUP,
                "backup",
                fileName,
                outcome,
                null);
    }

    public Status status() {
        boolean available = onH2();
        List<BackupFile> files = List.of();
        if (available) {
            try {
                files = new BackupDirectory(settings.dir()).list();
            } catch (IOException e) {
                LOG.warning(() -> "Cannot list the backups in " + settings.dir() + ": " + reason(e));
            }
        }
        return new Status(
                available,
                settings.dir().toString(),
                settings.keep(),
                settings.at().map(Object::toString),
                files,
                Optional.ofNullable(lastFailure),
                Optional.ofNullable(runningSince.get()));
    }

    private void pruneQuietly(BackupDirectory dir) {
        try {
            int deleted = dir.prune(settings.keep());
            if (deleted > 0) {
                LOG.info(() -> deleted + " older backup(s) deleted, keeping the last " + settings.keep());
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete older backups in " + settings.dir() + ": " + reason(e));
        }
    }

    private static boolean onH2() {
        DatabaseSettings db = GaitwayDataSource.currentSettings();
        return db.isH2();
    }

    /**
     * The cause in one line: the kind of failure and the database's error code or the file system's message (a
     * path, a disk full); never the data being copied.
     */
    static String reason(Exception e) {
        if (e instanceof SQLException sql) {
            String message = sql.getMessage() == null
                    ? ""
                    : sql.getMessage().lines().findFirst().orElse("");
            return "database error " + sql.getErrorCode() + ": " + message;
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String configValue(String key) {
        Config config = ConfigProvider.getConfig(Backups.class.getClassLoader());
        return config.getOptionalValue(key, String.class).orElse(null);
    }
}
