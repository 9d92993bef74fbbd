package app.gaitway.programs.suggestions;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.programs.dosage.ItemDosage;

import java.util.Optional;

/**
 * Whether the assessment calls for a lower first dose: pain now of 7/10 or more, or pain the therapist marked as
 * irritable (flares with little activity and is slow to settle). Pain of 7–10 on the 0–10 scale is "severe"
 * (Serlin RC et al., Pain 1995;61(2):277–284). Then each suggested exercise starts with fewer sets and lighter
 * effort, and holds come first: isometric contractions ease pain for a while and load the muscle without moving
 * the sore joint (Rio E et al., Br J Sports Med 2015;49(19):1277–1283).
 */
public record DoseAdvice(Integer painNow, boolean irritable) {

    public static final int SEVERE_PAIN = 7;
    /** Effort out of 10 for a first, low dose: light to moderate. */
    static final int LOW_EFFORT_MAX = 5;

    public static DoseAdvice of(AssessmentValues values) {
        return new DoseAdvice(values.integer("subjective.pain_now").orElse(null), values.flag(SafetyScreen.IRRITABLE));
    }

    public boolean lowersDose() {
        return irritable || (painNow != null && painNow >= SEVERE_PAIN);
    }

    /** The message key and argument that say why ("Pain 8/10 now: ..."), when the dose is lowered. */
    public Optional<String> noteKey() {
        if (!lowersDose()) {
            return Optional.empty();
        }
        return Optional.of(
                painNow != null && painNow >= SEVERE_PAIN ? "suggestion.dose.pain" : "suggestion.dose.irritable");
    }

    /**
     * The exercise's usual first dose, lowered: one set fewer (at most 2, at least 1), effort at most
     * {@value #LOW_EFFORT_MAX}/10, and the reason in the note so the therapist and the next version see it.
     */
    public static ItemDosage lower(ItemDosage d, String note) {
        int sets = Math.max(1, Math.min(2, d.sets() - 1));
        Integer effortMax = d.effortMax() == null ? null : Math.min(d.effortMax(), LOW_EFFORT_MAX);
        Integer effortMin =
                d.effortMin() == null ? null : Math.min(d.effortMin(), effortMax == null ? LOW_EFFORT_MAX : effortMax);
        return new ItemDosage(
                sets,
                d.repsMin(),
                d.repsMax(),
                d.holdSeconds(),
                d.side(),
                d.timesPerDay(),
                d.daysPerWeek(),
                d.load(),
                effortMin,
                effortMax,
                d.reserveMin(),
                d.reserveMax(),
                d.restSeconds(),
                note);
    }
}
