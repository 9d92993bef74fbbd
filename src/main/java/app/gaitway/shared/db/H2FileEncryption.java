package app.gaitway.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Encryption at rest of the H2 database file: H2's {@code CIPHER=AES} (AES-128 in XTS mode, the key derived from
 * the file password with SHA-256 and a salt; see H2's "Encrypting the Database" documentation). The file password
 * comes from {@code GAITWAY_DB_ENCRYPTION_KEY} or from the file {@code GAITWAY_DB_ENCRYPTION_KEY_FILE} names; H2
 * takes it in front of the user's password, separated by a space. Without either, the file stays unencrypted, as
 * before this setting existed.
 * <p>
 * A key file inside the data directory is refused, not warned about: every copy of the data directory (a backup,
 * a snapshot of the volume, a stolen disk) would carry the key beside the file it opens, so the encryption would
 * protect nothing while the administrator believes it does; a warning in a log is easily never read.
 */
public final class H2FileEncryption {

    static final String KEY = "gaitway.db.encryption.key";
    static final String KEY_FILE = "gaitway.db.encryption.key.file";

    /** So short a password is a guessable one; {@code openssl rand -base64 32} gives 44 characters. */
    static final int MIN_KEY_LENGTH = 16;

    private H2FileEncryption() {}

    /** A configuration that cannot work: one line for the log, naming the cause and the fix. */
    public static final class Misconfigured extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Misconfigured(String message) {
            super(message);
        }
    }

    /**
     * The file password configured, or empty when encryption at rest is off.
     *
     * @throws Misconfigured for a key file that cannot be read or sits in the data directory, or a weak key
     */
    public static Optional<String> key(Function<String, String> config, Path dataDir) {
        String inline = blankToNull(config.apply(KEY));
        String file = blankToNull(config.apply(KEY_FILE));
        if (inline != null && file != null) {
            throw new Misconfigured("both GAITWAY_DB_ENCRYPTION_KEY and GAITWAY_DB_ENCRYPTION_KEY_FILE are set."
                    + " Set only one of them.");
        }
        if (inline == null && file == null) {
            return Optional.empty();
        }
        String key = inline != null ? inline : readKeyFile(Path.of(file), dataDir);
        if (key.length() < MIN_KEY_LENGTH || key.chars().anyMatch(Character::isWhitespace)) {
            throw new Misconfigured("the database encryption key must be at least " + MIN_KEY_LENGTH
                    + " characters without spaces (e.g. from 'openssl rand -base64 32').");
        }
        return Optional.of(key);
    }

    private static String readKeyFile(Path file, Path dataDir) {
        if (isInside(file, dataDir)) {
            throw new Misconfigured(
                    "the database encryption key file " + file.toAbsolutePath().normalize()
                            + " is inside the data directory, so every copy of the data would carry its key."
                            + " Move it outside " + dataDir.toAbsolutePath().normalize()
                            + " and set GAITWAY_DB_ENCRYPTION_KEY_FILE to the new place.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new Misconfigured(
                    "the database encryption key file " + file.toAbsolutePath().normalize()
                            + " cannot be read (" + e.getClass().getSimpleName() + ")."
                            + " Check GAITWAY_DB_ENCRYPTION_KEY_FILE and that the user running Gaitway may read it.");
        }
    }

    /** Compared with links resolved where they exist, so a symbolic link does not hide where the key really is. */
    static boolean isInside(Path file, Path dir) {
        Path f = real(file.toAbsolutePath().normalize());
        Path d = real(dir.toAbsolutePath().normalize());
        return f.startsWith(d);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException missing) {
            Path parent = path.getParent();
            return parent == null ? path : real(parent).resolve(path.getFileName());
        }
    }

    /** The H2 URL that opens the file encrypted; a URL naming a cipher itself is left as given. */
    static String encryptedUrl(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";CIPHER=") ? url : url + ";CIPHER=AES";
    }

    /** H2's password for an encrypted file: the file password, a space, the user's password. */
    static String password(String key, String userPassword) {
        return key + " " + (userPassword == null ? "" : userPassword);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
