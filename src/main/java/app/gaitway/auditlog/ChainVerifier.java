package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAnchor;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.audit.AuditVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Walks the whole installation's chain (one chain across all clinics) from where it starts, in batches by id, and
 * holds it against the latest checkpoint: for the administrator's check and the scheduled one alike.
 */
@ApplicationScoped
class ChainVerifier {

    @Inject
    AuditLogRepository repository;

    @Inject
    AuditTrail trail;

    @Inject
    AuditAnchor anchor;

    @Transactional
    AuditVerification verify() {
        Optional<AuditLogRepository.ChainStart> start = repository.chainStart();
        AuditChainReader reader = new AuditChainReader(
                repository,
                AuditLogService.VERIFY_BATCH_SIZE,
                start.map(AuditLogRepository.ChainStart::entryId).orElse(1L));
        AuditVerification checked = trail.chain().verify(reader, reader::headAtEnd, anchor.latest());
        repository.forgetReadEntries();
        return start.map(s -> checked.sinceRestart(s.entryId(), s.at().toString(), s.earlierEntries()))
                .orElse(checked);
    }
}
