package app.gaitway.assessments.norms;

import app.gaitway.patients.Sex;

import java.util.List;
import java.util.Optional;

/**
 * Single-leg stance, eyes open: seconds the patient stands on one leg, arms crossed, up to 45 s.
 *
 * <p><b>Norms</b>: Springer BA, Marin R, Cyhan T, Roberts H, Gill NW. Normative values for the unipedal stance
 * test with eyes open and closed. J Geriatr Phys Ther 2007;30(1):8–15 (549 adults aged 18–99, three trials of up to
 * 45 s per leg). The values are the mean of the three trials, eyes open, by age band and sex, as the paper's table
 * gives them; they were transcribed in December 2026 from the figures commonly reproduced from that table, without
 * the printed paper at hand: check them against it before relying on a value near the edge. A time below the mean
 * of the patient's age and sex is no finding (the paper gives no lower limit of normal, and half of healthy people
 * are below their mean); the mean is shown beside the result, and only the fall-risk cut-off is flagged.
 *
 * <p><b>Fall risk</b>: below {@value #FALL_RISK_BELOW_SECONDS} s. Vellas BJ et al. One-leg balance is an important
 * predictor of injurious falls in older persons. J Am Geriatr Soc 1997;45(6):735–738 (not being able to stand on one
 * leg for 5 s predicted injurious falls).
 */
public final class SingleLegStanceNorms {

    public static final double FALL_RISK_BELOW_SECONDS = 5.0;

    /** The mean time of an age band and sex, in seconds. */
    public record Reference(AgeBand ages, Sex sex, double meanSeconds) {}

    private static final List<Reference> TABLE = List.of(
            new Reference(new AgeBand(18, 39), Sex.FEMALE, 43.5),
            new Reference(new AgeBand(40, 49), Sex.FEMALE, 40.4),
            new Reference(new AgeBand(50, 59), Sex.FEMALE, 36.0),
            new Reference(new AgeBand(60, 69), Sex.FEMALE, 25.1),
            new Reference(new AgeBand(70, 79), Sex.FEMALE, 11.3),
            new Reference(new AgeBand(80, 99), Sex.FEMALE, 7.4),
            new Reference(new AgeBand(18, 39), Sex.MALE, 43.2),
            new Reference(new AgeBand(40, 49), Sex.MALE, 40.0),
            new Reference(new AgeBand(50, 59), Sex.MALE, 38.1),
            new Reference(new AgeBand(60, 69), Sex.MALE, 28.7),
            new Reference(new AgeBand(70, 79), Sex.MALE, 18.3),
            new Reference(new AgeBand(80, 99), Sex.MALE, 5.6));

    private SingleLegStanceNorms() {}

    public static Optional<Reference> of(Integer age, Sex sex) {
        if (age == null || sex == null) {
            return Optional.empty();
        }
        return TABLE.stream()
                .filter(r -> r.sex() == sex && r.ages().contains(age))
                .findFirst();
    }

    public static boolean isFallRisk(double seconds) {
        return seconds < FALL_RISK_BELOW_SECONDS;
    }
}
