package app.gaitway.auditlog;

import java.util.List;

/**
 * One page of the audit log for the template. The queries are the parameters of the
 * "newer" and "older" links (null when there is no such page) and of the CSV link; all
 * keep the filter.
 */
public record AuditLogPage(List<AuditRow> rows, String newerQuery, String olderQuery, String filterQuery) {

    static AuditLogPage of(List<AuditRow> rows, AuditFilter filter, boolean hasNewer, boolean hasOlder) {
        String filterQuery = filter.query();
        String prefix = filterQuery.isEmpty() ? "" : filterQuery + "&";
        String newer = hasNewer && !rows.isEmpty()
                ? prefix + "after=" + AuditCursor.of(rows.get(0)).token()
                : null;
        String older = hasOlder && !rows.isEmpty()
                ? prefix + "before=" + AuditCursor.of(rows.get(rows.size() - 1)).token()
                : null;
        return new AuditLogPage(List.copyOf(rows), newer, older, filterQuery);
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** "?user=3&action=LOGIN", or "" without a filter. */
    public String filterSuffix() {
        return filterQuery.isEmpty() ? "" : "?" + filterQuery;
    }
}
