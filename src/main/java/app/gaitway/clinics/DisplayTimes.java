package app.gaitway.clinics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times on administration pages, in the server's time zone ("3 Mar 2026, 14:05"). */
final class DisplayTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DisplayTimes() {}

    static String format(Instant instant) {
        return format(instant, ZoneId.systemDefault());
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.withZone(zone).format(instant);
    }
}
