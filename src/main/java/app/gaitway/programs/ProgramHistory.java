package app.gaitway.programs;

import app.gaitway.patients.history.HistoryEntry;
import app.gaitway.patients.history.HistorySource;
import app.gaitway.programs.ProgramService.VersionWithItems;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient's home programs in their history: each version given (the first, then each change with its "what
 * changed" summary) and the day a program ended, each linking to the version the patient was given.
 */
@ApplicationScoped
public class ProgramHistory implements HistorySource {

    @Inject
    PatientPrograms programs;

    @Inject
    Messages messages;

    @Override
    public List<HistoryEntry> entriesOf(long patientId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (ProgramsOfPatient.Entry program : programs.withHistory(patientId).entries()) {
            ProgramSummary p = program.summary();
            for (VersionWithItems v : program.versions()) {
                int number = v.version().getNumber();
                entries.add(new HistoryEntry(
                        "program",
                        LocalDate.ofInstant(v.version().getSavedAt(), ZoneId.systemDefault()),
                        v.version().getSavedAt(),
                        messages.get(
                                number == 1 ? "program.timeline.given" : "program.timeline.changed",
                                v.version().getTitle()),
                        "/programs/" + p.id() + "/versions/" + number,
                        messages.get("program.timeline.version", number),
                        null,
                        List.of(new HistoryEntry.Line(v.version().getChangeSummary(), false)),
                        null,
                        messages.get("program.timeline.by", v.version().getSavedByName())));
            }
            if (program.endedAt() != null) {
                entries.add(new HistoryEntry(
                        "program",
                        p.endedOn(),
                        program.endedAt(),
                        messages.get("program.timeline.ended", p.title()),
                        "/programs/" + p.id(),
                        messages.get("program.status.ended"),
                        "off",
                        p.endReason() == null || p.endReason().isBlank()
                                ? List.of()
                                : List.of(new HistoryEntry.Line(p.endReason(), false)),
                        null,
                        messages.get("program.timeline.by", program.endedBy())));
            }
        }
        return entries;
    }
}
