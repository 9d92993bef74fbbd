package app.gaitway.auditlog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the log for keyset paging: the time and id of an entry ("newer" and
 * "older" links carry it). Entries are ordered by time, then id; both are part of the
 * cursor so entries sharing a time are neither skipped nor shown twice.
 */
public record AuditCursor(Instant occurredAt, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,18})_(\\d{1,18})");

    public AuditCursor {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    static AuditCursor of(AuditRow row) {
        return new AuditCursor(row.occurredAt(), row.id());
    }

    /** A cursor for "older than" that still lets the given entry through, so it heads the page. */
    static AuditCursor justNewerThan(Instant occurredAt, long id) {
        return new AuditCursor(occurredAt, id + 1);
    }

    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "_" + id;
    }

    /** A token from a link; anything else (edited, truncated) counts as no cursor. */
    static Optional<AuditCursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
        return Optional.of(new AuditCursor(at, Long.parseLong(m.group(2))));
    }
}
