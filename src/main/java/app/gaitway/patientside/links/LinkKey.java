package app.gaitway.patientside.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the key that seals link secrets comes from: {@code GAITWAY_LINK_KEY} (32 bytes, base64) when set,
 * otherwise {@code link-secret.key} in the data directory, written with owner-only permissions the first time
 * it is needed. It lives outside the database for the same reason as the audit key: a copy of the database
 * alone must not be enough to print every patient's link.
 */
public final class LinkKey {

    public static final String FILE_NAME = "link-secret.key";
    static final int BYTES = 32;

    private LinkKey() {}

    /** A key that is there: configured, or read from the file; or why it cannot be used. */
    public sealed interface Found permits Found.Key, Found.None, Found.Unusable {

        record Key(byte[] bytes, String source) implements Found {}

        record None() implements Found {}

        record Unusable(String problem) implements Found {}
    }

    public static Found find(String configuredBase64, Path dataDir) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return decode(configuredBase64, "GAITWAY_LINK_KEY");
        }
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return new Found.None();
        }
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            return new Found.Unusable(
                    "the link key " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes a new random key into the data directory, readable by its owner only; if another instance wrote one
     * first, that one is read instead.
     */
    public static Found create(Path dataDir) {
        Path file = file(dataDir);
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(
                        file,
                        Base64.getEncoder().encodeToString(key),
                        StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return find(null, dataDir);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own permissions guard it
            }
            return new Found.Key(key, file.toString());
        } catch (IOException e) {
            return new Found.Unusable("the link key cannot be written to " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    // Never quotes the value: a mistyped key is still mostly the key.
    private static Found decode(String base64, String source) {
        Optional<byte[]> key;
        try {
            key = Optional.of(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            key = Optional.empty();
        }
        if (key.isEmpty() || key.get().length != BYTES) {
            return new Found.Unusable("the link key in " + source + " is not " + BYTES + " bytes in base64"
                    + " (make one with: openssl rand -base64 32)");
        }
        return new Found.Key(key.get(), source);
    }
}
