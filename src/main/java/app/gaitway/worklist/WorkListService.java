package app.gaitway.worklist;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.accounts.UserRepository;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The signed-in therapist's work list: unsigned drafts, programs due for review, patients who said "too hard" or
 * gave high pain, patients gone silent, and links running out. A therapist sees their own (drafts they started,
 * programs that name them) or, when asked, the whole clinic's; nobody sees another clinic's. Five queries, one per
 * list; showing it is audited as one view, since it names patients.
 */
@ApplicationScoped
public class WorkListService {

    public static final String AUDIT_RECORD = "work-list";

    @Inject
    WorkListRepository lists;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public WorkList load(boolean clinicWide) {
        WorkListRules rules = new WorkListRules(LocalDate.now(clock), AppClock.now(clock));
        WorkListRepository.Scope scope =
                new WorkListRepository.Scope(currentUser.clinicId(), clinicWide ? null : currentUser.id());
        int n = WorkListRules.ROWS_SHOWN;
        WorkList list = new WorkList(
                rules,
                clinicWide,
                lists.drafts(scope, n),
                lists.reviewsDue(scope, rules.reviewDueBy(), n),
                lists.reported(scope, rules.reportsFrom(), rules.today(), WorkListRules.HIGH_PAIN, n),
                lists.silent(scope, rules.silentUnlessLoggedFrom(), rules.judgedIfAvailableBy(), rules.now(), n),
                lists.expiringLinks(scope, rules.linksExpiredAfter(), rules.linksExpiringBefore(), n));
        audit.record(AuditAction.VIEW, AUDIT_RECORD, null, AuditOutcome.SUCCESS);
        return list;
    }

    /** The number of staff accounts of the clinic, for the administrator's home page. */
    public long staffCount(long clinicId) {
        return users.countInClinic(clinicId);
    }
}
