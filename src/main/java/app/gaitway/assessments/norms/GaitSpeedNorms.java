package app.gaitway.assessments.norms;

import app.gaitway.patients.Sex;

import java.util.List;
import java.util.Optional;

/**
 * Comfortable gait speed over 10 m (timed without the acceleration and slowing down at either end), in metres per
 * second. The form records the seconds over the 10 m; the speed is 10 ÷ seconds.
 *
 * <p><b>Norms</b>: Bohannon RW, Andrews AW. Normal walking speed: a descriptive meta-analysis. Physiotherapy
 * 2011;97(3):182–189 (41 studies, 23,111 healthy adults), the mean comfortable speed by decade and sex, from
 * 1.434 m/s (men 40–49) down to 0.943 m/s (women 80–99). The two ends are the abstract's; the decades between were
 * transcribed in December 2026 from the paper's table as commonly reproduced, without the printed paper at hand.
 * The authors warn that the norms do not fit a walk timed from a standing start or with a turn.
 *
 * <p><b>Cut-offs</b>: below {@value #SLOW_BELOW} m/s is flagged: Studenski S et al. Gait speed and survival in older
 * adults. JAMA 2011;305(1):50–58 (survival falls off below 0.8 m/s), and below about 0.8 m/s people walk in their
 * neighbourhood only with limits (Perry J et al., Stroke 1995;26(6):982–989). Below {@value #RISK_BELOW} m/s is a
 * note: Cesari M et al. Prognostic value of usual gait speed in well-functioning older people. J Am Geriatr Soc
 * 2005;53(10):1675–1680 (below 1.0 m/s, more hospital stays, falls-related decline and death).
 */
public final class GaitSpeedNorms {

    public static final double DISTANCE_METRES = 10.0;
    public static final double SLOW_BELOW = 0.8;
    public static final double RISK_BELOW = 1.0;

    /** The mean comfortable speed of an age band and sex, in m/s. */
    public record Reference(AgeBand ages, Sex sex, double meanSpeed) {}

    private static final List<Reference> TABLE = List.of(
            new Reference(new AgeBand(20, 29), Sex.FEMALE, 1.341),
            new Reference(new AgeBand(30, 39), Sex.FEMALE, 1.337),
            new Reference(new AgeBand(40, 49), Sex.FEMALE, 1.390),
            new Reference(new AgeBand(50, 59), Sex.FEMALE, 1.402),
            new Reference(new AgeBand(60, 69), Sex.FEMALE, 1.290),
            new Reference(new AgeBand(70, 79), Sex.FEMALE, 1.132),
            new Reference(new AgeBand(80, 99), Sex.FEMALE, 0.943),
            new Reference(new AgeBand(20, 29), Sex.MALE, 1.358),
            new Reference(new AgeBand(30, 39), Sex.MALE, 1.433),
            new Reference(new AgeBand(40, 49), Sex.MALE, 1.434),
            new Reference(new AgeBand(50, 59), Sex.MALE, 1.433),
            new Reference(new AgeBand(60, 69), Sex.MALE, 1.339),
            new Reference(new AgeBand(70, 79), Sex.MALE, 1.262),
            new Reference(new AgeBand(80, 99), Sex.MALE, 0.968));

    private GaitSpeedNorms() {}

    public static Optional<Reference> of(Integer age, Sex sex) {
        if (age == null || sex == null) {
            return Optional.empty();
        }
        return TABLE.stream()
                .filter(r -> r.sex() == sex && r.ages().contains(age))
                .findFirst();
    }

    /** Metres per second over the timed distance. */
    public static double speed(double seconds) {
        return DISTANCE_METRES / seconds;
    }
}
