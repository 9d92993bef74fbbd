package app.gaitway.shared.backup;

import app.gaitway.shared.db.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backup directory: backups named {@code gaitway-<UTC time>.zip} (so a listing sorts by time), written
 * under a temporary name and moved into place only when complete, owner-only, the oldest beyond the number kept
 * deleted. Files that are not Gaitway's backups are left alone.
 */
public final class BackupDirectory {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("gaitway-(\\d{8}T\\d{6}Z)(-\\d+)?\\.zip");

    private final Path dir;

    public BackupDirectory(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /** Creates the directory (owner-only) if needed. */
    public void create() throws IOException {
        OwnerOnlyFiles.createDirectory(dir);
    }

    /** A free temporary file to write a backup of that time into, and the name it gets once complete. */
    Target target(Instant at) {
        String stamp = STAMP.format(at.truncatedTo(ChronoUnit.SECONDS));
        String name = "gaitway-" + stamp + ".zip";
        for (int n = 2; Files.exists(dir.resolve(name)); n++) {
            name = "gaitway-" + stamp + "-" + n + ".zip";
        }
        return new Target(dir.resolve("." + name + ".partial"), dir.resolve(name));
    }

    /** Where a backup is written ({@code partial}) and the name it is moved to when complete. */
    record Target(Path partial, Path complete) {

        /** Makes the written file owner-only and gives it its final name in one step. */
        BackupFile finish() throws IOException {
            OwnerOnlyFiles.restrict(partial);
            Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
            return describe(complete).orElseThrow();
        }

        void abandon() {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .partial file is never listed nor restored
            }
        }
    }

    /** The backups, newest first. */
    public List<BackupFile> list() throws IOException {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "gaitway-*.zip")) {
            for (Path file : files) {
                describe(file).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(BackupFile::takenAt)
                .thenComparing(BackupFile::name)
                .reversed());
        return found;
    }

    /** Deletes the oldest backups beyond {@code keep}; returns how many it deleted. */
    public int prune(int keep) throws IOException {
        List<BackupFile> all = list();
        int deleted = 0;
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(dir.resolve(old.name()));
            deleted++;
        }
        return deleted;
    }

    private static Optional<BackupFile> describe(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.from(STAMP.parse(m.group(1)));
            return Optional.of(new BackupFile(file.getFileName().toString(), at, Files.size(file)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
