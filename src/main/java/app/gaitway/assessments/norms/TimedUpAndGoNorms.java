package app.gaitway.assessments.norms;

import java.util.List;
import java.util.Optional;

/**
 * Timed Up and Go: seconds to stand from a chair, walk 3 m at a comfortable pace, turn, walk back and sit down.
 *
 * <p><b>Norms</b>: Bohannon RW. Reference values for the timed up and go test: a descriptive meta-analysis. J
 * Geriatr Phys Ther 2006;29(2):64–68: mean 8.1 s (95% CI 7.1–9.0) at 60–69 years, 9.2 s (8.2–10.2) at 70–79 and
 * 11.3 s (10.0–12.7) at 80–99. The author reads a time beyond the upper limit of the interval as worse than
 * average for the age. Men and women pooled.
 *
 * <p><b>Fall risk: {@value #FALL_RISK_FROM_SECONDS} s or more</b>, the cut-off of the CDC's STEADI algorithm
 * (Centers for Disease Control and Prevention, STEADI "Assessment: Timed Up &amp; Go", 2017). Chosen over the 13.5 s
 * of Shumway-Cook A, Brauer S, Woollacott M (Phys Ther 2000;80(9):896–903) because that figure came from 15 fallers
 * and 15 non-fallers, and because a screen that changes which exercises are safe should err on the side of
 * caution: STEADI's lower cut-off misses fewer people who fall, and it is the one most clinics already use.
 */
public final class TimedUpAndGoNorms {

    public static final double FALL_RISK_FROM_SECONDS = 12.0;

    /** The mean time of an age band and the upper limit of its 95% confidence interval, in seconds. */
    public record Reference(AgeBand ages, double meanSeconds, double upperSeconds) {

        /** Worse than average for the age: beyond the upper limit of the interval. */
        public boolean isSlower(double seconds) {
            return seconds > upperSeconds;
        }
    }

    private static final List<Reference> TABLE = List.of(
            new Reference(new AgeBand(60, 69), 8.1, 9.0),
            new Reference(new AgeBand(70, 79), 9.2, 10.2),
            new Reference(new AgeBand(80, 99), 11.3, 12.7));

    private TimedUpAndGoNorms() {}

    public static Optional<Reference> of(Integer age) {
        return age == null
                ? Optional.empty()
                : TABLE.stream().filter(r -> r.ages().contains(age)).findFirst();
    }

    public static boolean isFallRisk(double seconds) {
        return seconds >= FALL_RISK_FROM_SECONDS;
    }
}
