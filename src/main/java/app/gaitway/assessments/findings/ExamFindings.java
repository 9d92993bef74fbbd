package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.FindingRules.Rated;
import app.gaitway.assessments.norms.LungeTest;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.ExamFields.ShortTissue;
import app.gaitway.assessments.record.ExamFields.SpecialTest;
import app.gaitway.assessments.record.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the weight-bearing lunge, the special tests and the performance tests, by the rules of
 * {@link FindingRules}; {@link FindingsSummary} ranks them with the rest. A result the same on both sides is one
 * finding about both.
 */
final class ExamFindings {

    private static final List<Side> SIDES = FindingsSummary.SIDES;

    private final AssessmentValues v;
    private final List<Finding> found = new ArrayList<>();

    private ExamFindings(AssessmentValues v) {
        this.v = v;
    }

    static List<Finding> of(AssessmentValues v, PatientContext patient) {
        ExamFindings exam = new ExamFindings(v);
        exam.lunge();
        exam.specialTests();
        exam.performance(patient);
        return exam.found;
    }

    /** The tests past a fall-risk cut-off as one finding; each other result off its norm as its own. */
    private void performance(PatientContext patient) {
        List<PerformanceResult> results = PerformanceResult.of(v, patient);
        Phrase risky = null;
        for (PerformanceResult r : results) {
            if (r.fallRisk()) {
                Phrase test = Phrase.of("findings.fallRisk.test", Phrase.of("findings.perf." + r.code()), r.value());
                risky = risky == null ? test : Phrase.of("findings.fallRisk.more", risky, test);
            }
        }
        if (risky != null) {
            add(Kind.FALL_RISK, FindingRules.fallRisk(), List.of(), Phrase.of("findings.fallRisk", risky));
        }
        results.stream().filter(r -> !r.fallRisk()).forEach(r -> r.finding().ifPresent(found::add));
    }

    private void add(Kind kind, Rated rated, List<Side> sides, Phrase phrase) {
        found.add(new Finding(kind, rated.severity(), sides, null, null, null, phrase, rated.weight()));
    }

    private void lunge() {
        Optional<Double> right = v.decimal(ExamFields.lunge(Side.RIGHT));
        Optional<Double> left = v.decimal(ExamFields.lunge(Side.LEFT));
        if (right.isEmpty() && left.isEmpty()) {
            return;
        }
        List<Side> restricted = new ArrayList<>();
        List<Side> borderline = new ArrayList<>();
        for (Side side : SIDES) {
            Optional<Double> cm = side == Side.RIGHT ? right : left;
            if (cm.isPresent() && LungeTest.isRestricted(cm.get())) {
                restricted.add(side);
            } else if (cm.isPresent() && LungeTest.isBorderline(cm.get())) {
                borderline.add(side);
            }
        }
        Side shorter = null;
        if (right.isPresent() && left.isPresent() && LungeTest.sidesApart(right.get(), left.get())) {
            shorter = right.get() < left.get() ? Side.RIGHT : Side.LEFT;
        }
        if (restricted.isEmpty() && borderline.isEmpty() && shorter == null) {
            return;
        }
        List<Phrase> parts = new ArrayList<>();
        right.ifPresent(cm -> parts.add(Phrase.of("findings.lunge.side", Side.RIGHT, cm)));
        left.ifPresent(cm -> parts.add(Phrase.of("findings.lunge.side", Side.LEFT, cm)));
        List<Phrase> details = new ArrayList<>();
        if (!restricted.isEmpty()) {
            details.add(Phrase.of("findings.lunge.restricted", LungeTest.RESTRICTED_BELOW_CM));
        } else if (!borderline.isEmpty()) {
            details.add(Phrase.of("findings.lunge.borderline", LungeTest.BORDERLINE_BELOW_CM));
        }
        if (shorter != null) {
            details.add(Phrase.of("findings.lunge.difference", Math.abs(right.get() - left.get()), shorter));
        }
        Phrase phrase = Phrase.of("findings.lunge", parts, details);
        if (!restricted.isEmpty() || shorter != null) {
            List<Side> marked = new ArrayList<>(restricted);
            if (shorter != null && !marked.contains(shorter)) {
                marked.add(shorter);
            }
            add(
                    Kind.LUNGE,
                    restricted.isEmpty() ? FindingRules.lungeSidesApart() : FindingRules.lungeRestricted(),
                    SIDES.stream().filter(marked::contains).toList(),
                    phrase);
        } else {
            add(Kind.LUNGE, FindingRules.lungeBorderline(), borderline, phrase);
        }
    }

    private void specialTests() {
        for (SpecialTest test : SpecialTest.values()) {
            List<Side> positive = SIDES.stream()
                    .filter(side -> "positive"
                            .equals(v.text(ExamFields.special(test, side)).orElse("")))
                    .toList();
            if (positive.isEmpty()) {
                continue;
            }
            Optional<String> note = v.text(ExamFields.specialNote(test));
            if (test == SpecialTest.THOMAS) {
                thomas(positive, note);
                continue;
            }
            Kind kind = Kind.valueOf(test.name());
            add(kind, FindingRules.positiveTest(kind), positive, positivePhrase(test, positive, null, note));
        }
    }

    /** One finding per tissue found short (each answers a different stretch); a positive test without one, too. */
    private void thomas(List<Side> positive, Optional<String> note) {
        List<Side> unnamed = new ArrayList<>(positive);
        for (ShortTissue tissue : ShortTissue.values()) {
            List<Side> sides = positive.stream()
                    .filter(side -> v.flag(ExamFields.shortTissue(side, tissue)))
                    .toList();
            if (sides.isEmpty()) {
                continue;
            }
            unnamed.removeAll(sides);
            Kind kind = Kind.valueOf("THOMAS_" + tissue.name());
            add(
                    kind,
                    FindingRules.positiveTest(kind),
                    sides,
                    positivePhrase(SpecialTest.THOMAS, sides, Phrase.of("findings.tissue." + tissue.code()), note));
        }
        if (!unnamed.isEmpty()) {
            add(
                    Kind.THOMAS,
                    FindingRules.positiveTest(Kind.THOMAS),
                    unnamed,
                    positivePhrase(SpecialTest.THOMAS, unnamed, null, note));
        }
    }

    /** "FADIR test positive (right): groin pain", "Thomas test positive (both sides): short rectus femoris". */
    private static Phrase positivePhrase(SpecialTest test, List<Side> sides, Phrase tissue, Optional<String> note) {
        Phrase where = sides.size() == 2
                ? Phrase.of("findings.special.positiveBoth", Phrase.of("findings.special." + test.code()))
                : Phrase.of("findings.special.positive", Phrase.of("findings.special." + test.code()), sides.get(0));
        Phrase withTissue = tissue == null ? where : Phrase.of("findings.special.withDetail", where, tissue);
        return note.map(n -> Phrase.of("findings.special.withDetail", withTissue, n))
                .orElse(withTissue);
    }
}
