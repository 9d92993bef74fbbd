package app.gaitway.programs;

import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a program exactly as it was given: its texts, dates, therapist and phone, who saved it and a
 * summary of what changed from the version before. Never changed once saved; its items are {@link ProgramItem}s.
 */
@Entity
@Table(name = "program_version")
public class ProgramVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", length = 120, nullable = false, updatable = false)
    private String title;

    @Column(name = "instructions", length = 2000, nullable = false, updatable = false)
    private String instructions;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "review_date", updatable = false)
    private LocalDate reviewDate;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "therapist_name", length = 200, nullable = false, updatable = false)
    private String therapistName;

    @Column(name = "clinic_phone", length = 40, nullable = false, updatable = false)
    private String clinicPhone;

    @Column(name = "change_summary", length = 2000, nullable = false, updatable = false)
    private String changeSummary;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false)
    private long savedBy;

    @Column(name = "saved_by_name", length = 200, nullable = false, updatable = false)
    private String savedByName;

    /** Precaution warnings the therapist saw and overrode when saving, one per line; empty for none. */
    @Column(name = "precaution_warnings", length = 4000, nullable = false, updatable = false)
    private String precautionWarnings = "";

    protected ProgramVersion() {}

    public ProgramVersion(
            long programId,
            int number,
            ProgramHeader header,
            long therapistId,
            String therapistName,
            String changeSummary,
            long savedBy,
            String savedByName) {
        this(programId, number, header, therapistId, therapistName, changeSummary, savedBy, savedByName, "");
    }

    public ProgramVersion(
            long programId,
            int number,
            ProgramHeader header,
            long therapistId,
            String therapistName,
            String changeSummary,
            long savedBy,
            String savedByName,
            String precautionWarnings) {
        this.programId = programId;
        this.number = number;
        this.title = header.title();
        this.instructions = header.instructions();
        this.startDate = header.startDate();
        this.reviewDate = header.reviewDate();
        this.clinicPhone = header.clinicPhone();
        this.therapistId = therapistId;
        this.therapistName = therapistName;
        this.changeSummary =
                changeSummary.length() > 2000 ? changeSummary.substring(0, 1999) + "\u2026" : changeSummary;
        this.savedAt = AppClock.now();
        this.savedBy = savedBy;
        this.savedByName = savedByName;
        String warnings = precautionWarnings == null ? "" : precautionWarnings;
        this.precautionWarnings = warnings.length() > 4000 ? warnings.substring(0, 3999) + "\u2026" : warnings;
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public String getClinicPhone() {
        return clinicPhone;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public long getSavedBy() {
        return savedBy;
    }

    public String getSavedByName() {
        return savedByName;
    }

    public String getPrecautionWarnings() {
        return precautionWarnings == null ? "" : precautionWarnings;
    }

    /** The precaution warnings, one per line, for the program page. */
    public List<String> precautionWarningLines() {
        return getPrecautionWarnings().isEmpty()
                ? List.of()
                : List.of(getPrecautionWarnings().split("\n"));
    }
}
