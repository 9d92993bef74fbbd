package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.findings.FindingRules.Rated;
import app.gaitway.assessments.norms.ChairStandNorms;
import app.gaitway.assessments.norms.GaitSpeedNorms;
import app.gaitway.assessments.norms.SingleLegStanceNorms;
import app.gaitway.assessments.norms.SitToStandNorms;
import app.gaitway.assessments.norms.TimedUpAndGoNorms;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.Side;
import app.gaitway.patients.Sex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A performance test as recorded, read against the norm for the patient's age and sex: "9 stands" against "norm
 * for women aged 70–74: 10–15 stands", with the cut-off it crosses ("below the norm: a fall risk (CDC STEADI)").
 * The norm tables and their sources are in {@code assessments.norms}; which result is a flag or a note is
 * {@link FindingRules}'. The record, the report and the findings all read these, so they say the same.
 *
 * @param kind     which test
 * @param sides    the sides a flag marks (single-leg stance only; empty for the other tests)
 * @param value    the patient's result in words
 * @param norm     the norm for the patient, or null when none is published for the age and sex (or they are unknown)
 * @param cutOff   the cut-off crossed or the way the result is off the norm, or null when within it
 * @param severity flag, note, or null when the result is within the norm
 * @param weight   the finding's weight (0 when within the norm)
 * @param fallRisk past a published fall-risk cut-off
 */
