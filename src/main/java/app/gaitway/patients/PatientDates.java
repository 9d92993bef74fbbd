package app.gaitway.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on patient pages, in the server's time zone: "1 Mar 1950", "3 Mar 2026, 14:05", an age in years. */
final class PatientDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private PatientDates() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    static int age(LocalDate birth, LocalDate today) {
        return Math.max(0, Period.between(birth, today).getYears());
    }
}
