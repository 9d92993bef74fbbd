package app.gaitway.shared.backup;

import java.time.Instant;

/** One backup in the backup directory: its file name, when it was taken (from the name, UTC) and its size. */
public record BackupFile(String name, Instant takenAt, long bytes) {}
