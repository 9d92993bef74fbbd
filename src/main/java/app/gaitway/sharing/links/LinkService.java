package app.gaitway.sharing.links;

import app.gaitway.programs.Program;
import app.gaitway.programs.ProgramService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Patients' private links. Therapists create one per program (a new one replaces the old), revoke it, and
 * see when it was last opened; patients' visits resolve a typed or clicked secret to the program it opens.
 * Every creation, revocation and opening is in the audit trail, by link id, never with the secret.
 */
@ApplicationScoped
public class LinkService {

    public static final String AUDIT_RECORD = "program-link";
    public static final int DEFAULT_DAYS = 180;
    public static final int MAX_DAYS = 730;

    @Inject
    LinkRepository links;

    @Inject
    ProgramService programs;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    LinkThrottle throttle;

    /** A new link with its secret, which is shown once and never stored. */
    public record Created(long linkId, LinkSecret secret, Instant expiresAt) {
    }

    /** A link as the therapist sees it in the program's list. */
    public record Status(long id, String hint, PatientLink.State state, Instant createdAt, Instant expiresAt,
                         Instant revokedAt, String revokedBy, Instant lastOpenedAt) {
    }

    /** What a visit to a link address found. */
    public sealed interface Visit permits Found, Gone, Unknown, Throttled {
    }

    public record Found(PatientLink link) implements Visit {
    }

    /** An expired or revoked link, or one whose program ended: the page says to call the clinic. */
    public record Gone(long clinicId, long programId, String reason) implements Visit {
    }

    public record Unknown() implements Visit {
    }

    public record Throttled() implements Visit {
    }

    /** Creates the program's link, revoking any earlier one. */
    @Transactional
    public Created create(long programId, int days) {
        Program program = programs.require(programId);
        if (!program.isActive()) {
            throw new Program.Ended();
        }
        Instant now = now();
        for (PatientLink old : links.lockOfProgram(programId)) {
            if (old.state(now) == PatientLink.State.ACTIVE) {
                old.revoke(now, currentUser.getFullName());
                audit.record(AuditAction.CHANGE, AUDIT_RECORD, old.getId(), AuditOutcome.SUCCESS);
            }
        }
        LinkSecret secret = LinkSecret.generate();
        int valid = Math.max(1, Math.min(MAX_DAYS, days));
        PatientLink link = new PatientLink(program.getClinicId(), programId, secret, now.plus(Duration.ofDays(valid)));
        links.add(link);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, link.getId(), AuditOutcome.SUCCESS);
        return new Created(link.getId(), secret, link.getExpiresAt());
    }

    /** Revokes the program's active link, if any; true when one was revoked. */
    @Transactional
    public boolean revoke(long programId) {
        programs.require(programId);
        Instant now = now();
        boolean any = false;
        for (PatientLink link : links.lockOfProgram(programId)) {
            if (link.state(now) == PatientLink.State.ACTIVE) {
                link.revoke(now, currentUser.getFullName());
                audit.record(AuditAction.CHANGE, AUDIT_RECORD, link.getId(), AuditOutcome.SUCCESS);
                any = true;
            }
        }
        return any;
    }

    @Transactional
    public List<Status> ofProgram(long programId) {
        programs.require(programId);
        Instant now = now();
        return links.ofProgram(programId).stream().map(l -> new Status(l.getId(), l.getHint(), l.state(now),
                l.getCreatedAt(), l.getExpiresAt(), l.getRevokedAt(), l.getRevokedByName(), l.getLastOpenedAt())).toList();
    }

    /**
     * The program's active link, if the typed secret is its secret: lets the therapist print or email a link
     * just created (the page holds the secret; the server only checks it).
     */
    @Transactional
    public Optional<PatientLink> activeWithSecret(long programId, String typed) {
        programs.require(programId);
        return LinkSecret.parse(typed).flatMap(s -> links.bySecretHash(s.hash()))
                .filter(l -> l.getProgramId() == programId && l.state(now()) == PatientLink.State.ACTIVE);
    }

    /** A patient's visit: what the secret opens. Audited (without the secret); misses count for the throttle. */
    @Transactional
    public Visit visit(String typed, String clientAddress) {
        if (throttle.isBlocked(clientAddress)) {
            return new Throttled();
        }
        Optional<PatientLink> found = LinkSecret.parse(typed).flatMap(s -> links.bySecretHash(s.hash()));
        if (found.isEmpty()) {
            throttle.recordMiss(clientAddress);
            return new Unknown();
        }
        PatientLink link = found.get();
        Instant now = now();
        PatientLink.State state = link.state(now);
        boolean programEnded = state == PatientLink.State.ACTIVE
                && !programs.isActiveFor(link.getProgramId(), link.getClinicId());
        if (state != PatientLink.State.ACTIVE || programEnded) {
            audit.recordFor(null, link.getClinicId(), clientAddress, AuditAction.VIEW, AUDIT_RECORD, link.getId(),
                    AuditOutcome.DENIED, programEnded ? "program ended" : state.name().toLowerCase());
            return new Gone(link.getClinicId(), link.getProgramId(), programEnded ? "ended" : state.name().toLowerCase());
        }
        links.noteOpened(link.getId(), now, PatientLink.openingsNotedSince(now));
        audit.recordFor(null, link.getClinicId(), clientAddress, AuditAction.VIEW, AUDIT_RECORD, link.getId(),
                AuditOutcome.SUCCESS, null);
        return new Found(link);
    }

    /**
     * The active link of a secret without recording a visit: for the pictures and the PDF of a page whose
     * opening was recorded already (the PDF's own print entry is the caller's). Misses count for the throttle.
     */
    @Transactional
    public Optional<PatientLink> active(String typed, String clientAddress) {
        if (throttle.isBlocked(clientAddress)) {
            return Optional.empty();
        }
        Optional<PatientLink> found = LinkSecret.parse(typed).flatMap(s -> links.bySecretHash(s.hash()));
        if (found.isEmpty()) {
            throttle.recordMiss(clientAddress);
        }
        return found.filter(l -> l.state(now()) == PatientLink.State.ACTIVE
                && programs.isActiveFor(l.getProgramId(), l.getClinicId()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