public record PerformanceResult(
        Kind kind,
        List<Side> sides,
        Phrase value,
        Phrase norm,
        Phrase cutOff,
        Severity severity,
        int weight,
        boolean fallRisk) {

    public PerformanceResult {
        sides = List.copyOf(sides);
    }

    /** Every performance test recorded in {@code v}, in the order of the form. */
    public static List<PerformanceResult> of(AssessmentValues v, PatientContext patient) {
        List<PerformanceResult> results = new ArrayList<>();
        v.integer(ExamFields.CHAIR_STAND).ifPresent(n -> results.add(chairStand(n, patient)));
        v.decimal(ExamFields.FIVE_STS).ifPresent(s -> results.add(sitToStand(s, patient)));
        v.decimal(ExamFields.TUG).ifPresent(s -> results.add(timedUpAndGo(s, patient)));
        singleLegStance(v, patient).ifPresent(results::add);
        v.decimal(ExamFields.WALK_10M).ifPresent(s -> results.add(walk(s, patient)));
        return List.copyOf(results);
    }

    /** Whether any test recorded is past its fall-risk cut-off: the suggestions then treat the patient as at risk. */
    public static boolean anyFallRisk(AssessmentValues v, PatientContext patient) {
        return of(v, patient).stream().anyMatch(PerformanceResult::fallRisk);
    }

    public boolean isFlag() {
        return severity == Severity.FLAG;
    }

    /** The finding, when the result is off the norm. */
    public Optional<Finding> finding() {
        if (severity == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(kind, severity, sides, null, null, null, line(), weight));
    }

    /** "Timed Up and Go: 14 s (average at 70–79 years: 9.2 s …); 12 s or more: a fall risk (CDC STEADI)". */
    public Phrase line() {
        Phrase name = Phrase.of("findings.perf." + code());
        if (norm == null) {
            return cutOff == null
                    ? Phrase.of("findings.perf.lineNoNorm", name, value)
                    : Phrase.of("findings.perf.lineNoNormCutOff", name, value, cutOff);
        }
        return cutOff == null
                ? Phrase.of("findings.perf.line", name, value, norm)
                : Phrase.of("findings.perf.lineCutOff", name, value, norm, cutOff);
    }

    public String code() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static PerformanceResult chairStand(int stands, PatientContext p) {
        Optional<ChairStandNorms.Band> band = ChairStandNorms.of(p.age(), p.sex());
        Phrase value = Phrase.of("findings.perf.stands", stands);
        if (band.isEmpty()) {
            return within(Kind.CHAIR_STAND, value, null);
        }
        ChairStandNorms.Band b = band.get();
        Phrase norm = Phrase.of(
                "findings.perf.norm.chairStand", sex(b.sex()), b.ages().toString(), b.low(), b.high());
        return b.isBelow(stands)
                ? result(Kind.CHAIR_STAND, value, norm, Phrase.of("findings.perf.cutOff.chairStand"), fall(), true)
                : within(Kind.CHAIR_STAND, value, norm);
    }

    private static PerformanceResult sitToStand(double seconds, PatientContext p) {
        Optional<SitToStandNorms.Reference> ref = SitToStandNorms.of(p.age());
        Phrase value = Phrase.of("findings.perf.seconds", seconds);
        Phrase norm = ref.map(r -> Phrase.of("findings.perf.norm.mean", r.ages().toString(), r.meanSeconds()))
                .orElse(null);
        if (SitToStandNorms.isFallRisk(seconds)) {
            return result(Kind.SIT_TO_STAND, value, norm, Phrase.of("findings.perf.cutOff.sitToStand"), fall(), true);
        }
        return ref.isPresent() && ref.get().isSlower(seconds)
                ? result(Kind.SIT_TO_STAND, value, norm, Phrase.of("findings.perf.slower"), note(), false)
                : within(Kind.SIT_TO_STAND, value, norm);
    }

    private static PerformanceResult timedUpAndGo(double seconds, PatientContext p) {
        Optional<TimedUpAndGoNorms.Reference> ref = TimedUpAndGoNorms.of(p.age());
        Phrase value = Phrase.of("findings.perf.seconds", seconds);
        Phrase norm = ref.map(r ->
                        Phrase.of("findings.perf.norm.tug", r.ages().toString(), r.meanSeconds(), r.upperSeconds()))
                .orElse(null);
        if (TimedUpAndGoNorms.isFallRisk(seconds)) {
            return result(Kind.TIMED_UP_AND_GO, value, norm, Phrase.of("findings.perf.cutOff.tug"), fall(), true);
        }
        return ref.isPresent() && ref.get().isSlower(seconds)
                ? result(Kind.TIMED_UP_AND_GO, value, norm, Phrase.of("findings.perf.slower"), note(), false)
                : within(Kind.TIMED_UP_AND_GO, value, norm);
    }

    private static Optional<PerformanceResult> singleLegStance(AssessmentValues v, PatientContext p) {
        Optional<Double> right = v.decimal(ExamFields.singleLegStance(Side.RIGHT));
        Optional<Double> left = v.decimal(ExamFields.singleLegStance(Side.LEFT));
        if (right.isEmpty() && left.isEmpty()) {
            return Optional.empty();
        }
        List<Phrase> parts = new ArrayList<>();
        right.ifPresent(s -> parts.add(Phrase.of("findings.perf.side", Side.RIGHT, s)));
        left.ifPresent(s -> parts.add(Phrase.of("findings.perf.side", Side.LEFT, s)));
        Phrase value = Phrase.of("findings.perf.sides", parts);
        Optional<SingleLegStanceNorms.Reference> ref = SingleLegStanceNorms.of(p.age(), p.sex());
        Phrase norm = ref.map(r -> Phrase.of(
                        "findings.perf.norm.bySex", sex(r.sex()), r.ages().toString(), r.meanSeconds(), "s"))
                .orElse(null);
        // Only the fall-risk cut-off is a finding. Springer's table gives means, not a lower limit of normal: half of
        // healthy people stand for less than their age's mean, and a "shorter than average" note on every such
        // result crowded the findings list of patients whose balance is fine. The mean stays on the record's line.
        List<Side> risky = new ArrayList<>();
        for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
            Optional<Double> s = side == Side.RIGHT ? right : left;
            if (s.isPresent() && SingleLegStanceNorms.isFallRisk(s.get())) {
                risky.add(side);
            }
        }
        if (!risky.isEmpty()) {
            return Optional.of(new PerformanceResult(
                    Kind.SINGLE_LEG_STANCE,
                    risky,
                    value,
                    norm,
                    Phrase.of("findings.perf.cutOff.singleLegStance"),
                    Severity.FLAG,
                    FindingRules.fallRisk().weight(),
                    true));
        }
        return Optional.of(within(Kind.SINGLE_LEG_STANCE, value, norm));
    }

    private static PerformanceResult walk(double seconds, PatientContext p) {
        double speed = GaitSpeedNorms.speed(seconds);
        Phrase value = Phrase.of("findings.perf.walk", seconds, twoDecimals(speed));
        Optional<GaitSpeedNorms.Reference> ref = GaitSpeedNorms.of(p.age(), p.sex());
        Phrase norm = ref.map(r -> Phrase.of(
                        "findings.perf.norm.bySex",
                        sex(r.sex()),
                        r.ages().toString(),
                        twoDecimals(r.meanSpeed()),
                        "m/s"))
                .orElse(null);
        if (speed < GaitSpeedNorms.SLOW_BELOW) {
            return result(Kind.GAIT_SPEED, value, norm, Phrase.of("findings.perf.cutOff.slowWalking"), slow(), false);
        }
        return speed < GaitSpeedNorms.RISK_BELOW
                ? result(Kind.GAIT_SPEED, value, norm, Phrase.of("findings.perf.cutOff.walkingRisk"), note(), false)
                : within(Kind.GAIT_SPEED, value, norm);
    }

    /** Speeds are read to the hundredth (1.05 m/s); the findings' numbers show one decimal, so this is text. */
    private static String twoDecimals(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static Phrase sex(Sex sex) {
        return Phrase.of("findings.perf.sex." + sex.name().toLowerCase(Locale.ROOT));
    }

    private static PerformanceResult within(Kind kind, Phrase value, Phrase norm) {
        return new PerformanceResult(kind, List.of(), value, norm, null, null, 0, false);
    }

    private static PerformanceResult result(
            Kind kind, Phrase value, Phrase norm, Phrase cutOff, Rated rated, boolean fallRisk) {
        return new PerformanceResult(kind, List.of(), value, norm, cutOff, rated.severity(), rated.weight(), fallRisk);
    }

    private static Rated fall() {
        return FindingRules.fallRisk();
    }

    private static Rated slow() {
        return FindingRules.slowWalking();
    }

    private static Rated note() {
        return FindingRules.worseThanAverage();
    }
}
