package app.gaitway.patients;

import java.time.Instant;
import java.time.LocalDate;

/** What the list reads of one patient, selected straight from the table (no entity, no lazy loading). */
public record PatientListEntry(
        Long id,
        String familyName,
        String givenName,
        LocalDate dateOfBirth,
        String icd10Code,
        boolean archived,
        Instant lastActivityAt) {}
