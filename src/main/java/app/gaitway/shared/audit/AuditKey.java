package app.gaitway.shared.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret behind the audit chain's HMACs: {@code GAITWAY_AUDIT_KEY} (base64) when
 * configured, otherwise a random key generated once into the data directory.
 * Whoever holds it can forge a chain, so it lives outside the database.
 */
public final class AuditKey {

    static final String FILE_NAME = "audit-hmac.key";

    private AuditKey() {}

    /** The key: configured, or found in the data directory, or generated there now. */
    public static byte[] resolve(String configuredBase64, Path dataDir) {
        return find(configuredBase64, dataDir).orElseGet(() -> generate(dataDir));
    }

    /** The configured key, or the one in the data directory; empty when neither exists. */
    public static Optional<byte[]> find(String configuredBase64, Path dataDir) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return Optional.of(Base64.getDecoder().decode(configuredBase64.strip()));
        }
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key " + file, e);
        }
    }

    /** Writes a new random key into the data directory (or reads the one another instance wrote first). */
    public static byte[] generate(Path dataDir) {
        return store(dataDir, random());
    }

    public static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Writes the key into the data directory; if another instance wrote one first, that one is returned. */
    public static byte[] store(Path dataDir, byte[] key) {
        Path file = file(dataDir);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(
                        file,
                        Base64.getEncoder().encodeToString(key),
                        StandardCharsets.US_ASCII,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                restrictToOwner(file);
                return key;
            } catch (FileAlreadyExistsException raced) {
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key in " + dataDir, e);
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }
}
