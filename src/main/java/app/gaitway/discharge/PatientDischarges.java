package app.gaitway.discharge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient's discharges for the patient page, as {@code ${patientDischarges.latest(id)}}: read once per request,
 * since the history and the "End care" card both show them.
 */
@Named("patientDischarges")
@RequestScoped
public class PatientDischarges {

    @Inject
    DischargeService discharges;

    private final Map<Long, List<Discharge>> read = new HashMap<>();

    /** The latest discharge in brief, for the "End care" card; null when care never ended. */
    public record Latest(long id, LocalDate on) {}

    public List<Discharge> of(long patientId) {
        return read.computeIfAbsent(patientId, discharges::ofPatient);
    }

    public Latest latest(long patientId) {
        List<Discharge> all = of(patientId);
        if (all.isEmpty()) {
            return null;
        }
        Discharge d = all.get(all.size() - 1);
        return new Latest(d.getId(), d.getDischargedOn());
    }
}
