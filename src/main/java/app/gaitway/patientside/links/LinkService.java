package app.gaitway.patientside.links;

import app.gaitway.programs.Program;
import app.gaitway.programs.ProgramService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Patients' private links. Therapists create one per program (a new one replaces the old), revoke it, show,
 * print or email the active one again at any time, and see when it was last opened; patients' visits resolve a
 * typed or clicked secret to the program it opens. Every creation, revocation, showing again and opening is in
 * the audit trail, by link id, never with the secret.
 */
@ApplicationScoped
public class LinkService {

    public static final String AUDIT_RECORD = "program-link";
    public static final int DEFAULT_DAYS = 180;
    public static final int MAX_DAYS = 730;

    @Inject
    Clock clock;

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

    @Inject
    LinkKeys keys;

    private static final Logger LOG = Logger.getLogger(LinkService.class.getName());

    /** A new link. */
    public record Created(long linkId, Instant expiresAt) {}

    /** Whether staff can show a link again, as far as is known without opening its secret. */
    public enum Reprint {
        READY,
        NOT_KEPT,
        OTHER_KEY
    }

    /** A link as the therapist sees it in the program's list. */
    public record Status(
            long id,
            String hint,
            PatientLink.State state,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            String revokedBy,
            Instant lastOpenedAt,
            Reprint reprint) {}

    /** Why staff want the secret of the program's link again: each is audited as its own action. */
    public enum Purpose {
        SHOW(AuditAction.VIEW, "shown again"),
        PRINT(AuditAction.PRINT, "printed again"),
        EMAIL(AuditAction.EXPORT, "emailed");

        final AuditAction action;
        final String done;

        Purpose(AuditAction action, String done) {
            this.action = action;
            this.done = done;
        }
    }

    /** What asking for the active link's secret gave. */
    public sealed interface Reveal permits Revealed, NotKept, CannotOpen, NoActiveLink {}

    public record Revealed(PatientLink link, LinkSecret secret) implements Reveal {}

    /** Made before Gaitway kept secrets: it works, but only replacing it gives something to print. */
    public record NotKept(PatientLink link) implements Reveal {}

    /**
     * Kept, but this server cannot open it: sealed under another key ({@code otherKey}: a database restored
     * without its link key), or altered. The link still opens for the patient.
     */
    public record CannotOpen(PatientLink link, boolean otherKey) implements Reveal {}

    /** No active link (none made, revoked, expired, or the program ended). */
    public record NoActiveLink() implements Reveal {}

    /** What a visit to a link address found. */
    public sealed interface Visit permits Found, Gone, Unknown, Throttled {}

    public record Found(PatientLink link) implements Visit {}

    /** An expired or revoked link, or one whose program ended: the page says to call the clinic. */
    public record Gone(long clinicId, long programId, String reason) implements Visit {}

    public record Unknown() implements Visit {}

