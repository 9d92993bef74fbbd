package app.gaitway.auditlog;

/**
 * Whose entries an administrator may read: their own clinic's, and, for the
 * installation owner, also those that belong to no clinic (failed sign-ins for
 * accounts that do not exist, start-up tasks).
 */
public record AuditScope(long clinicId, boolean includeUnassigned) {}
