package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;

import java.time.Duration;
import java.util.Collection;

/**
 * About how long one session of a home program takes, so a therapist sees when a program grows too long to be
 * done. An estimate from round figures, not a timer:
 * <ul>
 *   <li>a repetition takes about {@value #SECONDS_PER_REPETITION} s (lifting and lowering slowly);</li>
 *   <li>a hold takes its seconds, plus about {@value #SECONDS_BETWEEN_HOLDS} s to let go and start the next one;
 *       the repetitions of a hold say how many holds a set has, one when not given;</li>
 *   <li>a range counts as its middle (10–15 repetitions as 12.5);</li>
 *   <li>each side in turn doubles the work of a set; the rest comes after the set, not between the sides;</li>
 *   <li>between sets (one fewer rests than sets) the rest given, or when none is given
 *       {@value #DEFAULT_REST_AFTER_REPETITIONS} s after repetitions and {@value #DEFAULT_REST_AFTER_HOLDS} s after
 *       holds;</li>
 *   <li>about {@value #SECONDS_TO_SET_UP} s per exercise to read it, get the band or the mat and get into
 *       position.</li>
 * </ul>
 * How many times a day does not count: this is one session.
 */
public final class SessionTime {

    static final int SECONDS_PER_REPETITION = 3;
    static final int SECONDS_BETWEEN_HOLDS = 2;
    static final int DEFAULT_REST_AFTER_REPETITIONS = 30;
    static final int DEFAULT_REST_AFTER_HOLDS = 15;
    static final int SECONDS_TO_SET_UP = 20;

    private SessionTime() {}

    /** One exercise of one session: its sets, its rests and getting set up. */
    public static Duration of(ItemDosage d) {
        long workPerSetMillis = d.isHold() ? holdsMillis(d) : repetitionsMillis(d);
        long work = workPerSetMillis * d.side().timesPerSet() * d.sets();
        long restSeconds = d.restSeconds() != null
                ? d.restSeconds()
                : d.isHold() ? DEFAULT_REST_AFTER_HOLDS : DEFAULT_REST_AFTER_REPETITIONS;
        long rests = (d.sets() - 1) * restSeconds * 1000;
        return Duration.ofMillis(work + rests).plusSeconds(SECONDS_TO_SET_UP);
    }

    /** One session of a whole program: its exercises one after the other. */
    public static Duration ofSession(Collection<ItemDosage> items) {
        return items.stream().map(SessionTime::of).reduce(Duration.ZERO, Duration::plus);
    }

    /** "under a minute", "about 1 minute", "about 12 minutes" (to the nearest minute). */
    public static String inWords(Duration duration, Messages messages) {
        long minutes = duration.compareTo(Duration.ofMinutes(1)) < 0
                ? 0
                : duration.plusSeconds(30).toMinutes();
        return messages.get("dosage.item.minutes", minutes);
    }

    /** Twice the count (the sum of both ends of the range) times half a repetition, so the middle stays whole. */
    private static long repetitionsMillis(ItemDosage d) {
        return twiceTheCount(d) * SECONDS_PER_REPETITION * 500L;
    }

    /** n holds and n − 1 gaps: n × (hold + gap) − gap, with n the middle of the range. */
    private static long holdsMillis(ItemDosage d) {
        return twiceTheCount(d) * (d.holdSeconds() + SECONDS_BETWEEN_HOLDS) * 500L - SECONDS_BETWEEN_HOLDS * 1000L;
    }

    private static long twiceTheCount(ItemDosage d) {
        if (d.repsMin() == null) {
            return 2;
        }
        return (long) d.repsMin() + (d.repsMax() == null ? d.repsMin() : d.repsMax());
    }
}
