package app.gaitway.shared.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * One online backup of an H2 database: H2's {@code BACKUP TO}, which copies the database file into a zip while the
 * database stays open for reads and writes, as of a committed state (the file store is append-only; the copy is
 * taken under the store's lock of its file layout, so later commits do not reach into it). An encrypted file is
 * copied as it is, still encrypted with the same key.
 */
final class H2Backup {

    private H2Backup() {}

    static BackupFile take(Connection db, BackupDirectory dir, Instant at) throws SQLException, IOException {
        dir.create();
        BackupDirectory.Target target = dir.target(at);
        try (Statement backup = db.createStatement()) {
            backup.execute("BACKUP TO '" + target.partial().toString().replace("'", "''") + "'");
            return target.finish();
        } finally {
            target.abandon();
        }
    }
}
