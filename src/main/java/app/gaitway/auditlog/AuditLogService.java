package app.gaitway.auditlog;

import app.gaitway.security.CurrentUser;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditAnchor;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.audit.AuditVerification;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as administrators read it: their own clinic's entries (the installation
 * owner's also those of no clinic), paged newest first, exported as CSV, and the check
 * of the whole installation's chain. Every use is itself recorded.
 * <p>
 * Reading the log is recorded once per page shown (AUDIT_VIEW), after the page was read
 * so it does not list itself: who looked at staff members' sign-ins and addresses is
 * worth knowing, and an administrator produces a handful of such entries a day, not a flood.
 */
@ApplicationScoped
public class AuditLogService {

    /** Above this many staff, the user filter is a search field rather than a select. */
    static final int MAX_USERS_IN_SELECT = 200;

    static final int PAGE_SIZE = 50;
    static final int VERIFY_BATCH_SIZE = 1000;
    static final String RECORD_TYPE = AuditTrail.AUDIT_RECORD_TYPE;

    static final List<String> CSV_COLUMNS =
            List.of("id", "time", "userId", "user", "action", "recordType", "recordId", "outcome", "address", "detail");

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLogRepository repository;

    @Inject
    AuditTrail trail;

    @Inject
    ChainWatch watch;

    @Inject
    AuditAnchor anchor;

    @Inject
    AuditLabels labels;

    @Inject
    Messages messages;

    /** The selects of the filter form; users are those of the administrator's clinic only. */
    public AuditFilterOptions filterOptions() {
        AuditScope scope = scope();
        List<Choice> users = new ArrayList<>();
        users.add(new Choice("", messages.get("audit.filter.anyUser")));
        boolean searchUsers = repository.countUsersOfClinic(scope.clinicId()) > MAX_USERS_IN_SELECT;
        if (!searchUsers) {
            users.addAll(repository.usersOfClinic(scope.clinicId()));
        }
        return new AuditFilterOptions(List.copyOf(users), searchUsers, labels.actionChoices(), labels.outcomeChoices());
    }

    /** The id of the administrator's clinic user named by id or email; empty for anyone else. */
    public Optional<Long> clinicUser(String typed) {
        long clinicId = scope().clinicId();
        return WholeNumbers.parseLong(typed)
                .map(id -> repository.userIdInClinic(id, clinicId))
                .orElseGet(() -> repository.userIdByEmailInClinic(typed, clinicId));
    }

    /**
     * A page of entries: the newest, or those older than {@code before}, or newer than
     * {@code after} (cursor tokens from the page's links; a damaged token is ignored).
     */
    public AuditLogPage page(AuditFilter filter, String before, String after) {
        AuditScope scope = scope();
        AuditLogPage page = AuditCursor.parse(after)
                .flatMap(cursor -> newerPage(scope, filter, cursor))
                .orElseGet(
                        () -> olderPage(scope, filter, AuditCursor.parse(before).orElse(null)));
        record(AuditAction.AUDIT_VIEW, AuditOutcome.SUCCESS, filter.describe());
        return page;
    }

    private AuditLogPage olderPage(AuditScope scope, AuditFilter filter, AuditCursor before) {
        List<AuditRow> rows = repository.rows(scope, filter, before, false, PAGE_SIZE + 1);
        boolean hasOlder = rows.size() > PAGE_SIZE;
        return AuditLogPage.of(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), filter, before != null, hasOlder);
    }

    /** Empty when there is no full page newer than the cursor: then the newest page is shown. */
    private Optional<AuditLogPage> newerPage(AuditScope scope, AuditFilter filter, AuditCursor after) {
        List<AuditRow> rows = repository.rows(scope, filter, after, true, PAGE_SIZE + 1);
        if (rows.size() <= PAGE_SIZE) {
            return Optional.empty();
        }
        List<AuditRow> page = new ArrayList<>(rows.subList(0, PAGE_SIZE));
        Collections.reverse(page);
        return Optional.of(AuditLogPage.of(page, filter, true, true));
    }

    /** Records the export and fixes its scope; the rows are read while the response is written. */
    public AuditExport startExport(AuditFilter filter) {
        AuditScope scope = scope();
        record(AuditAction.AUDIT_EXPORT, AuditOutcome.SUCCESS, filter.describe());
        List<String> header = CSV_COLUMNS.stream()
                .map(column -> messages.get("audit.csv." + column))
                .toList();
        return new AuditExport(repository, scope, filter, header);
    }

    /**
     * Checks the whole installation's chain (it is one chain across all clinics), in
     * batches by id. The page learns the verdict and the id of the entry where the chain
     * breaks, never the content of another clinic's entries.
     */
    @Transactional
    public ChainCheck verifyChain() {
        AuditScope scope = scope();
        AuditVerification verification = watch.checkNow();
        record(
                AuditAction.AUDIT_VERIFY,
                verification.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                verdict(verification));
        String link = Optional.ofNullable(verification.brokenAtEntryId())
                .flatMap(id -> repository
                        .occurredAtInScope(id, scope)
                        .map(at -> "before=" + AuditCursor.justNewerThan(at, id).token() + "#entry-" + id))
                .orElse(null);
        return new ChainCheck(verification, link);
    }

    /** The latest chain check (scheduled or not) and checkpoint, for the audit log page. */
    public ChainStatus chainStatus() {
        scope();
        return new ChainStatus(watch.latest(), anchor.status());
    }

    /**
     * Writes a checkpoint of the chain as it stands now (when it moved, and only if it still extends the last one).
     * Harmless to allow any administrator: it can only record what the chain holds.
     */
    public AuditAnchor.Outcome checkpointNow() {
        scope();
        return anchor.checkpointIfMoved();
    }

    private static String verdict(AuditVerification verification) {
        if (verification.intact()) {
            return verification.entriesChecked() + " entries intact";
        }
        if (verification.missingEntries() != null) {
            return verification.missingEntries() + " entries missing since the latest checkpoint";
        }
        if (verification.brokenAtEntryId() != null) {
            return "broken at entry #" + verification.brokenAtEntryId();
        }
        return "end of the chain does not match its head"
                + (verification.lastGoodEntryId() == null ? "" : " after entry #" + verification.lastGoodEntryId());
    }

    /** Administrators only (web.xml already says so for /admin; checked again where the data is). */
    private AuditScope scope() {
        if (!currentUser.isAdmin()) {
            throw new ForbiddenException();
        }
        return new AuditScope(currentUser.clinicId(), currentUser.isInstallationOwner());
    }

    private void record(AuditAction action, AuditOutcome outcome, String detail) {
        trail.recordFor(
                currentUser.id(),
                currentUser.clinicId(),
                currentUser.clientAddress(),
                action,
                RECORD_TYPE,
                null,
                outcome,
                detail);
    }
}
