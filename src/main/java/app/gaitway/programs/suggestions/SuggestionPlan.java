package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.FindingTexts;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.PerformanceResult;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.Precaution;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the program builder suggests from an assessment, ready to show: one group per muscle group or focus (both
 * sides in one list: "Hip abductors" with "Hip abduction: right 3+/5, left 4+/5"), each with its exercises ranked
 * and the reason for each, and the exercises a recorded precaution rules out, each with why ("Not suggested: hip
 * replacement (posterior approach, 6 weeks): bends the hip past 90°"). The rows of {@link SuggestionRules} decide
 * what is offered, {@link Conflicts} what is withheld, {@link KneePain} and {@link DoseAdvice} the rest.
 *
 * <p><b>Ranking</b> within a group: an exercise several findings ask for comes first, then table order (the
 * easiest or most direct first); with a lowered dose, holds come before moving exercises.
 */
public record SuggestionPlan(
        List<Group> groups,
        DoseAdvice dose,
        Optional<String> doseNote,
        List<String> reminders,
        List<Precaution> precautions) {

    /** What the plan needs to know of a library exercise. */
    public record ExerciseFacts(String slug, List<LoadTag> loads, boolean hold) {}

    public record Group(Focus focus, String heading, List<String> reasons, List<Pick> picks, List<Withheld> withheld) {

        /** The first pick: what "Add the top picks" adds from this group. */
        public Optional<Pick> top() {
            return picks.isEmpty() ? Optional.empty() : Optional.of(picks.get(0));
        }
    }

    /** A suggested exercise and why it is offered. */
    public record Pick(String slug, String why) {}

    /** An exercise the group would offer, left out because of a precaution. */
    public record Withheld(String slug, String reason) {}

    /** Exercises offered for knee pain: knee work from sitting to standing, each well tolerated in PFP programs. */
    private static final List<String> KNEE_WORK = List.of("seated-knee-extension", "mini-squat", "sit-to-stand");

    private static final List<String> KNEE_WORK_LOW_DOSE = List.of("quad-set", "seated-knee-extension", "mini-squat");
    /** Hip work added for knee pain when no hip group asks for it already. */
    private static final List<String> HIP_WORK = List.of("clamshell", "side-lying-hip-abduction", "hip-bridge");

    public static SuggestionPlan of(
            AssessmentValues values,
            PatientContext patient,
            SafetyScreen screen,
            LocalDate today,
            Map<String, ExerciseFacts> library,
            Messages messages) {
        FindingTexts texts = FindingTexts.english();
        List<SideFinding> findings = SideFinding.of(values, patient);
        List<Precaution> precautions = precautions(screen, today, values, patient);
        DoseAdvice dose = DoseAdvice.of(values);

        Map<Focus, Draft> drafts = new EnumMap<>(Focus.class);
        int rowIndex = 0;
        String lastRow = null;
        for (SuggestionRules.Match m : SuggestionRules.matches(values, patient)) {
            if (!m.rule().id().equals(lastRow)) {
                rowIndex++;
                lastRow = m.rule().id();
            }
            Draft d = drafts.computeIfAbsent(Focus.of(m.rule()), f -> new Draft());
            d.reasons.add(texts.text(m.finding().whole()));
            String why = texts.text(m.finding().reason())
                    + (m.rule().why() == null
                            ? ""
                            : " \u2014 " + messages.get(m.rule().why()));
            List<String> slugs = m.rule().exerciseSlugs();
            for (int i = 0; i < slugs.size(); i++) {
                d.offer(slugs.get(i), why, rowIndex * 10 + i);
            }
        }
        if (KneePain.of(values, findings)) {
            Draft d = new Draft();
            d.reasons.add(messages.get("suggestion.kneePain.reason"));
            String why = messages.get("suggestion.why.kneePain");
            Set<String> elsewhere = new LinkedHashSet<>();
            drafts.values().forEach(o -> elsewhere.addAll(o.order.keySet()));
            List<String> knee = dose.lowersDose() ? KNEE_WORK_LOW_DOSE : KNEE_WORK;
            boolean hipAsked = drafts.containsKey(Focus.HIP_ABDUCTORS) || drafts.containsKey(Focus.HIP_EXTENSORS);
            List<String> offer = new ArrayList<>(knee);
            if (!hipAsked) {
                offer.addAll(HIP_WORK);
            }
            int i = 0;
            for (String slug : offer) {
                if (!elsewhere.contains(slug)) {
                    d.offer(slug, why, 900 + i++);
                }
            }
            if (!d.order.isEmpty()) {
                drafts.put(Focus.KNEE_PAIN, d);
            }
        }

        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Focus, Draft> e : drafts.entrySet()) {
            Draft d = e.getValue();
            List<String> ranked = new ArrayList<>(d.order.keySet());
            ranked.sort((a, b) -> Double.compare(
                    d.score(b, dose.lowersDose() && isHold(library, b)),
                    d.score(a, dose.lowersDose() && isHold(library, a))));
            List<Pick> picks = new ArrayList<>();
            List<Withheld> withheld = new ArrayList<>();
            for (String slug : ranked) {
                ExerciseFacts facts = library.get(slug);
                if (facts == null) {
                    continue; // archived or renamed: nothing to offer
                }
                List<Conflict> conflicts = Conflicts.between(precautions, facts.loads());
                if (conflicts.isEmpty()) {
                    picks.add(new Pick(slug, String.join("; ", d.whys.get(slug))));
                } else {
                    withheld.add(new Withheld(
                            slug,
                            messages.get("suggestion.withheld", Conflicts.text(conflicts.get(0), today, messages))));
                }
            }
            if (!picks.isEmpty() || !withheld.isEmpty()) {
                groups.add(new Group(
                        e.getKey(),
                        messages.get("suggestion.focus." + e.getKey().code()),
                        List.copyOf(d.reasons),
                        List.copyOf(picks),
                        List.copyOf(withheld)));
            }
        }
        Optional<String> doseNote = dose.noteKey().map(k -> messages.get(k, dose.painNow()));
        List<String> reminders = new ArrayList<>(precautions.stream()
                .filter(Conflicts::onlyReminds)
                .map(p -> messages.get("suggestion.reminder", Conflicts.label(p, today, messages)))
                .toList());
        if (precautions.size() > screen.precautionsOn(today).size()) {
            reminders.add(messages.get("suggestion.fallRiskFromTests"));
        }
        return new SuggestionPlan(List.copyOf(groups), dose, doseNote, List.copyOf(reminders), precautions);
    }

    /**
     * The precautions that shape the suggestions: the safety screen's, plus a high risk of falling when a performance
     * test of the assessment is past its fall-risk cut-off ({@link PerformanceResult#anyFallRisk}) and the screen
     * does not record it already. The test result is as good a reason as the therapist's tick: offering a wobble
     * board to a patient whose Timed Up and Go says they may fall would ignore what the assessment found.
     */
    public static List<Precaution> precautions(
            SafetyScreen screen, LocalDate today, AssessmentValues values, PatientContext patient) {
        List<Precaution> precautions = new ArrayList<>(screen.precautionsOn(today));
        boolean recorded = precautions.stream().anyMatch(p -> p.kind() == Precaution.Kind.FALL_RISK);
        if (!recorded && PerformanceResult.anyFallRisk(values, patient)) {
            precautions.add(Precaution.of(Precaution.Kind.FALL_RISK));
        }
        return List.copyOf(precautions);
    }

    /** Every exercise the plan for these values could name, so a caller loads only those. */
    public static Set<String> candidates(AssessmentValues values, PatientContext patient) {
        Set<String> slugs = new LinkedHashSet<>();
        SuggestionRules.matches(values, patient)
                .forEach(m -> slugs.addAll(m.rule().exerciseSlugs()));
        slugs.addAll(KNEE_WORK);
        slugs.addAll(KNEE_WORK_LOW_DOSE);
        slugs.addAll(HIP_WORK);
        return slugs;
    }

    private static boolean isHold(Map<String, ExerciseFacts> library, String slug) {
        ExerciseFacts f = library.get(slug);
        return f != null && f.hold();
    }

    /** The slugs of every pick, group by group, in order. */
    public List<String> pickedSlugs() {
        return groups.stream()
                .flatMap(g -> g.picks().stream())
                .map(Pick::slug)
                .distinct()
                .toList();
    }

    /** The slugs of every withheld exercise. */
    public List<String> withheldSlugs() {
        return groups.stream()
                .flatMap(g -> g.withheld().stream())
                .map(Withheld::slug)
                .distinct()
                .toList();
    }

    /** One group while it is being gathered: its reasons, and each exercise with how often and how early it came. */
    private static final class Draft {
        final Set<String> reasons = new LinkedHashSet<>();
        final Map<String, Integer> order = new LinkedHashMap<>();
        final Map<String, Integer> asked = new LinkedHashMap<>();
        final Map<String, Set<String>> whys = new LinkedHashMap<>();

        void offer(String slug, String why, int position) {
            order.merge(slug, position, Math::min);
            asked.merge(slug, 1, Integer::sum);
            whys.computeIfAbsent(slug, s -> new LinkedHashSet<>()).add(why);
        }

        /**
         * Higher first: asked for by more findings, then earlier in the table. With a lowered dose a hold moves to
         * the front of the easiest level (the group's first row), never ahead of an easier level: a side plank does
         * not jump ahead of the slide a grade-2 side needs.
         */
        double score(String slug, boolean holdFirst) {
            int firstRow = order.values().stream().min(Integer::compare).orElse(0) / 10;
            boolean easiestLevel = order.get(slug) / 10 == firstRow;
            return asked.get(slug) * 10_000 + (holdFirst && easiestLevel ? 5_000 : 0) - order.get(slug);
        }
    }
}
