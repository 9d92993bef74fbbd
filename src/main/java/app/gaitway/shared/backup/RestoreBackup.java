package app.gaitway.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup taken by Gaitway into an empty data directory, with the server stopped:
 * <pre>java -cp target/classes app.gaitway.shared.backup.RestoreBackup BACKUP.zip DATA_DIR</pre>
 * (or, from the sources alone, {@code java src/main/java/app/gaitway/shared/backup/RestoreBackup.java ...}: it
 * uses nothing but the JDK). It refuses a data directory that holds anything, so it never overwrites a database;
 * it writes the database file ({@code gaitway.mv.db}) and nothing else, owner-only. An encrypted backup stays
 * encrypted: start Gaitway on it with the same key. The audit and link keys are not in a backup: put them back
 * (or set them) as the README says.
 */
public final class RestoreBackup {

    static final String DATABASE_FILE = "gaitway.mv.db";

    private RestoreBackup() {}

    public static void main(String[] args) {
        System.exit(run(System.err, args));
    }

    /** 0 restored, 2 wrong arguments, 1 refused or failed; the reason on {@code out}. */
    static int run(PrintStream out, String... args) {
        if (args.length != 2) {
            out.println("usage: RestoreBackup BACKUP.zip EMPTY_DATA_DIR");
            return 2;
        }
        try {
            Path restored = restore(Path.of(args[0]), Path.of(args[1]));
            out.println("Restored " + restored + ". Start Gaitway with GAITWAY_DATA_DIR=" + restored.getParent()
                    + " and the audit and link keys of the backed-up installation.");
            return 0;
        } catch (Refused | IOException e) {
            out.println("Not restored: " + e.getMessage());
            return 1;
        }
    }

    /** Why a restore was refused, in a line for the operator. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static Path restore(Path backup, Path dataDir) throws Refused, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new Refused(backup + " is not a file");
        }
        if (Files.exists(dataDir) && (!Files.isDirectory(dataDir) || !isEmpty(dataDir))) {
            throw new Refused(dataDir + " is not an empty directory: restore into a new one, so nothing is"
                    + " overwritten (move the old data directory away first)");
        }
        createOwnerOnly(dataDir);
        Path target = dataDir.resolve(DATABASE_FILE);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // H2 names the entry after the backed-up file; any other entry has no place in a data directory
                if (entry.isDirectory()
                        || !entry.getName().endsWith(".mv.db")
                        || entry.getName().contains("/")) {
                    throw new Refused(backup + " is not a Gaitway backup (it holds " + entry.getName() + ")");
                }
                if (found) {
                    throw new Refused(backup + " holds more than one database");
                }
                found = true;
                copyOwnerOnly(zip, target);
            }
        } catch (Refused | IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (!found) {
            throw new Refused(backup + " holds no database");
        }
        return target;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews()
                .contains("posix");
    }

    private static void createOwnerOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void copyOwnerOnly(InputStream in, Path target) throws IOException {
        if (posix()) {
            Files.createFile(
                    target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(target);
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
    }
}
