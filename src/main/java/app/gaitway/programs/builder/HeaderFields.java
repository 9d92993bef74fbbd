package app.gaitway.programs.builder;

/** The program-level fields of the builder as typed (dates as yyyy-mm-dd from the date inputs). */
public record HeaderFields(
        String title,
        String instructions,
        String startDate,
        String reviewDate,
        String clinicPhone,
        String therapistId) {

    public HeaderFields {
        title = clean(title);
        instructions = instructions == null ? "" : instructions.strip();
        startDate = clean(startDate);
        reviewDate = clean(reviewDate);
        clinicPhone = clean(clinicPhone);
        therapistId = clean(therapistId);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
