package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditVerification;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the chain on its own: once right after start-up and then every {@code GAITWAY_AUDIT_VERIFY_SECONDS}
 * (hourly by default), and keeps the latest result, of these checks or of an administrator's, for the audit log
 * page. A broken chain is also a SEVERE line in the server log, where monitoring can see it.
 * <p>
 * Hourly: the walk reads every entry (in batches of 1,000), so its cost grows with the trail; once an hour keeps it
 * small next to the pages served, and a cut made since the last check is still reported within the hour.
 */
@ApplicationScoped
public class ChainWatch {

    private static final Logger LOG = Logger.getLogger(ChainWatch.class.getName());

    @Inject
    ChainVerifier verifier;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gaitway.audit.verify-seconds", defaultValue = "3600")
    long everySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;
    private volatile LatestCheck latest;

    /** The latest check: when, whether it ran by itself, and what it found. */
    public record LatestCheck(Instant at, boolean scheduled, AuditVerification verification) {
        public boolean intact() {
            return verification.intact();
        }

        public String explanation() {
            return verification.explanation();
        }

        public long entriesChecked() {
            return verification.entriesChecked();
        }

        /** "2026-03-01 08:00:00 UTC" for the page. */
        public String time() {
            return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString()
                            .replace('T', ' ')
                            .replace("Z", "")
                    + " UTC";
        }
    }

    /** After start-up has prepared the audit key and the checkpoints. */
    public void start() {
        long every = Math.max(1, everySeconds);
        schedule = scheduler.scheduleWithFixedDelay(this::checkQuietly, 0, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }

    public Optional<LatestCheck> latest() {
        return Optional.ofNullable(latest);
    }

    /** An administrator's check: run now, and kept as the latest. */
    AuditVerification checkNow() {
        AuditVerification verification = verifier.verify();
        latest = new LatestCheck(clock.instant(), false, verification);
        return verification;
    }

    private void checkQuietly() {
        try {
            Instant at = clock.instant();
            AuditVerification verification = verifier.verify();
            latest = new LatestCheck(at, true, verification);
            if (verification.intact()) {
                LOG.info(() -> "Audit chain checked: " + verification.entriesChecked() + " entries intact");
            } else {
                LOG.severe("Audit chain check failed: " + verification.explanation());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The scheduled audit chain check could not run", e);
        }
    }
}
