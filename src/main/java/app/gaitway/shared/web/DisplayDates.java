package app.gaitway.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as pages show them ("3 Mar 2026", "3 Mar 2026, 14:05" in the server's time zone), for
 * templates as {@code ${dates.date(...)}} and {@code ${dates.time(...)}}.
 */
@Named("dates")
@ApplicationScoped
public class DisplayDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The time of day only, "09:14", for entries of today. */
    public String clock(Instant instant) {
        return instant == null ? "" : CLOCK.withZone(ZoneId.systemDefault()).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(ZoneId.systemDefault()).format(instant);
    }
}
