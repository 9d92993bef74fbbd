package app.gaitway.patients;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the patient list, ready to show. */
public record PatientRow(
        long id,
        String familyName,
        String givenName,
        LocalDate dateOfBirth,
        String dateOfBirthText,
        int age,
        String icd10Code,
        boolean archived,
        Instant lastActivityAt,
        String lastActivityText) {

    static PatientRow of(PatientListEntry e, LocalDate today) {
        return new PatientRow(
                e.id(),
                e.familyName(),
                e.givenName(),
                e.dateOfBirth(),
                PatientDates.day(e.dateOfBirth()),
                PatientDates.age(e.dateOfBirth(), today),
                e.icd10Code(),
                e.archived(),
                e.lastActivityAt(),
                PatientDates.time(e.lastActivityAt()));
    }
}
