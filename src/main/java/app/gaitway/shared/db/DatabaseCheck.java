package app.gaitway.shared.db;

import app.gaitway.shared.startup.StartupCheck;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * The start-up check of the database: it opens and accepts writes. Each problem is one line
 * for the log naming the cause and the fix, like the data directory's ({@link StartupCheck}).
 */
public final class DatabaseCheck {

    /** H2's "Database may be already in use" (the file is locked by another process). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** H2's "Encryption error in file": the file password does not open it, or the file is not encrypted. */
    private static final int H2_ENCRYPTION_ERROR = 90049;

    private DatabaseCheck() {}

    /**
     * The database opens and accepts writes. H2 opens a file it may not write to
     * read-only without complaint, and refuses a file another process holds open.
     */
    public static Optional<String> database(DataSource dataSource, DatabaseSettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            if (isReadOnly(connection, settings)) {
                return StartupCheck.problem("the database " + where(settings) + " is read-only."
                        + (settings.isH2()
                                ? " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR."
                                : " Point GAITWAY_DB_URL at the primary server, not a read-only standby."));
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (settings.isH2() && hasErrorCode(e, H2_DATABASE_ALREADY_OPEN)) {
                return StartupCheck.problem("the database " + where(settings) + " is in use by another process"
                        + " (is Gaitway already running on this data directory?)."
                        + " Stop the other instance, or give this one its own GAITWAY_DATA_DIR.");
            }
            if (settings.isH2() && settings.isEncrypted() && hasErrorCode(e, H2_ENCRYPTION_ERROR)) {
                return StartupCheck.problem("the database " + where(settings) + " cannot be opened with the"
                        + " configured encryption key: it is encrypted with another key, or not encrypted at all."
                        + " Set the key it was encrypted with; to encrypt an existing database, see the README"
                        + " (Encryption at rest).");
            }
            if (settings.isH2() && !settings.isEncrypted() && isEncryptedFile(Path.of(where(settings)))) {
                return StartupCheck.problem("the database " + where(settings) + " is encrypted."
                        + " Set GAITWAY_DB_ENCRYPTION_KEY or GAITWAY_DB_ENCRYPTION_KEY_FILE to its key.");
            }
            return StartupCheck.problem(
                    "the database " + where(settings) + " cannot be opened (" + firstLine(e.getMessage()) + ")."
                            + (settings.isH2()
                                    ? " Give the user running Gaitway write access to the data directory, or set GAITWAY_DATA_DIR."
                                    : " Check GAITWAY_DB_URL, GAITWAY_DB_USER and GAITWAY_DB_PASSWORD, and that the database server is running."));
        }
    }

    /** H2 starts an encrypted file with this header in place of its plain "H:2,…" one. */
    static boolean isEncryptedFile(Path file) {
        byte[] header = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean isReadOnly(Connection connection, DatabaseSettings settings) throws SQLException {
        if (settings.isH2()) {
            return connection.isReadOnly(); // H2 asks the database: READONLY()
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW transaction_read_only")) {
            return rs.next() && "on".equalsIgnoreCase(rs.getString(1));
        }
    }

    /** For H2 the database file, for PostgreSQL the URL without parameters. */
    static String where(DatabaseSettings settings) {
        String url = settings.describe();
        if (settings.isH2()) {
            String path = url.substring("jdbc:h2:".length());
            path = path.startsWith("file:") ? path.substring("file:".length()) : path;
            int options = path.indexOf(';');
            return (options < 0 ? path : path.substring(0, options)) + ".mv.db";
        }
        return url;
    }

    private static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
