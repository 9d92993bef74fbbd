package app.gaitway.programs;

import app.gaitway.programs.ProgramService.VersionWithItems;

import java.time.Instant;
import java.util.List;

/**
 * A patient's programs, newest first, each with its whole history: read once for the patient page, where the
 * program list, the adherence reports and the patient's history all draw on it.
 */
public record ProgramsOfPatient(List<Entry> entries) {

    /**
     * One program: its summary, who ended it and when (both null while it runs), and every version with what it
     * gave, oldest first.
     */
    public record Entry(ProgramSummary summary, String endedBy, Instant endedAt, List<VersionWithItems> versions) {}

    public List<ProgramSummary> summaries() {
        return entries.stream().map(Entry::summary).toList();
    }
}
