package app.gaitway.shared.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** When the next nightly backup is due: the next time the UTC clock shows the configured time of day. */
final class NightlySchedule {

    private NightlySchedule() {}

    static Instant next(LocalTime at, Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(at);
        ZonedDateTime next = today.toInstant().isAfter(now) ? today : today.plusDays(1);
        return next.toInstant();
    }

    static Duration until(LocalTime at, Instant now) {
        return Duration.between(now, next(at, now));
    }
}
