package app.gaitway.shared.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
