package app.gaitway.programs;

import java.time.LocalDate;

/** The program-level fields a therapist sets in the builder, checked. */
public record ProgramHeader(
        String title, String instructions, LocalDate startDate, LocalDate reviewDate, String clinicPhone) {}
