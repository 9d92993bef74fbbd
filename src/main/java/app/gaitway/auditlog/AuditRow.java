package app.gaitway.auditlog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/** One line of the audit log as pages and exports show it, with the user's name looked up. */
public record AuditRow(
        Long id,
        Instant occurredAt,
        Long userId,
        String userName,
        String action,
        String recordType,
        String recordId,
        String outcome,
        String clientAddress,
        String detail) {

    static final Comparator<AuditRow> NEWEST_FIRST = Comparator.comparing(AuditRow::occurredAt)
            .thenComparing(AuditRow::id)
            .reversed();

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** For people: to the second, in UTC (the column heading says so). */
    public String time() {
        return SHOWN.format(occurredAt);
    }

    /** For machines ({@code <time datetime>}, CSV): ISO 8601 with microseconds. */
    public String isoTime() {
        return occurredAt.toString();
    }

    /** The name, or "#id" when the account is no longer found; null for the system or an unknown account. */
    public String user() {
        if (userName != null) {
            return userName;
        }
        return userId == null ? null : "#" + userId;
    }

    public String record() {
        if (recordType == null) {
            return recordId == null ? null : "#" + recordId;
        }
        return recordId == null ? recordType : recordType + " #" + recordId;
    }

    /** The badge style of the outcome. */
    public String outcomeStyle() {
        return "SUCCESS".equals(outcome) ? "badge--ok" : "badge--danger";
    }

    public String anchor() {
        return "entry-" + id;
    }
}
