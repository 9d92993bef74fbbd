package app.gaitway.discharge;

import app.gaitway.patients.history.HistoryEntry;
import app.gaitway.patients.history.HistorySource;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Each end of care in the patient's history, linking to its summary. */
@ApplicationScoped
public class DischargeHistory implements HistorySource {

    @Inject
    PatientDischarges discharges;

    @Inject
    Messages messages;

    @Override
    public List<HistoryEntry> entriesOf(long patientId) {
        return discharges.of(patientId).stream()
                .map(d -> new HistoryEntry(
                        "discharge",
                        d.getDischargedOn(),
                        d.getCreatedAt(),
                        messages.get("discharge.timeline.title"),
                        "/discharges/" + d.getId(),
                        messages.get("discharge.reason." + d.getReason().code()),
                        "off",
                        d.getNote() == null ? List.of() : List.of(new HistoryEntry.Line(d.getNote(), false)),
                        null,
                        messages.get("discharge.timeline.by", d.getDischargedByName())))
                .toList();
    }
}
