package app.gaitway.shared.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and when the server backs up its H2 database: {@code GAITWAY_BACKUP_DIR} (default {@code backups} in the
 * data directory), {@code GAITWAY_BACKUP_KEEP} (how many backups are kept, default 7: a week of nightly backups)
 * and {@code GAITWAY_BACKUP_AT} (the time of day in UTC of the nightly backup, default 02:30, when a clinic is
 * closed; {@code off} for none).
 *
 * @param at empty when the nightly backup is off
 */
public record BackupSettings(Path dir, int keep, Optional<LocalTime> at) {

    static final int DEFAULT_KEEP = 7;
    static final LocalTime DEFAULT_AT = LocalTime.of(2, 30);

    public static BackupSettings from(Function<String, String> config) {
        Path dataDir = Path.of(valueOr(config.apply("gaitway.data.dir"), "./gaitway-data"));
        String dir = valueOr(config.apply("gaitway.backup.dir"), null);
        Path backups = (dir == null ? dataDir.resolve("backups") : Path.of(dir))
                .toAbsolutePath()
                .normalize();
        return new BackupSettings(
                backups, keep(config.apply("gaitway.backup.keep")), at(config.apply("gaitway.backup.at")));
    }

    private static int keep(String value) {
        String v = valueOr(value, null);
        if (v == null) {
            return DEFAULT_KEEP;
        }
        try {
            int keep = Integer.parseInt(v);
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalArgumentException("GAITWAY_BACKUP_KEEP must be a whole number of 1 or more, not " + v);
    }

    private static Optional<LocalTime> at(String value) {
        String v = valueOr(value, null);
        if (v == null) {
            return Optional.of(DEFAULT_AT);
        }
        if (v.toLowerCase(Locale.ROOT).equals("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(v));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "GAITWAY_BACKUP_AT must be a time of day in UTC such as 02:30, or off; not " + v, e);
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