    public record Throttled() implements Visit {}

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
            } else if (old.keepsSecret()) {
                old.forgetSecret();
            }
        }
        LinkSecret secret = LinkSecret.generate();
        int valid = Math.max(1, Math.min(MAX_DAYS, days));
        PatientLink link =
                new PatientLink(program.getClinicId(), programId, secret, now.plus(Duration.ofDays(valid)), sealer());
        links.add(link);
        audit.record(AuditAction.CHANGE, AUDIT_RECORD, link.getId(), AuditOutcome.SUCCESS);
        return new Created(link.getId(), link.getExpiresAt());
    }

    /**
     * The program's active link with its secret, for staff of the program's clinic (another clinic's program is
     * "not found"). Audited as the purpose's action with the program's id, never the secret: showing at once, a
     * print or an email by {@link #done} once it was made or sent. A secret that cannot be opened is audited as a
     * failure, and one that fails its check is also logged (by link id): someone may have altered the database.
     */
    @Transactional
    public Reveal reveal(long programId, Purpose purpose) {
        Program program = programs.require(programId);
        Instant now = now();
        Optional<PatientLink> active = program.isActive()
                ? links.ofProgram(programId).stream()
                        .filter(l -> l.state(now) == PatientLink.State.ACTIVE)
                        .findFirst()
                : Optional.empty();
        if (active.isEmpty()) {
            return new NoActiveLink();
        }
        PatientLink link = active.get();
        Reveal reveal =
                link.openSecret(sealer()).map(opened -> revealOf(link, opened)).orElseGet(() -> new NotKept(link));
        if (reveal instanceof CannotOpen c && !c.otherKey()) {
            LOG.warning(() -> "Program link " + link.getId() + ": its kept secret fails its check (altered or moved in"
                    + " the database); it cannot be shown again. The link still opens; replace it to print a new one.");
        }
        if (reveal instanceof Revealed) {
            if (purpose == Purpose.SHOW) {
                auditReveal(link, purpose, AuditOutcome.SUCCESS, purpose.done);
            }
        } else {
            String why = reveal instanceof NotKept
                    ? "made before links were kept"
                    : ((CannotOpen) reveal).otherKey() ? "kept under another key" : "fails its check";
            auditReveal(link, purpose, AuditOutcome.FAILURE, "not " + purpose.done + ": " + why);
        }
        return reveal;
    }

    private static Reveal revealOf(PatientLink link, SealedSecrets.Opened opened) {
        if (opened instanceof SealedSecrets.Opened.Secret s) {
            return new Revealed(link, s.secret());
        }
        return new CannotOpen(link, opened instanceof SealedSecrets.Opened.OtherKey);
    }

    /** Records whether the link, revealed to print or email, was printed or sent. */
    @Transactional
    public void done(PatientLink link, Purpose purpose, AuditOutcome outcome) {
        auditReveal(
                link,
                purpose,
                outcome,
                outcome == AuditOutcome.SUCCESS ? purpose.done : "not " + purpose.done + ": failed");
    }

    private void auditReveal(PatientLink link, Purpose purpose, AuditOutcome outcome, String what) {
        audit.recordFor(
                currentUser.id(),
                currentUser.clinicId(),
                currentUser.clientAddress(),
                purpose.action,
                AUDIT_RECORD,
                link.getId(),
                outcome,
                "program " + link.getProgramId() + ": " + what);
    }

    private SealedSecrets sealer() {
        return keys.sealer().orElseThrow(() -> new IllegalStateException("The link key has not been prepared"));
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
        String keyId = sealer().keyId();
        return links.ofProgram(programId).stream()
                .map(l -> new Status(
                        l.getId(),
                        l.getHint(),
                        l.state(now),
                        l.getCreatedAt(),
                        l.getExpiresAt(),
                        l.getRevokedAt(),
                        l.getRevokedByName(),
                        l.getLastOpenedAt(),
                        !l.keepsSecret() ? Reprint.NOT_KEPT : l.sealedUnder(keyId) ? Reprint.READY : Reprint.OTHER_KEY))
                .toList();
    }

    /** A patient's visit: what the secret opens. Audited (without the secret); misses count for the throttle. */
    @Transactional
    public Visit visit(String typed, String clientAddress) {
        if (throttle.isBlocked(clientAddress, typed)) {
            return new Throttled();
        }
        Optional<PatientLink> found = LinkSecret.parse(typed).flatMap(s -> links.bySecretHash(s.hash()));
        if (found.isEmpty()) {
            throttle.recordMiss(clientAddress, typed);
            return new Unknown();
        }
        throttle.recordHit(clientAddress, typed);
        PatientLink link = found.get();
        Instant now = now();
        PatientLink.State state = link.state(now);
        boolean programEnded =
                state == PatientLink.State.ACTIVE && !programs.isActiveFor(link.getProgramId(), link.getClinicId());
        if (state != PatientLink.State.ACTIVE || programEnded) {
            audit.recordFor(
                    null,
                    link.getClinicId(),
                    clientAddress,
                    AuditAction.VIEW,
                    AUDIT_RECORD,
                    link.getId(),
                    AuditOutcome.DENIED,
                    programEnded ? "program ended" : state.name().toLowerCase());
            return new Gone(
                    link.getClinicId(),
                    link.getProgramId(),
                    programEnded ? "ended" : state.name().toLowerCase());
        }
        links.noteOpened(link.getId(), now, PatientLink.openingsNotedSince(now));
        audit.recordFor(
                null,
                link.getClinicId(),
                clientAddress,
                AuditAction.VIEW,
                AUDIT_RECORD,
                link.getId(),
                AuditOutcome.SUCCESS,
                null);
        return new Found(link);
    }

    /**
     * The active link of a secret without recording a visit: for the pictures and the PDF of a page whose
     * opening was recorded already (the PDF's own print entry is the caller's). Misses count for the throttle.
     */
    @Transactional
    public Optional<PatientLink> active(String typed, String clientAddress) {
        if (throttle.isBlocked(clientAddress, typed)) {
            return Optional.empty();
        }
        Optional<PatientLink> found = LinkSecret.parse(typed).flatMap(s -> links.bySecretHash(s.hash()));
        if (found.isEmpty()) {
            throttle.recordMiss(clientAddress, typed);
        } else {
            throttle.recordHit(clientAddress, typed);
        }
        return found.filter(l ->
                l.state(now()) == PatientLink.State.ACTIVE && programs.isActiveFor(l.getProgramId(), l.getClinicId()));
    }

    private Instant now() {
        return AppClock.now(clock);
    }
}
