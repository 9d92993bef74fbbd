package app.gaitway.shared.startup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What must hold before Gaitway serves anybody: a data directory it can write to (and, checked
 * by {@code shared.db.DatabaseCheck}, a database it can open and write to). Each problem is one line for the log, naming the
 * cause and the fix; an administrator reads it instead of a stack trace.
 */
public final class StartupCheck {

    public static final String PREFIX = "Gaitway cannot start: ";

    private StartupCheck() {}

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

    /** One line for the log: "Gaitway cannot start: " and the cause and fix. */
    public static Optional<String> problem(String causeAndFix) {
        return Optional.of(PREFIX + causeAndFix);
    }
}
