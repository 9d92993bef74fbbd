package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.Motion;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The lower limit of normal active range of motion of an adult, by age band.
 *
 * <p><b>Source</b>: Roach KE, Miles TP. Normal hip and knee active range of motion: the relationship to age. Phys
 * Ther 1991;71(9):656–665. Active ROM of adults aged 25–74 without joint complaints, measured by goniometer in
 * NHANES I; its results table gives the mean and standard deviation of hip flexion, extension, abduction, internal
 * and external rotation and knee flexion for the age groups 25–39, 40–59 and 60–74 and for all ages. The values
 * below are that table's as transcribed in December 2026 without the printed paper at hand (the means match the
 * figures commonly quoted from it; the standard deviations could not be checked here): check them against the
 * paper's results table before relying on a limit near a patient's value. Roach &amp; Miles found differences
 * between men and women of only a few degrees and publish no table by sex, so sex does not change the limit. Soucie
 * et al. 2011 (Haemophilia 17:500–507, the CDC normal joint ROM study) does publish by sex and age, but as means
 * with 95% confidence intervals of the mean, which say nothing about how far a healthy person lies from it, so no
 * lower limit can be read from it; it measured passive motion, too.
 *
 * <p><b>Lower limit = mean − 2 SD</b>, rounded to the degree: the usual reference interval (the central 95% of
 * healthy people, so about 2.5% of them fall below). A 5th-percentile limit (mean − 1.65 SD) would flag a healthy
 * adult on at least one of the twelve hip and knee measures of an assessment far too often; a true restriction on
 * one side is caught anyway by the side-to-side rule of {@link FindingRules}. The old rule, the AAOS population
 * average, flagged half of all healthy people by definition.
 *
 * <p>Motions the table lacks: <b>knee extension</b> — healthy adults straighten the knee fully (Soucie et al. 2011
 * report adult means at or just beyond 0°), so a knee that stops more than 5° short of straight (below −5°) is
 * flagged. <b>Hip adduction</b> has no age table with a spread in either source: only a side-to-side difference
 * flags it. Under 25 the youngest band is used, over 74 the oldest; an unknown age uses all ages.
 */
public final class RomNorms {

    /** An age band of the table. */
    public enum AgeBand {
        AGE_25_39,
        AGE_40_59,
        AGE_60_74,
        ALL_AGES;

        public static AgeBand of(Integer age) {
            if (age == null) {
                return ALL_AGES;
            }
            return age < 40 ? AGE_25_39 : age < 60 ? AGE_40_59 : AGE_60_74;
        }
    }

    /** Mean and standard deviation in degrees. */
    record MeanSd(double mean, double sd) {
        int lowerLimit() {
            return (int) Math.round(mean - 2 * sd);
        }

        int upperLimit() {
            return (int) Math.round(mean + 2 * sd);
        }
    }

    private static final Map<Motion, Map<AgeBand, MeanSd>> TABLE = new EnumMap<>(Motion.class);

    private static final int KNEE_EXTENSION_LOWER_LIMIT = -5;

    static {
        row(Motion.HIP_FLEXION, 122, 12, 120, 14, 118, 13, 121, 13);
        row(Motion.HIP_EXTENSION, 22, 8, 18, 7, 17, 8, 19, 8);
        row(Motion.HIP_ABDUCTION, 44, 11, 42, 11, 39, 12, 42, 11);
        row(Motion.HIP_INTERNAL_ROTATION, 33, 7, 31, 8, 30, 7, 32, 8);
        row(Motion.HIP_EXTERNAL_ROTATION, 34, 8, 32, 8, 29, 9, 32, 8);
        row(Motion.KNEE_FLEXION, 134, 9, 132, 11, 131, 11, 132, 10);
    }

    private RomNorms() {}

    private static void row(
            Motion motion,
            double m25,
            double sd25,
            double m40,
            double sd40,
            double m60,
            double sd60,
            double mAll,
            double sdAll) {
        Map<AgeBand, MeanSd> bands = new EnumMap<>(AgeBand.class);
        bands.put(AgeBand.AGE_25_39, new MeanSd(m25, sd25));
        bands.put(AgeBand.AGE_40_59, new MeanSd(m40, sd40));
        bands.put(AgeBand.AGE_60_74, new MeanSd(m60, sd60));
        bands.put(AgeBand.ALL_AGES, new MeanSd(mAll, sdAll));
        TABLE.put(motion, bands);
    }

    /** The lowest value still normal for the age, in degrees; empty when no table gives one (hip adduction). */
    public static OptionalInt lowerLimit(Motion motion, Integer age) {
        if (motion == Motion.KNEE_EXTENSION) {
            return OptionalInt.of(KNEE_EXTENSION_LOWER_LIMIT);
        }
        Map<AgeBand, MeanSd> bands = TABLE.get(motion);
        return bands == null
                ? OptionalInt.empty()
                : OptionalInt.of(bands.get(AgeBand.of(age)).lowerLimit());
    }

    /** The top of the age band's normal range (mean + 2 SD), for charts; empty where the table has none. */
    public static OptionalInt upperLimit(Motion motion, Integer age) {
        Map<AgeBand, MeanSd> bands = TABLE.get(motion);
        return bands == null
                ? OptionalInt.empty()
                : OptionalInt.of(bands.get(AgeBand.of(age)).upperLimit());
    }
}
