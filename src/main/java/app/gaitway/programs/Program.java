package app.gaitway.programs;

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
 * A home exercise program of one patient. What the patient is given lives in its {@link ProgramVersion}s, which
 * never change; this row says which version is the latest and whether the program is still running. Saving a
 * new version bumps this row's optimistic-lock version, so two therapists saving the same program at once cannot
 * both win: the second is told.
 */
@Entity
@Table(name = "program")
public class Program extends AuditedEntity {

    public enum Status {
        ACTIVE,
        ENDED
    }

    /** Thrown when something tries to change an ended program. */
    public static final class Ended extends RuntimeException {
        public Ended() {
            super(null, null, false, false);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "title", length = 120, nullable = false)
    private String title;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private Status status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "ended_by_name", length = 200)
    private String endedByName;

    protected Program() {}

    public static Program start(long clinicId, long patientId, String title) {
        Program p = new Program();
        p.clinicId = clinicId;
        p.patientId = patientId;
        p.title = title;
        p.latestVersion = 0;
        p.status = Status.ACTIVE;
        return p;
    }

    /** Takes the number of the next version, which the caller then saves. */
    public int nextVersion(String newTitle) {
        if (status == Status.ENDED) {
            throw new Ended();
        }
        title = newTitle;
        latestVersion++;
        return latestVersion;
    }

    public void end(LocalDate on, String reason, String byName) {
        if (status == Status.ENDED) {
            throw new Ended();
        }
        status = Status.ENDED;
        endedOn = on;
        endReason = reason;
        endedByName = byName;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
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

    public String getTitle() {
        return title;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getEndedByName() {
        return endedByName;
    }
}
