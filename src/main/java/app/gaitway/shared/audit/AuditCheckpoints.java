package app.gaitway.shared.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoints file in the data directory ({@value #FILE_NAME}): one checkpoint a line, oldest first, the newest
 * {@value #KEPT} kept. It is replaced whole on each write (a temporary file, flushed to disk, then renamed over it),
 * so a crash leaves the old file or the new one, never half a line.
 */
final class AuditCheckpoints {

    static final String FILE_NAME = "audit-checkpoints.txt";

    /** Enough for about 8 hours at one checkpoint per 5 minutes of activity, in about 30 KB. */
    static final int KEPT = 100;

    private final Path file;

    AuditCheckpoints(Path dataDir) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** What the file holds: the checkpoints whose signature holds under the chain's key, and how many lines do not. */
    record Read(List<AuditCheckpoint> valid, int invalidLines) {
        /** The most the chain was ever recorded to hold: a valid checkpoint cannot be made up, only left out. */
        Optional<AuditCheckpoint> latest() {
            return valid.stream()
                    .max(Comparator.comparingLong(AuditCheckpoint::entryCount).thenComparing(AuditCheckpoint::time));
        }
    }

    Read read(AuditChain chain) {
        List<AuditCheckpoint> valid = new ArrayList<>();
        int invalid = 0;
        for (String line : lines()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<AuditCheckpoint> checkpoint = AuditCheckpoint.parse(line);
            if (checkpoint.isPresent() && checkpoint.get().validUnder(chain)) {
                valid.add(checkpoint.get());
            } else {
                invalid++;
            }
        }
        return new Read(valid, invalid);
    }

    void append(AuditCheckpoint checkpoint) {
        List<String> lines =
                new ArrayList<>(lines().stream().filter(l -> !l.isBlank()).toList());
        lines.add(checkpoint.line());
        List<String> kept = lines.subList(Math.max(0, lines.size() - KEPT), lines.size());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(
                    temporary,
                    (String.join("\n", kept) + "\n").getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            restrictToOwner(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint file " + file, e);
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1); // any byte reads; a bad line is just invalid
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
    }

    private static void restrictToOwner(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }
}
