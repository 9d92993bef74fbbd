package app.gaitway.discharge;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The end of a patient's episode of care: the day, the reason and the summary written then ({@link
 * DischargeSummary}, kept as it was written). Never changed or deleted afterwards; a patient who comes back starts a
 * new episode, which ends with a discharge of its own.
 */
@Entity
@Table(name = "discharge")
public class Discharge extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "discharged_on", nullable = false, updatable = false)
    private LocalDate dischargedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 20, nullable = false, updatable = false)
    private DischargeReason reason;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "summary", length = 200000, nullable = false, updatable = false)
    private String summary;

    @Column(name = "discharged_by_name", length = 200, nullable = false, updatable = false)
    private String dischargedByName;

    protected Discharge() {}

    public static Discharge of(
            long clinicId,
            long patientId,
            LocalDate on,
            DischargeReason reason,
            String note,
            DischargeSummary summary,
            String byName) {
        Discharge d = new Discharge();
        d.clinicId = clinicId;
        d.patientId = patientId;
        d.dischargedOn = on;
        d.reason = reason;
        d.note = note == null || note.isEmpty() ? null : note;
        d.summary = summary.toJson();
        d.dischargedByName = byName;
        return d;
    }

    public Long getId() {
        return id;
    }

    public long getClinicId() {
        return clinicId;
    }

    public long getPatientId() {
        return patientId;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public DischargeReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public DischargeSummary summary() {
        return DischargeSummary.fromJson(summary);
    }

    public String getDischargedByName() {
        return dischargedByName;
    }
}
