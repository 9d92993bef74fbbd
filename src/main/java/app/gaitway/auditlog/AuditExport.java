package app.gaitway.auditlog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV export of the audit log, already recorded and scoped when it was started (the
 * writing happens later, while the response streams). Rows are read in batches by
 * keyset, each written and flushed before the next is read.
 */
public final class AuditExport {

    static final int BATCH_SIZE = 500;

    private final AuditLogRepository repository;
    private final AuditScope scope;
    private final AuditFilter filter;
    private final List<String> header;

    AuditExport(AuditLogRepository repository, AuditScope scope, AuditFilter filter, List<String> header) {
        this.repository = repository;
        this.scope = scope;
        this.filter = filter;
        this.header = List.copyOf(header);
    }

    /** Writes the header and every matching row, newest first; returns the number of rows. */
    public long writeTo(CsvWriter csv) throws IOException {
        csv.row(header);
        long written = 0;
        AuditCursor cursor = null;
        while (true) {
            List<AuditRow> rows = repository.rows(scope, filter, cursor, false, BATCH_SIZE);
            for (AuditRow row : rows) {
                csv.row(cells(row));
            }
            csv.flush();
            written += rows.size();
            if (rows.size() < BATCH_SIZE) {
                return written;
            }
            cursor = AuditCursor.of(rows.get(rows.size() - 1));
        }
    }

    static List<String> cells(AuditRow row) {
        return new ArrayList<>(Arrays.asList(
                String.valueOf(row.id()),
                row.isoTime(),
                str(row.userId()),
                row.userName(),
                row.action(),
                row.recordType(),
                row.recordId(),
                row.outcome(),
                row.clientAddress(),
                row.detail()));
    }

    private static String str(Long value) {
        return value == null ? null : value.toString();
    }
}
