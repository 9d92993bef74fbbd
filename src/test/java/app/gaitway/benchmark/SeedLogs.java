package app.gaitway.benchmark;

import app.gaitway.benchmark.SeedPlan.ItemPlan;
import app.gaitway.benchmark.SeedPlan.Logging;
import app.gaitway.benchmark.SeedPlan.ProgramPlan;
import app.gaitway.benchmark.SeedPlan.VersionPlan;
import app.gaitway.testdata.ProgramSeed.Logged;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a patient logged on their phone over the last 30 days of a running program: on each day, each exercise of
 * the version then in force is done with the patient's adherence times its days a week out of 7, and again up to
 * its times a day; with a pain score (sometimes left out) and mostly "about right". Today counts only up to now.
 * About one entry in a hundred was removed again by the patient, as the log keeps such entries.
 */
final class SeedLogs {

    static final int DAYS = 30;

    private SeedLogs() {}

    static List<Logged> of(ProgramPlan program, OffsetDateTime now) {
        Logging logging = program.logging();
        if (logging == null) {
            return List.of();
        }
        Random r = new Random(logging.seed());
        LocalDate today = now.toLocalDate();
        List<Logged> entries = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            VersionPlan version = inForce(program, day);
            if (version == null) {
                continue;
            }
            for (ItemPlan item : version.items()) {
                double chance = logging.adherence() * item.dosage().daysPerWeek() / 7.0;
                for (int session = 0; session < item.dosage().timesPerDay(); session++) {
                    if (r.nextDouble() >= (session == 0 ? chance : logging.adherence())) {
                        break;
                    }
                    OffsetDateTime at = day.atTime(7 + 5 * session, 0)
                            .plusMinutes(r.nextInt(300))
                            .atZone(ZoneId.systemDefault())
                            .toOffsetDateTime();
                    if (at.isAfter(now)) {
                        break;
                    }
                    entries.add(new Logged(
                            item.exercise().exercise().id(),
                            item.exercise().exercise().name(),
                            version.number(),
                            day,
                            r.nextInt(100) < 15
                                    ? null
                                    : Math.max(0, Math.min(10, logging.usualPain() + r.nextInt(3) - 1)),
                            difficulty(r),
                            at,
                            r.nextInt(100) == 0));
                }
            }
        }
        return entries;
    }

    /** The latest version saved on or before the day; null before the first. */
    private static VersionPlan inForce(ProgramPlan program, LocalDate day) {
        VersionPlan found = null;
        for (VersionPlan v : program.versions()) {
            if (!v.savedAt().toLocalDate().isAfter(day)) {
                found = v;
            }
        }
        return found;
    }

    private static String difficulty(Random r) {
        int roll = r.nextInt(100);
        return roll < 70 ? "ABOUT_RIGHT" : roll < 85 ? "TOO_EASY" : roll < 93 ? "TOO_HARD" : null;
    }
}
