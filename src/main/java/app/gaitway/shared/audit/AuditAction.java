package app.gaitway.shared.audit;

/** What an audit entry records. Patient-data features use VIEW, CHANGE, PRINT and EXPORT. */
public enum AuditAction {
    SETUP,
    LOGIN,
    LOGIN_THROTTLED,
    LOGOUT,
    SESSION_ENDED,
    PASSWORD_CHANGE,
    USER_CREATE,
    USER_UPDATE,
    USER_DEACTIVATE,
    USER_REACTIVATE,
    USER_PASSWORD_RESET,
    CLINIC_CREATE,
    AUDIT_VIEW,
    AUDIT_EXPORT,
    AUDIT_VERIFY,
    AUDIT_CHAIN_RESTART,
    BACKUP,
    VIEW,
    CHANGE,
    PRINT,
    EXPORT
}
