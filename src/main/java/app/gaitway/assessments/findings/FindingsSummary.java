package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.findings.FindingRules.Rated;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stands out in an assessment, most important first: the flags by clinical weight, then the notes. Which
 * result is a flag, a note or nothing, and how much it weighs, is decided by {@link FindingRules}; range of motion
 * is judged against the norms of the patient's age ({@link RomNorms}) and force symmetry against the affected side
 * ({@link PatientContext}). Pain and the LEFS are always reported when recorded, with the change from the previous
 * visit. A result that is the same on both sides is one line ("Hip abduction: both sides 4/5").
 *
 * <p><b>Side convention for gait and movement</b>: a side is always the <em>stance</em> side, the leg the patient
 * stands on, because that hip is the one being tested. {@code gait.pelvic_drop.right = moderate} means the pelvis
 * dropped (on the left, swing side) while the patient stood on the right leg, and reads "Pelvic drop (right
 * stance): moderate"; it points at the right hip abductors. Hip swing, trunk lean, knee valgus, foot pronation
 * and the Trendelenburg test read the same way; squat and step-down are done on the side named.
 */
public final class FindingsSummary {

    /** Right before left, as therapists write R/L. */
    static final List<Side> SIDES = List.of(Side.RIGHT, Side.LEFT);

    private static final List<Side> BOTH = List.of(Side.RIGHT, Side.LEFT);

    private final AssessmentValues current;
    private final AssessmentValues previous;
    private final PatientContext patient;
    private final List<Finding> findings = new ArrayList<>();

    private FindingsSummary(AssessmentValues current, AssessmentValues previous, PatientContext patient) {
        this.current = current;
        this.previous = previous;
        this.patient = patient;
    }

    /**
     * The findings of {@code current} for an adult of unknown age, sex and affected side; {@code previousOrNull}
     * (the assessment before it) gives the changes in pain and LEFS.
     */
    public static List<Finding> of(AssessmentValues current, AssessmentValues previousOrNull) {
        return of(current, previousOrNull, PatientContext.adult());
    }

    /** The findings of {@code current} for this patient, most important first. */
    public static List<Finding> of(AssessmentValues current, AssessmentValues previousOrNull, PatientContext patient) {
        if (current == null) {
            throw new IllegalArgumentException("no assessment to summarise");
        }
        FindingsSummary summary =
                new FindingsSummary(current, previousOrNull, patient == null ? PatientContext.adult() : patient);
        summary.pain();
        summary.lefs();
        summary.psfs();
        summary.akps();
        for (MuscleGroup group : MuscleGroup.values()) {
            summary.grades(group);
            summary.forceSymmetry(group);
        }
        for (Motion motion : Motion.values()) {
            summary.rom(motion);
        }
        summary.gait();
        summary.findings.addAll(ExamFindings.of(current, summary.patient));
        List<Finding> ranked = new ArrayList<>(summary.findings);
        ranked.sort(FindingRules.MOST_IMPORTANT_FIRST);
        return List.copyOf(ranked);
    }

    private void add(
            Kind kind, Rated rated, List<Side> sides, MuscleGroup group, Motion motion, GaitSign sign, Phrase phrase) {
        findings.add(new Finding(kind, rated.severity(), sides, group, motion, sign, phrase, rated.weight()));
    }

