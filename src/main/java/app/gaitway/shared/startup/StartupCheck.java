package app.gaitway.shared.startup;

import app.gaitway.shared.db.DatabaseSettings;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What must hold before Gaitway serves anybody: a data directory it can write to and a
 * database it can open and write to. Each problem is one line for the log, naming the
 * cause and the fix; an administrator reads it instead of a stack trace.
 */
public final class StartupCheck {

    static final String PREFIX = "Gaitway cannot start: ";

    /** H2's "Database may be already in use" (the file is locked by another process). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StartupCheck() {
    }

    /**
     * The data directory exists (it is created when missing) and, when {@code mustWrite},
     * Gaitway can create files in it. A file system mounted read-only or a directory of
     * another user is found by writing, so it also holds for root.
     */
    public static Optional<String> dataDirectory(Path dataDir, boolean mustWrite) {
        Path dir = dataDir.toAbsolutePath().normalize();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return problem("the data directory " + dir + " cannot be created: " + p + " is a file, not a directory."
                        + " Move that file away, or set GAITWAY_DATA_DIR to a directory Gaitway can create.");
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return problem("the data directory " + dir + " cannot be created (" + reason(e) + ")."
                    + " Create it and give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR.");
        }
        if (!mustWrite) {
            return Optional.empty();
        }
        try {
            Files.delete(Files.createTempFile(dir, ".gaitway-write-check-", ".tmp"));
        } catch (IOException e) {
            return problem("the data directory " + dir + " is read-only."
                    + " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR.");
        }
        Path database = dir.resolve("gaitway.mv.db");
        if (Files.exists(database) && !Files.isWritable(database)) {
            return problem("the database file " + database + " is read-only."
                    + " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR.");
        }
        return Optional.empty();
    }

    /**
     * The database opens and accepts writes. H2 opens a file it may not write to
     * read-only without complaint, and refuses a file another process holds open.
     */
    public static Optional<String> database(DataSource dataSource, DatabaseSettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            if (isReadOnly(connection, settings)) {
                return problem("the database " + where(settings) + " is read-only."
                        + (settings.isH2()
                        ? " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR."
                        : " Point GAITWAY_DB_URL at the primary server, not a read-only standby."));
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (settings.isH2() && hasErrorCode(e, H2_DATABASE_ALREADY_OPEN)) {
                return problem("the database " + where(settings) + " is in use by another process"
                        + " (is Gaitway already running on this data directory?)."
                        + " Stop the other instance, or give this one its own GAITWAY_DATA_DIR.");
            }
            return problem("the database " + where(settings) + " cannot be opened (" + firstLine(e.getMessage()) + ")."
                    + (settings.isH2()
                    ? " Give the user running Gaitway write access to the data directory, or set GAITWAY_DATA_DIR."
                    : " Check GAITWAY_DB_URL, GAITWAY_DB_USER and GAITWAY_DB_PASSWORD, and that the database server is running."));
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

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied for " + ((AccessDeniedException) e).getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way: " + exists.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + fs.getFile();
        }
        return String.valueOf(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static Optional<String> problem(String causeAndFix) {
        return Optional.of(PREFIX + causeAndFix);
    }
}
