package app.gaitway.clinics;

/** A clinic in the installation owner's list (built by a constructor expression, hence the boxed types). */
public record ClinicSummary(Long id, String name, Long userCount) {}
