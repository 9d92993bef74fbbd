package app.gaitway.patientside.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pain over the last 7 days against the 7 days before: the average of each day's pain (its highest, so a double tap
 * does not weigh a day twice) in each week.
 *
 * <p>A direction is said only with pain logged on at least {@value #MIN_DAYS} days in each week; with fewer, one bad
 * day would make a trend. It is "rising" or "falling" when the averages differ by at least {@value #STEP} point and
 * "steady" otherwise: day-to-day ratings wander by about a point, and a whole point in a week's average is worth a look
 * before it reaches the two points usually taken as a change that matters to the patient. The comparison is exact
 * (sums and counts, no floating point), so 3.0 → 4.0 is rising and 3.0 → 3.9 is steady.
 */
public record PainTrend(Direction direction, int earlierDays, int earlierSum, int recentDays, int recentSum) {

    public enum Direction {
        RISING,
        STEADY,
        FALLING,
        TOO_FEW_VALUES
    }

    public static final int MIN_DAYS = 3;
    public static final int STEP = 1;

    static PainTrend of(Ledger ledger, LocalDate today) {
        List<Integer> earlier = pains(ledger, today.minusDays(14), today.minusDays(8));
        List<Integer> recent = pains(ledger, today.minusDays(7), today.minusDays(1));
        return of(earlier, recent);
    }

    static PainTrend of(List<Integer> earlier, List<Integer> recent) {
        int earlierSum = earlier.stream().mapToInt(Integer::intValue).sum();
        int recentSum = recent.stream().mapToInt(Integer::intValue).sum();
        int e = earlier.size();
        int r = recent.size();
        Direction direction;
        if (e < MIN_DAYS || r < MIN_DAYS) {
            direction = Direction.TOO_FEW_VALUES;
        } else {
            // recentSum/r − earlierSum/e compared with STEP, multiplied through by e·r
            long difference = (long) recentSum * e - (long) earlierSum * r;
            long step = (long) STEP * e * r;
            direction =
                    difference >= step ? Direction.RISING : difference <= -step ? Direction.FALLING : Direction.STEADY;
        }
        return new PainTrend(direction, e, earlierSum, r, recentSum);
    }

    private static List<Integer> pains(Ledger ledger, LocalDate first, LocalDate last) {
        List<Integer> pains = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Integer pain = ledger.on(date).pain();
            if (pain != null) {
                pains.add(pain);
            }
        }
        return pains;
    }

    public boolean isKnown() {
        return direction != Direction.TOO_FEW_VALUES;
    }

    /** The average of the 7 days before the last 7, or null with no pain logged then. */
    public Double earlierAverage() {
        return earlierDays == 0 ? null : (double) earlierSum / earlierDays;
    }

    /** The average of the last 7 days, or null with no pain logged then. */
    public Double recentAverage() {
        return recentDays == 0 ? null : (double) recentSum / recentDays;
    }
}
