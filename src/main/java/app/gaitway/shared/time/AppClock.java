package app.gaitway.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The application's one clock. Beans inject {@code java.time.Clock} (produced here); rules
 * take it or the instant they judge by as an argument, so a test gives them a clock of its
 * own and checks a 180-day expiry without waiting. Entities, which Hibernate creates without
 * CDI, stamp their times through {@link #now()}. The zone is the server's, as the dates of a
 * clinic's day (adherence, work list) have always been.
 */
@ApplicationScoped
public class AppClock {

    private static final Clock SYSTEM = Clock.systemDefaultZone();

    @Produces
    static Clock clock() {
        return SYSTEM;
    }

    /**
     * Now, to the microsecond: what H2 and PostgreSQL both store, so a time read back equals
     * the time written (compare-and-set on timestamps relies on it).
     */
    public static Instant now() {
        return now(SYSTEM);
    }

    /** Today on the server's calendar, for rules that run where nothing can be injected (entities, form records). */
    public static LocalDate today() {
        return LocalDate.now(SYSTEM);
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
