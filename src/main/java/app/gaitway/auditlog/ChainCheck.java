package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditVerification;

/**
 * The result of a chain verification for the page: the verdict and, when the entry
 * where it breaks is one the administrator may see, the log page that starts with it.
 * Nothing of other clinics' entries but their id.
 */
public record ChainCheck(AuditVerification verification, String brokenEntryQuery) {

    public boolean intact() {
        return verification.intact();
    }

    public String explanation() {
        return verification.explanation();
    }

    public Long brokenAtEntryId() {
        return verification.brokenAtEntryId();
    }

    public long entriesChecked() {
        return verification.entriesChecked();
    }
}
