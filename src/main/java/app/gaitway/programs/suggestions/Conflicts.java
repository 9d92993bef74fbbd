package app.gaitway.programs.suggestions;

import app.gaitway.assessments.screen.Precaution;
import app.gaitway.assessments.screen.Precaution.HipApproach;
import app.gaitway.assessments.screen.Precaution.Kind;
import app.gaitway.assessments.screen.Precaution.WeightBearing;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static app.gaitway.exercises.Vocabulary.LoadTag.ADDUCTION_PAST_MIDLINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.DEEP_HIP_FLEXION;
import static app.gaitway.exercises.Vocabulary.LoadTag.FLOOR_TRANSFER;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIGH_KNEE_LOAD;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_EXTENSION;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_EXTERNAL_ROTATION;
import static app.gaitway.exercises.Vocabulary.LoadTag.HIP_INTERNAL_ROTATION;
import static app.gaitway.exercises.Vocabulary.LoadTag.LOADED_SPINAL_FLEXION;
import static app.gaitway.exercises.Vocabulary.LoadTag.PRONE;
import static app.gaitway.exercises.Vocabulary.LoadTag.SINGLE_LEG_STANCE;
import static app.gaitway.exercises.Vocabulary.LoadTag.SUPINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.UNSTABLE_SURFACE;
import static app.gaitway.exercises.Vocabulary.LoadTag.WEIGHT_BEARING;

/**
 * The one table from precautions to the exercise loads they rule out. Suggestions leave such exercises out with
 * the reason; the builder warns when one is added by hand and records the warning on the saved version. The
 * therapist, who may know the surgeon's protocol better, can always add the exercise.
 *
 * <ul>
 * <li><b>Hip replacement, posterior approach</b> (and an approach not recorded, treated as the strictest): no hip
 *     flexion past 90°, no adduction past the midline, no internal rotation, usually for 6–12 weeks (Smith TO et
 *     al., Cochrane Database Syst Rev 2016;(7):CD010815; the precautions the trials compared).</li>
 * <li><b>Anterior approach</b>: no extension past neutral and no external rotation, the position that dislocates
 *     an anterior hip (same review).</li>
 * <li><b>Lateral or anterolateral approach</b>: surgeons differ; the common set is no adduction past the midline,
 *     no extension and no external rotation (Peak EL et al., J Bone Joint Surg Am 2005;87(2):247–253, a trial of
 *     restrictions after the anterolateral approach).</li>
 * <li><b>Weight bearing below full</b>: the surgeon's order. Partial: no single-leg stance, heavy knee loading or
 *     wobbly surfaces; toe touch or none: no standing work on the leg at all.</li>
 * <li><b>Osteoporosis</b>: no loaded or end-range spinal flexion (Giangregorio LM et al., "Too Fit To Fracture",
 *     Osteoporos Int 2014;25(3):821–835).</li>
 * <li><b>Pregnancy</b>: no lying flat on the back after the first trimester, no lying on the front, no activities
 *     with a high risk of falling (ACOG Committee Opinion 804, Obstet Gynecol 2020;135(4):e178–e188).</li>
 * <li><b>High fall risk</b>: balance work yes, but supported and progressed in the clinic first; at home no getting
 *     down to the floor alone and no wobble board (Sherrington C et al., Br J Sports Med 2017;51:1750–1758).</li>
 * <li><b>Other recent surgery</b>: nothing is ruled out automatically; the builder reminds the therapist to follow
 *     the surgeon's protocol.</li>
 * </ul>
 */
public final class Conflicts {

    private Conflicts() {}

    /** The loads a precaution rules out. */
    public static Set<LoadTag> ruledOut(Precaution p) {
        return switch (p.kind()) {
            case HIP_REPLACEMENT -> hip(p.approach());
            case WEIGHT_BEARING ->
                p.weightBearing() == WeightBearing.PARTIAL
                        ? EnumSet.of(SINGLE_LEG_STANCE, HIGH_KNEE_LOAD, UNSTABLE_SURFACE)
                        : EnumSet.of(WEIGHT_BEARING, SINGLE_LEG_STANCE, HIGH_KNEE_LOAD, UNSTABLE_SURFACE);
            case OSTEOPOROSIS -> EnumSet.of(LOADED_SPINAL_FLEXION);
            case PREGNANCY ->
                p.pastFirstTrimester()
                        ? EnumSet.of(SUPINE, PRONE, UNSTABLE_SURFACE)
                        : EnumSet.of(PRONE, UNSTABLE_SURFACE);
            case FALL_RISK -> EnumSet.of(FLOOR_TRANSFER, UNSTABLE_SURFACE);
            case RECENT_SURGERY -> EnumSet.noneOf(LoadTag.class);
        };
    }

    private static Set<LoadTag> hip(HipApproach approach) {
        return switch (approach) {
            case POSTERIOR, UNKNOWN -> EnumSet.of(DEEP_HIP_FLEXION, ADDUCTION_PAST_MIDLINE, HIP_INTERNAL_ROTATION);
            case ANTERIOR -> EnumSet.of(HIP_EXTENSION, HIP_EXTERNAL_ROTATION);
            case LATERAL -> EnumSet.of(ADDUCTION_PAST_MIDLINE, HIP_EXTENSION, HIP_EXTERNAL_ROTATION);
        };
    }

    /** Every conflict between the precautions that apply and an exercise's loads, precaution by precaution. */
    public static List<Conflict> between(Collection<Precaution> precautions, Collection<LoadTag> loads) {
        List<Conflict> found = new ArrayList<>();
        for (Precaution p : precautions) {
            Set<LoadTag> out = ruledOut(p);
            for (LoadTag load : loads) {
                if (out.contains(load)) {
                    found.add(new Conflict(p, load));
                }
            }
        }
        return found;
    }

    /**
     * A conflict in words: "hip replacement (posterior approach, 6 weeks): bends the hip past 90°", with the
     * precaution's own state on {@code today}.
     */
    public static String text(Conflict c, LocalDate today, Messages messages) {
        return messages.get("conflict.line", label(c.precaution(), today, messages), messages.get(c.reasonKey()));
    }

    /** The precaution as a therapist says it: "hip replacement (posterior approach, right, 6 weeks)". */
    public static String label(Precaution p, LocalDate today, Messages messages) {
        return switch (p.kind()) {
            case HIP_REPLACEMENT -> {
                List<String> parts = new ArrayList<>();
                parts.add(messages.get("precaution.hip.approach." + p.approach().code()));
                if (p.side() != null) {
                    parts.add(messages.get("precaution.side." + p.side().code()));
                }
                parts.add(
                        p.since() == null
                                ? messages.get("precaution.hip.noDate")
                                : messages.get("precaution.hip.weeks", p.weeksSince(today)));
                yield messages.get("precaution.hip", String.join(", ", parts));
            }
            case WEIGHT_BEARING ->
                messages.get("precaution.weightBearing." + p.weightBearing().code());
            case PREGNANCY ->
                p.pregnancyWeeks() == null
                        ? messages.get("precaution.pregnancy")
                        : messages.get("precaution.pregnancyWeeks", p.pregnancyWeeks());
            case RECENT_SURGERY -> messages.get("precaution.recentSurgery", p.note());
            case OSTEOPOROSIS -> messages.get("precaution.osteoporosis");
            case FALL_RISK -> messages.get("precaution.fallRisk");
        };
    }

    /** Whether a precaution has nothing in the table and only asks the therapist to follow the surgeon. */
    public static boolean onlyReminds(Precaution p) {
        return p.kind() == Kind.RECENT_SURGERY;
    }
}
