package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.shared.persistence.AuditedEntity;
import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One visit's assessment of a patient. A draft can be saved and changed any number of times; finalizing signs
 * it with the therapist's name and time and locks it for good (only addenda follow).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AuditedEntity {

    public enum Status {
        DRAFT,
        FINAL
    }

    /** Thrown when something tries to change a finalized assessment. */
    public static final class Locked extends RuntimeException {
        public Locked() {
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

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private Status status;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "field_values", length = 100000, nullable = false)
    private String fieldValues;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "finalized_by")
    private Long finalizedBy;

    @Column(name = "finalized_by_name", length = 200)
    private String finalizedByName;

    @Column(name = "finalized_by_credentials", length = 200)
    private String finalizedByCredentials;

    @Column(name = "carried_from_id", updatable = false)
    private Long carriedFromId;

    /**
     * The parsed form of {@link #fieldValues}, kept for the life of this instance: one page reads the same
     * assessment's values several times (safety banner, findings, the next visit's comparison), and parsing the JSON
     * was 5 % of the patient page's CPU time (flight recording, 2026-12-07). Cleared whenever the values change.
     */
    @Transient
    private AssessmentValues parsedValues;

    protected Assessment() {}

    public static Assessment draft(long clinicId, long patientId, long therapistId, LocalDate visitDate) {
        Assessment a = new Assessment();
        a.clinicId = clinicId;
        a.patientId = patientId;
        a.therapistId = therapistId;
        a.visitDate = visitDate;
        a.status = Status.DRAFT;
        a.fieldValues = AssessmentValues.empty().toJson();
        return a;
    }

    /**
     * A follow-up: a draft that starts with what {@link FollowUp} carries over from the patient's previous
     * assessment, and remembers which one that was.
     */
    public static Assessment followUp(
            long clinicId, long patientId, long therapistId, LocalDate visitDate, Assessment previous) {
        Assessment a = draft(clinicId, patientId, therapistId, visitDate);
        AssessmentValues carried = FollowUp.startingFrom(previous.values());
        if (!carried.isEmpty()) {
            a.fieldValues = carried.toJson();
            a.carriedFromId = previous.getId();
        }
        return a;
    }

    public void record(LocalDate date, AssessmentValues values) {
        if (isFinal()) {
            throw new Locked();
        }
        visitDate = date;
        fieldValues = values.toJson();
        parsedValues = null;
    }

    /** Signs and locks without credentials (a signer who gave none). */
    public void finalizeBy(long userId, String name) {
        finalizeBy(userId, name, null);
    }

    /** Signs and locks; name and credentials are copied so the signature reads as it did when signed. */
    public void finalizeBy(long userId, String name, String credentials) {
        if (isFinal()) {
            throw new Locked();
        }
        status = Status.FINAL;
        finalizedAt = AppClock.now();
        finalizedBy = userId;
        finalizedByName = name;
        finalizedByCredentials = credentials;
    }

    public AssessmentValues values() {
        AssessmentValues v = parsedValues;
        if (v == null) {
            v = AssessmentValues.fromJson(fieldValues);
            parsedValues = v;
        }
        return v;
    }

    public boolean isFinal() {
        return status == Status.FINAL;
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public Status getStatus() {
        return status;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    /** The id of the staff member who signed, or null for a draft. */
    public Long getFinalizedBy() {
        return finalizedBy;
    }

    public String getFinalizedByName() {
        return finalizedByName;
    }
    /** The signer's credentials at signing, or null (none given, or signed before credentials existed). */
    public String getFinalizedByCredentials() {
        return finalizedByCredentials;
    }
    /** The assessment this one's carried values came from, or null when it started blank. */
    public Long getCarriedFromId() {
        return carriedFromId;
    }
}