    private void pain() {
        List<Phrase> parts = new ArrayList<>();
        int worst = -1;
        for (String when : List.of("now", "best", "worst")) {
            Optional<Integer> pain = current.integer("subjective.pain_" + when);
            if (pain.isPresent()) {
                parts.add(Phrase.of("findings.pain." + when, pain.get()));
                worst = Math.max(worst, pain.get());
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        Phrase phrase = Phrase.of("findings.pain", parts);
        boolean worse = false;
        Optional<String> compared = previous == null
                ? Optional.empty()
                : List.of("now", "worst").stream()
                        .filter(w -> current.integer("subjective.pain_" + w).isPresent()
                                && previous.integer("subjective.pain_" + w).isPresent())
                        .findFirst();
        if (compared.isPresent()) {
            int from = previous.integer("subjective.pain_" + compared.get()).orElseThrow();
            int to = current.integer("subjective.pain_" + compared.get()).orElseThrow();
            boolean important = FindingRules.isImportantPainChange(from, to);
            worse = important && to > from;
            phrase = Phrase.of(
                    "findings.pain.withChange",
                    phrase,
                    Phrase.of(
                            important ? "findings.pain.importantChange" : "findings.pain.change",
                            Phrase.of("findings.pain.label." + compared.get()),
                            direction(to - from),
                            from));
        }
        boolean severe = FindingRules.isSevere(worst);
        Rated rated = worse
                ? new Rated(Severity.FLAG, FindingRules.W_PAIN_WORSE)
                : severe
                        ? new Rated(Severity.FLAG, FindingRules.W_PAIN_SEVERE)
                        : new Rated(Severity.NOTE, FindingRules.W_NOTE_PAIN);
        add(Kind.PAIN, rated, List.of(), null, null, null, phrase);
    }

    private static Phrase direction(int points) {
        return points > 0
                ? Phrase.of("findings.lefs.up", points)
                : points < 0 ? Phrase.of("findings.lefs.down", -points) : Phrase.of("findings.lefs.same");
    }

    private void lefs() {
        LefsScore score = LefsScore.of(current);
        if (score.isEmpty()) {
            return;
        }
        Rated note = new Rated(Severity.NOTE, FindingRules.W_NOTE_LEFS);
        if (!score.isComplete()) {
            add(Kind.LEFS, note, List.of(), null, null, null, Phrase.of("findings.lefs.incomplete", score.answered()));
            return;
        }
        Phrase total = Phrase.of(
                "findings.lefs.total",
                score.total().getAsInt(),
                score.percentOfMaximum().orElseThrow());
        Optional<LefsScore.Change> change =
                previous == null ? Optional.empty() : LefsScore.change(LefsScore.of(previous), score);
        if (change.isEmpty()) {
            add(Kind.LEFS, note, List.of(), null, null, null, total);
            return;
        }
        LefsScore.Change c = change.get();
        boolean important = c.isClinicallyImportant();
        Rated rated = important && c.points() < 0 ? new Rated(Severity.FLAG, FindingRules.W_LEFS_WORSE) : note;
        add(
                Kind.LEFS,
                rated,
                List.of(),
                null,
                null,
                null,
                Phrase.of(
                        important ? "findings.lefs.importantChange" : "findings.lefs.change",
                        total,
                        direction(c.points()),
                        c.from()));
    }

    private void psfs() {
        PsfsScore score = PsfsScore.of(current);
        if (score.rated() == 0) {
            return;
        }
        Rated note = new Rated(Severity.NOTE, FindingRules.W_NOTE_LEFS);
        if (!score.isComplete()) {
            add(
                    Kind.PSFS,
                    note,
                    List.of(),
                    null,
                    null,
                    null,
                    Phrase.of(
                            "findings.psfs.incomplete",
                            score.rated(),
                            score.activities().size()));
            return;
        }
        Phrase total = Phrase.of("findings.psfs.average", score.average().getAsDouble());
        Optional<PsfsScore.Change> change =
                previous == null ? Optional.empty() : PsfsScore.change(PsfsScore.of(previous), score);
        if (change.isEmpty()) {
            add(Kind.PSFS, note, List.of(), null, null, null, total);
            return;
        }
        PsfsScore.Change c = change.get();
        boolean important = c.isClinicallyImportant();
        Rated rated = c.isImportantWorsening() ? new Rated(Severity.FLAG, FindingRules.W_PSFS_WORSE) : note;
        Phrase direction = c.points() > 0
                ? Phrase.of("findings.psfs.up", c.points())
                : c.points() < 0 ? Phrase.of("findings.psfs.down", -c.points()) : Phrase.of("findings.lefs.same");
        List<Phrase> activities = c.activities().stream()
                .filter(PsfsScore.ActivityChange::isClinicallyImportant)
                .map(a -> Phrase.of("findings.psfs.activity", a.name(), a.from(), a.to()))
                .toList();
        Phrase phrase = Phrase.of(
                important ? "findings.psfs.importantChange" : "findings.psfs.change", total, direction, c.from());
        add(
                Kind.PSFS,
                rated,
                List.of(),
                null,
                null,
                null,
                activities.isEmpty() ? phrase : Phrase.of("findings.psfs.withActivities", phrase, activities));
    }

    private void akps() {
        AkpsScore score = AkpsScore.of(current);
        if (score.isEmpty()) {
            return;
        }
        Rated note = new Rated(Severity.NOTE, FindingRules.W_NOTE_LEFS);
        if (!score.isComplete()) {
            add(Kind.AKPS, note, List.of(), null, null, null, Phrase.of("findings.akps.incomplete", score.answered()));
            return;
        }
        Phrase total = Phrase.of("findings.akps.total", score.total().getAsInt());
        Optional<AkpsScore.Change> change =
                previous == null ? Optional.empty() : AkpsScore.change(AkpsScore.of(previous), score);
        if (change.isEmpty()) {
            add(Kind.AKPS, note, List.of(), null, null, null, total);
            return;
        }
        AkpsScore.Change c = change.get();
        boolean important = c.isClinicallyImportant();
        Rated rated = important && c.points() < 0 ? new Rated(Severity.FLAG, FindingRules.W_AKPS_WORSE) : note;
        add(
                Kind.AKPS,
                rated,
                List.of(),
                null,
                null,
                null,
                Phrase.of(
                        important ? "findings.akps.importantChange" : "findings.akps.change",
                        total,
                        direction(c.points()),
                        c.from()));
    }

    private void grades(MuscleGroup group) {
        MmtGrade right = current.grade(group, Side.RIGHT).orElse(null);
        MmtGrade left = current.grade(group, Side.LEFT).orElse(null);
        Optional<Rated> rated = FindingRules.grades(right, left);
        if (rated.isEmpty()) {
            return;
        }
        List<Side> sides = new ArrayList<>();
        boolean apart = right != null && left != null && FindingRules.fullGradeApart(right, left);
        for (Side side : SIDES) {
            MmtGrade g = side == Side.RIGHT ? right : left;
            MmtGrade other = side == Side.RIGHT ? left : right;
            boolean marks = rated.get().severity() == Severity.FLAG
                    ? g != null && (FindingRules.isWeak(g) || (apart && g.compareTo(other) < 0))
                    : g != null && !g.isFull();
            if (marks) {
                sides.add(side);
            }
        }
        Phrase phrase;
        if (right != null && right.equals(left)) {
            phrase = Phrase.of("findings.strength.bothSides", group, right);
        } else {
            List<Phrase> parts = new ArrayList<>();
            if (right != null) {
                parts.add(Phrase.of("findings.strength.grade", Side.RIGHT, right));
            }
            if (left != null) {
                parts.add(Phrase.of("findings.strength.grade", Side.LEFT, left));
            }
            phrase = Phrase.of("findings.strength.grades", group, parts);
        }
        add(Kind.STRENGTH_GRADE, rated.get(), sides, group, null, null, phrase);
    }

    private void forceSymmetry(MuscleGroup group) {
        Optional<LimbSymmetry> found = LimbSymmetry.ofForces(current, group);
        if (found.isEmpty()) {
            return;
        }
        LimbSymmetry symmetry = found.get();
        Optional<Side> involved = patient.involvedSide();
        Side lower;
        double index;
        Rated rated;
        if (involved.isPresent() && symmetry.indexOf(involved.get()) < LimbSymmetry.THRESHOLD) {
            lower = involved.get();
            index = symmetry.indexOf(lower);
            rated = new Rated(Severity.FLAG, FindingRules.symmetryWeight(index));
        } else if (symmetry.isFlagged()) {
            lower = symmetry.weaker().orElseThrow();
            index = symmetry.index();
            // the uninvolved side is the weaker: worth knowing, but not the deficit the complaint comes from
            rated = involved.isPresent()
                    ? new Rated(Severity.NOTE, FindingRules.W_NOTE_SYMMETRY)
                    : new Rated(Severity.FLAG, FindingRules.symmetryWeight(index));
        } else {
            return;
        }
        Optional<Double> right = BodyWeightForce.percent(current, group, Side.RIGHT);
        Optional<Double> left = BodyWeightForce.percent(current, group, Side.LEFT);
        Phrase phrase = right.isPresent() && left.isPresent()
                ? Phrase.of(
                        "findings.strength.symmetryBodyWeight",
                        group,
                        lower,
                        index,
                        lower.other(),
                        List.of(
                                Phrase.of("findings.strength.bodyWeight", Side.RIGHT, right.get()),
                                Phrase.of("findings.strength.bodyWeight", Side.LEFT, left.get())))
                : Phrase.of("findings.strength.symmetry", group, lower, index, lower.other());
        add(Kind.FORCE_SYMMETRY, rated, List.of(lower), group, null, null, phrase);
    }

    private void rom(Motion motion) {
        RangeOfMotionFinding.of(current, motion, patient).ifPresent(findings::add);
    }

    private void gait() {
        for (GaitSign sign : GaitSign.values()) {
            Map<Side, String> rated = new LinkedHashMap<>();
            for (Side side : SIDES) {
                current.text(AssessmentFields.gait(sign, side))
                        .filter(s -> !s.equals("none"))
                        .ifPresent(s -> rated.put(side, s));
            }
            if (rated.size() == 2 && rated.get(Side.RIGHT).equals(rated.get(Side.LEFT))) {
                String severity = rated.get(Side.RIGHT);
                add(
                        Kind.GAIT_SIGN,
                        FindingRules.gaitSign(sign, severity),
                        BOTH,
                        null,
                        null,
                        sign,
                        Phrase.of("findings.gait.signBoth", sign, Phrase.of("findings.severity." + severity)));
                continue;
            }
            rated.forEach((side, severity) -> add(
                    Kind.GAIT_SIGN,
                    FindingRules.gaitSign(sign, severity),
                    List.of(side),
                    null,
                    null,
                    sign,
                    Phrase.of("findings.gait.sign", sign, side, Phrase.of("findings.severity." + severity))));
        }
        List<Side> positive = SIDES.stream()
                .filter(side -> current.text(AssessmentFields.trendelenburg(side))
                        .filter("positive"::equals)
                        .isPresent())
                .toList();
        if (positive.size() == 2) {
            add(
                    Kind.TRENDELENBURG,
                    FindingRules.trendelenburgPositive(),
                    BOTH,
                    null,
                    null,
                    null,
                    Phrase.of("findings.trendelenburgBoth"));
        } else {
            positive.forEach(side -> add(
                    Kind.TRENDELENBURG,
                    FindingRules.trendelenburgPositive(),
                    List.of(side),
                    null,
                    null,
                    null,
                    Phrase.of("findings.trendelenburg", side)));
        }
        Map<Side, String> squats = new LinkedHashMap<>();
        for (Side side : SIDES) {
            current.text(AssessmentFields.squat(side))
                    .filter(r -> !r.equals("good"))
                    .ifPresent(r -> squats.put(side, r));
        }
        if (squats.size() == 2 && squats.get(Side.RIGHT).equals(squats.get(Side.LEFT))) {
            String rating = squats.get(Side.RIGHT);
            add(
                    Kind.SINGLE_LEG_SQUAT,
                    FindingRules.squat(rating),
                    BOTH,
                    null,
                    null,
                    null,
                    Phrase.of("findings.squatBoth", Phrase.of("findings.squat." + rating)));
        } else {
            squats.forEach((side, rating) -> add(
                    Kind.SINGLE_LEG_SQUAT,
                    FindingRules.squat(rating),
                    List.of(side),
                    null,
                    null,
                    null,
                    Phrase.of("findings.squat", side, Phrase.of("findings.squat." + rating))));
        }
        List<StepDownScore> stepDowns = SIDES.stream()
                .map(side -> StepDownScore.of(current, side))
                .flatMap(Optional::stream)
                .filter(s -> s.band() != StepDownScore.Band.GOOD)
                .toList();
        if (stepDowns.size() == 2 && sameItems(stepDowns.get(0), stepDowns.get(1))) {
            add(
                    Kind.STEP_DOWN,
                    FindingRules.stepDown(stepDowns.get(0)),
                    BOTH,
                    null,
                    null,
                    null,
                    Phrase.of(
                            "findings.stepDownBoth",
                            stepDowns.get(0).total(),
                            stepDowns.get(0).band(),
                            items(stepDowns.get(0))));
        } else {
            stepDowns.forEach(s -> add(
                    Kind.STEP_DOWN,
                    FindingRules.stepDown(s),
                    List.of(s.side()),
                    null,
                    null,
                    null,
                    Phrase.of("findings.stepDown", s.side(), s.total(), s.band(), items(s))));
        }
    }

    private static boolean sameItems(StepDownScore a, StepDownScore b) {
        return a.arm() == b.arm()
                && a.trunk() == b.trunk()
                && a.pelvis() == b.pelvis()
                && a.knee() == b.knee()
                && a.unsteady() == b.unsteady();
    }

    private static List<Phrase> items(StepDownScore score) {
        List<Phrase> items = new ArrayList<>();
        if (score.arm()) {
            items.add(Phrase.of("findings.stepDown.arm"));
        }
        if (score.trunk()) {
            items.add(Phrase.of("findings.stepDown.trunk"));
        }
        if (score.pelvis()) {
            items.add(Phrase.of("findings.stepDown.pelvis"));
        }
        if (score.knee() > 0) {
            items.add(Phrase.of("findings.stepDown.knee" + score.knee()));
        }
        if (score.unsteady()) {
            items.add(Phrase.of("findings.stepDown.unsteady"));
        }
        return items;
    }
}
