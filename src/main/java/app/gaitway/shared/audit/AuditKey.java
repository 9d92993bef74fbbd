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
        return findAt(configuredBase64, file(dataDir));
    }

    /** The configured key, or the one in the given key file; empty when neither exists. */
    public static Optional<byte[]> findAt(String configuredBase64, Path file) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return Optional.of(Base64.getDecoder().decode(configuredBase64.strip()));
        }
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
        return storeAt(file(dataDir), key);
    }

    /** Writes the key into the given file; if another instance wrote one first, that one is returned. */
    public static byte[] storeAt(Path file, byte[] key) {
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
            throw new UncheckedIOException("Cannot create the audit key " + file, e);
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /** Where the key is kept: GAITWAY_AUDIT_KEY_FILE when set, else {@value #FILE_NAME} in the data directory. */
    public static Path file(String configuredFile, Path dataDir) {
        return configuredFile == null || configuredFile.isBlank()
                ? file(dataDir)
                : Path.of(configuredFile.strip()).toAbsolutePath().normalize();
    }

    /**
     * Whether the key file lies inside the data directory, where every copy of the directory (a backup) takes the
     * key along with the trail it protects: whoever has both can rewrite the trail and sign it anew.
     */
    public static boolean insideDataDirectory(Path keyFile, Path dataDir) {
        return real(keyFile).startsWith(real(dataDir));
    }

    /** The path with its links followed as far as it exists (a key not yet written has no real path). */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }
}
