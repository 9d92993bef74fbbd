package app.gaitway.assessments.norms;

import java.util.List;
import java.util.Optional;

/**
 * Five times sit to stand: seconds to stand up fully five times from a chair, arms folded, as fast as possible.
 *
 * <p><b>Norms</b>: Bohannon RW. Reference values for the five-repetition sit-to-stand test: a descriptive
 * meta-analysis of data from elders. Percept Mot Skills 2006;103(1):215–222: mean times 11.4 s (60–69 years),
 * 12.6 s (70–79) and 14.8 s (80–89); a time beyond the mean for the age is worse than average. The paper pools men
 * and women (no table by sex).
 *
 * <p><b>Fall risk</b>: more than {@value #FALL_RISK_ABOVE_SECONDS} s. Buatois S et al. Five times sit to stand test
 * is a predictor of recurrent falls in healthy community-living subjects aged 65 and older. J Am Geriatr Soc
 * 2008;56(8):1575–1577 (a time above 15 s went with recurrent falls).
 */
public final class SitToStandNorms {

    public static final double FALL_RISK_ABOVE_SECONDS = 15.0;

    /** The mean time of an age band, in seconds. */
    public record Reference(AgeBand ages, double meanSeconds) {

        /** Slower than the average person of that age. */
        public boolean isSlower(double seconds) {
            return seconds > meanSeconds;
        }
    }

    private static final List<Reference> TABLE = List.of(
            new Reference(new AgeBand(60, 69), 11.4),
            new Reference(new AgeBand(70, 79), 12.6),
            new Reference(new AgeBand(80, 89), 14.8));

    private SitToStandNorms() {}

    public static Optional<Reference> of(Integer age) {
        return age == null
                ? Optional.empty()
                : TABLE.stream().filter(r -> r.ages().contains(age)).findFirst();
    }

    public static boolean isFallRisk(double seconds) {
        return seconds > FALL_RISK_ABOVE_SECONDS;
    }
}
