package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAnchor;

import java.util.Optional;

/** What the audit log page says about the chain: the latest check and the latest checkpoint. */
public record ChainStatus(Optional<ChainWatch.LatestCheck> check, AuditAnchor.Status checkpoints) {

    public boolean checked() {
        return check.isPresent();
    }

    public ChainWatch.LatestCheck latest() {
        return check.orElse(null);
    }

    public boolean hasCheckpoint() {
        return checkpoints.latest().isPresent();
    }

    /** "2026-03-01 08:00:00 UTC" of the latest checkpoint, or null. */
    public String checkpointTime() {
        return checkpoints
                .latest()
                .map(c -> c.time().toString().replace('T', ' ').replace("Z", "") + " UTC")
                .orElse(null);
    }

    public Long checkpointEntries() {
        return checkpoints.latest().map(c -> c.entryCount()).orElse(null);
    }

    public String syslog() {
        return checkpoints.syslog().orElse(null);
    }

    public String refusal() {
        return checkpoints.refusal().orElse(null);
    }

    public int invalidLines() {
        return checkpoints.invalidLines();
    }
}
