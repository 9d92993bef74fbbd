package app.gaitway.auditlog;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The filter form of the audit log as typed (GET parameters, also of the CSV link),
 * kept as text so that a wrong value is shown back beside its field. Its rules are
 * {@link AuditFilter#parse}: one of them asks which users belong to the clinic.
 */
public record AuditFilterForm(
        String user, String action, String outcome, String from, String to, String recordType, String recordId) {

    /** The form nobody filled in: the whole log. */
    public static final AuditFilterForm EMPTY = new AuditFilterForm(null, null, null, null, null, null, null);

    public static AuditFilterForm from(MultivaluedMap<String, String> query) {
        return new AuditFilterForm(
                query.getFirst("user"),
                query.getFirst("action"),
                query.getFirst("outcome"),
                query.getFirst("from"),
                query.getFirst("to"),
                query.getFirst("recordType"),
                query.getFirst("recordId"));
    }
}
