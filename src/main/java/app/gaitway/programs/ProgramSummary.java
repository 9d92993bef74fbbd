package app.gaitway.programs;

import java.time.Instant;
import java.time.LocalDate;

/** A program in a patient's list: its latest version in brief. */
public record ProgramSummary(
        long id,
        String title,
        boolean active,
        int versions,
        LocalDate startDate,
        LocalDate reviewDate,
        Instant savedAt,
        String savedBy,
        int exercises,
        LocalDate endedOn,
        String endReason) {}
