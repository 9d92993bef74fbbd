package app.gaitway.assessments.norms;

import app.gaitway.patients.Sex;

import java.util.List;
import java.util.Optional;

/**
 * The 30-second chair stand: how many times the patient stands up fully from a chair (seat about 43 cm, arms
 * folded) in 30 seconds.
 *
 * <p><b>Norms</b>: Rikli RE, Jones CJ. Functional fitness normative scores for community-residing older adults,
 * ages 60–94. J Aging Phys Act 1999;7(2):162–181 (the Senior Fitness Test norms, about 7,000 Americans). The "normal
 * range" is the middle half of people of that age and sex: the 25th to the 75th percentile. The test itself:
 * Jones CJ, Rikli RE, Beam WC. A 30-s chair-stand test as a measure of lower body strength in community-residing
 * older adults. Res Q Exerc Sport 1999;70(2):113–119.
 *
 * <p><b>Fall risk</b>: the CDC's STEADI falls-screening sheet for this test (Centers for Disease Control and
 * Prevention, STEADI "Assessment: 30-Second Chair Stand", 2017) reads a score below the bottom of the same ranges
 * ("below average") as a risk for falls; so the lower limit below is both the norm's edge and the fall-risk
 * cut-off. Outside 60–94 there is no published band.
 */
public final class ChairStandNorms {

    /** One row of the table: the age band and the 25th–75th percentile range, in stands. */
    public record Band(AgeBand ages, Sex sex, int low, int high) {

        /** Below the band: below average for the age, and a fall risk by STEADI. */
        public boolean isBelow(int stands) {
            return stands < low;
        }
    }

    private static final List<Band> TABLE = List.of(
            new Band(new AgeBand(60, 64), Sex.FEMALE, 12, 17),
            new Band(new AgeBand(65, 69), Sex.FEMALE, 11, 16),
            new Band(new AgeBand(70, 74), Sex.FEMALE, 10, 15),
            new Band(new AgeBand(75, 79), Sex.FEMALE, 10, 15),
            new Band(new AgeBand(80, 84), Sex.FEMALE, 9, 14),
            new Band(new AgeBand(85, 89), Sex.FEMALE, 8, 13),
            new Band(new AgeBand(90, 94), Sex.FEMALE, 4, 11),
            new Band(new AgeBand(60, 64), Sex.MALE, 14, 19),
            new Band(new AgeBand(65, 69), Sex.MALE, 12, 18),
            new Band(new AgeBand(70, 74), Sex.MALE, 12, 17),
            new Band(new AgeBand(75, 79), Sex.MALE, 11, 17),
            new Band(new AgeBand(80, 84), Sex.MALE, 10, 15),
            new Band(new AgeBand(85, 89), Sex.MALE, 8, 14),
            new Band(new AgeBand(90, 94), Sex.MALE, 7, 12));

    private ChairStandNorms() {}

    /** The band for the patient, or empty when age or sex is unknown, sex is neither, or the age is outside 60–94. */
    public static Optional<Band> of(Integer age, Sex sex) {
        if (age == null || sex == null) {
            return Optional.empty();
        }
        return TABLE.stream()
                .filter(b -> b.sex() == sex && b.ages().contains(age))
                .findFirst();
    }
}
