package app.gaitway.shared.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * Patient data on disk readable by its owner only: the data directory Gaitway creates, the H2 database file, the
 * backups. H2 creates its file with the process's umask (typically rw-r--r--, readable by every local user); the
 * permissions are set after it, and a directory of ours that is owner-only covers the moment in between.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());

    private OwnerOnlyFiles() {}

    /** Creates the directory (and missing parents) with rwx------ for the directories it creates itself. */
    public static void createDirectory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectory(parent);
        }
        if (posix()) {
            Files.createDirectory(
                    absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(absolute);
        }
    }

    /** Sets rw------- on a file (where the file system has POSIX permissions); false when it could not. */
    public static boolean restrict(Path file) {
        if (!posix() || !Files.exists(file)) {
            return false;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(() -> "Cannot make " + file + " readable by its owner only: "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
