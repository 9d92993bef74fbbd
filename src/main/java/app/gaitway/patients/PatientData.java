package app.gaitway.patients;

import java.time.LocalDate;

/**
 * A patient's details after the form's checks: required values present, optional ones null when left
 * empty, codes normalised. What {@link PatientService} creates a patient from or saves over one.
 */
public record PatientData(
        String familyName,
        String givenName,
        LocalDate dateOfBirth,
        Sex sex,
        String email,
        String phone,
        String preferredLanguage,
        String referralReason,
        String icd10Code,
        AffectedSide affectedSide,
        String notes) {}
