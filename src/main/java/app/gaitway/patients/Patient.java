package app.gaitway.patients;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient of one clinic. Never deleted: a patient no longer seen is {@link #archive() archived}, hidden
 * from the list and restorable. The search name is kept in step with the names on every change.
 * {@code lastActivityAt} says when the patient was last worked with (created, assessed, given a program);
 * it orders the list and is moved by {@link PatientService#touch(long)} without counting as an edit.
 */
@Entity
@Table(name = "patient")
public class Patient extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private Long clinicId;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 12)
    private Sex sex;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 35)
    private String preferredLanguage;

    @Column(name = "referral_reason", length = 1000)
    private String referralReason;

    @Column(name = "icd10_code", length = 8)
    private String icd10Code;

    @Enumerated(EnumType.STRING)
    @Column(name = "affected_side", length = 5)
    private AffectedSide affectedSide;

    @Column(name = "notes", length = 5000)
    private String notes;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "search_name", nullable = false, length = 210)
    private String searchName;

    protected Patient() {}

    /** A new patient of the clinic; their last activity is now, so they head the list. */
    public static Patient register(long clinicId, PatientData data, Instant now) {
        Patient p = new Patient();
        p.clinicId = clinicId;
        p.write(data);
        p.lastActivityAt = now;
        return p;
    }

    /** Whether the data differs from what is saved. */
    public boolean differsFrom(PatientData data) {
        return !toData().equals(data);
    }

    public void correct(PatientData data) {
        write(data);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public PatientData toData() {
        return new PatientData(
                familyName,
                givenName,
                dateOfBirth,
                sex,
                email,
                phone,
                preferredLanguage,
                referralReason,
                icd10Code,
                affectedSide,
                notes);
    }

    private void write(PatientData data) {
        familyName = Objects.requireNonNull(data.familyName()).strip();
        givenName = Objects.requireNonNull(data.givenName()).strip();
        dateOfBirth = Objects.requireNonNull(data.dateOfBirth());
        sex = data.sex();
        email = data.email();
        phone = data.phone();
        preferredLanguage = Objects.requireNonNull(data.preferredLanguage());
        referralReason = data.referralReason();
        icd10Code = data.icd10Code();
        affectedSide = data.affectedSide();
        notes = data.notes();
        searchName = SearchName.of(givenName, familyName);
    }

    public Long getId() {
        return id;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }
    /** "Given Family", as a heading or a sentence names the patient. */
    public String getDisplayName() {
        return givenName + " " + familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getReferralReason() {
        return referralReason;
    }

    public String getIcd10Code() {
        return icd10Code;
    }

    public AffectedSide getAffectedSide() {
        return affectedSide;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getSearchName() {
        return searchName;
    }
}
