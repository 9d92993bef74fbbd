package app.gaitway.patients;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient as their page shows them: saved values only, dates already in words. Codes (sex, side) stay
 * codes; the template turns them into words. Optional values are null when not recorded.
 */
public record PatientDetails(
        long id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String dateOfBirthText,
        int age,
        String sex,
        String email,
        String phone,
        String preferredLanguage,
        String referralReason,
        String icd10Code,
        String affectedSide,
        String notes,
        boolean archived,
        Instant lastActivityAt,
        String lastActivityText,
        String addedText,
        String updatedText,
        int version) {

    static PatientDetails of(Patient p, LocalDate today) {
        return new PatientDetails(
                p.getId(),
                p.getGivenName(),
                p.getFamilyName(),
                p.getDateOfBirth(),
                PatientDates.day(p.getDateOfBirth()),
                PatientDates.age(p.getDateOfBirth(), today),
                p.getSex() == null ? null : p.getSex().name(),
                p.getEmail(),
                p.getPhone(),
                p.getPreferredLanguage(),
                p.getReferralReason(),
                p.getIcd10Code(),
                p.getAffectedSide() == null ? null : p.getAffectedSide().name(),
                p.getNotes(),
                p.isArchived(),
                p.getLastActivityAt(),
                PatientDates.time(p.getLastActivityAt()),
                PatientDates.time(p.getCreatedAt()),
                PatientDates.time(p.getUpdatedAt()),
                p.getVersion());
    }

    public String displayName() {
        return givenName + " " + familyName;
    }
}
