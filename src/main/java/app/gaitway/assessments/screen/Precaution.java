package app.gaitway.assessments.screen;

import app.gaitway.assessments.record.Side;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Something about the patient that rules out some exercises for a while: a hip replacement (by surgical
 * approach, from its date), a weight-bearing limit, osteoporosis, a pregnancy, a recent operation, a high risk
 * of falling. Which exercises each rules out is the conflict table of the program suggestions; here only what
 * was recorded and whether it still applies.
 *
 * @param approach       for a hip replacement: how the surgeon reached the joint (decides which movements are risky)
 * @param side           for a hip replacement: the operated side, or null for both or not recorded
 * @param since          for a hip replacement: the date of the operation, or null when not recorded
 * @param weightBearing  for a weight-bearing limit: what the surgeon allowed
 * @param pregnancyWeeks for a pregnancy: the weeks, or null when not recorded
 * @param note           for a recent operation: what and when, as the therapist wrote it
 */
public record Precaution(
        Kind kind,
        HipApproach approach,
        Side side,
        LocalDate since,
        WeightBearing weightBearing,
        Integer pregnancyWeeks,
        String note) {

    /**
     * Hip-replacement precautions are usually kept for 6 to 12 weeks after the operation (Smith TO et al.,
     * Cochrane Database Syst Rev 2016;(7):CD010815, a review of hip precautions after arthroplasty). Up to the end
     * of the longer period the precaution stands; the surgeon's own protocol always wins, and a therapist who knows
     * it is over can still add the exercise (the builder warns, it does not refuse).
     */
    public static final int HIP_PRECAUTION_WEEKS = 12;

    /** The first trimester ends at 13 weeks; lying flat on the back is advised against after it (ACOG 2020). */
    public static final int FIRST_TRIMESTER_WEEKS = 13;

    public enum Kind {
        HIP_REPLACEMENT,
        WEIGHT_BEARING,
        OSTEOPOROSIS,
        PREGNANCY,
        RECENT_SURGERY,
        FALL_RISK
    }

    /** Surgical approach of a hip replacement; {@code UNKNOWN} is treated like the strictest (posterior). */
    public enum HipApproach {
        POSTERIOR,
        ANTERIOR,
        LATERAL,
        UNKNOWN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the surgeon allows through the leg. Full (or "as tolerated") is no limit and records no precaution. */
    public enum WeightBearing {
        FULL,
        PARTIAL,
        TOE_TOUCH,
        NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Precaution {
        Objects.requireNonNull(kind);
        if (kind == Kind.HIP_REPLACEMENT && approach == null) {
            throw new IllegalArgumentException("a hip replacement needs an approach (UNKNOWN when not recorded)");
        }
        if (kind == Kind.WEIGHT_BEARING && (weightBearing == null || weightBearing == WeightBearing.FULL)) {
            throw new IllegalArgumentException("a weight-bearing precaution is a limit below full");
        }
    }

    public static Precaution hipReplacement(HipApproach approach, Side side, LocalDate since) {
        return new Precaution(Kind.HIP_REPLACEMENT, approach, side, since, null, null, null);
    }

    public static Precaution weightBearing(WeightBearing limit) {
        return new Precaution(Kind.WEIGHT_BEARING, null, null, null, limit, null, null);
    }

    public static Precaution pregnancy(Integer weeks) {
        return new Precaution(Kind.PREGNANCY, null, null, null, null, weeks, null);
    }

    public static Precaution recentSurgery(String note) {
        return new Precaution(Kind.RECENT_SURGERY, null, null, null, null, null, note);
    }

    public static Precaution of(Kind kind) {
        return new Precaution(kind, null, null, null, null, null, null);
    }

    /** Whole weeks since the operation on {@code today}, or -1 when its date was not recorded. */
    public long weeksSince(LocalDate today) {
        return since == null ? -1 : Math.max(0, ChronoUnit.WEEKS.between(since, today));
    }

    /**
     * Whether it still shapes the program on {@code today}. A hip replacement past {@value #HIP_PRECAUTION_WEEKS}
     * weeks no longer does; one without a date does (better a warning too many than a dislocation).
     */
    public boolean appliesOn(LocalDate today) {
        if (kind == Kind.HIP_REPLACEMENT && since != null) {
            return weeksSince(today) < HIP_PRECAUTION_WEEKS;
        }
        return true;
    }

    /** Whether lying flat on the back counts against it: only a pregnancy past the first trimester (or of unknown weeks). */
    public boolean pastFirstTrimester() {
        return kind == Kind.PREGNANCY && (pregnancyWeeks == null || pregnancyWeeks >= FIRST_TRIMESTER_WEEKS);
    }
}
