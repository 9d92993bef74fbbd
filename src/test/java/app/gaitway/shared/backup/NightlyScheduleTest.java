package app.gaitway.shared.backup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NightlyScheduleTest {

    private static final LocalTime AT = LocalTime.of(2, 30);

    @Test
    void theNextBackupIsTonightWhenTheTimeIsStillAhead() {
        assertEquals(
                Instant.parse("2026-03-03T02:30:00Z"), NightlySchedule.next(AT, Instant.parse("2026-03-03T01:00:00Z")));
    }

    @Test
    void theNextBackupIsTomorrowOnceTheTimeHasPassedOrIsNow() {
        assertEquals(
                Instant.parse("2026-03-04T02:30:00Z"), NightlySchedule.next(AT, Instant.parse("2026-03-03T02:30:00Z")));
        assertEquals(
                Instant.parse("2026-03-04T02:30:00Z"), NightlySchedule.next(AT, Instant.parse("2026-03-03T14:00:00Z")));
    }

    @Test
    void settingsDefaultToANightlyBackupOfTheLastWeekInTheDataDirectory() {
        BackupSettings settings = BackupSettings.from(Map.of("gaitway.data.dir", "/srv/gaitway")::get);
        assertEquals(java.nio.file.Path.of("/srv/gaitway/backups"), settings.dir());
        assertEquals(7, settings.keep());
        assertEquals(Optional.of(AT), settings.at());
    }

    @Test
    void settingsTakeTheDirectoryTheNumberAndTheTimeOrOff() {
        BackupSettings settings = BackupSettings.from(Map.of(
                "gaitway.backup.dir", "/mnt/backup",
                "gaitway.backup.keep", "30",
                "gaitway.backup.at", "23:15")::get);
        assertEquals(java.nio.file.Path.of("/mnt/backup"), settings.dir());
        assertEquals(30, settings.keep());
        assertEquals(Optional.of(LocalTime.of(23, 15)), settings.at());
        assertEquals(
                Optional.empty(),
                BackupSettings.from(Map.of("gaitway.backup.at", "OFF")::get).at());
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThrows(
                IllegalArgumentException.class, () -> BackupSettings.from(Map.of("gaitway.backup.keep", "0")::get));
        assertThrows(
                IllegalArgumentException.class, () -> BackupSettings.from(Map.of("gaitway.backup.at", "2am")::get));
    }
}
