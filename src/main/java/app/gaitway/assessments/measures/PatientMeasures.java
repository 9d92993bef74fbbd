package app.gaitway.assessments.measures;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questionnaires a therapist chose for a patient. No row: nothing chosen yet, and the region's suggestion
 * applies ({@link BodyRegion}). Stored as the measures' codes, comma-separated ("lefs,akps"); a code this version no
 * longer knows is skipped on reading, never an error.
 */
@Entity
@Table(name = "patient_measures")
public class PatientMeasures {

    @Id
    @Column(name = "patient_id")
    private long patientId;

    @Column(name = "measures", length = 200, nullable = false)
    private String measures;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected PatientMeasures() {}

    static PatientMeasures of(long patientId, Set<OutcomeMeasure> chosen, long userId) {
        PatientMeasures p = new PatientMeasures();
        p.patientId = patientId;
        p.choose(chosen, userId);
        return p;
    }

    void choose(Set<OutcomeMeasure> chosen, long userId) {
        measures = chosen.stream().sorted().map(OutcomeMeasure::code).collect(Collectors.joining(","));
        updatedAt = AppClock.now();
        updatedBy = userId;
    }

    public long getPatientId() {
        return patientId;
    }

    public Set<OutcomeMeasure> chosen() {
        Set<OutcomeMeasure> set = EnumSet.noneOf(OutcomeMeasure.class);
        Arrays.stream(measures.split(",")).map(OutcomeMeasure::ofCode).forEach(m -> m.ifPresent(set::add));
        return set;
    }
}
