package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every exercise must satisfy, built-in or the clinic's own (LIBRARY-FORMAT.md): enough cues but not too
 * many for a patient to hold in mind, texts short enough for a card and a printed page, a dosage inside the
 * ranges a home program uses, and a pose the renderer can draw.
 */
public final class ExerciseRules {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 60;
    public static final int ALIASES_MAX = 6;
    public static final int SUMMARY_MAX = 160;
    public static final int TARGETS_MAX = 4;
    public static final int EQUIPMENT_MAX = 3;
    public static final int STEPS_MIN = 2;
    public static final int STEPS_MAX = 7;
    public static final int STEP_MAX = 200;
    public static final int CUES_MIN = 3;
    public static final int CUES_MAX = 5;
    public static final int CUE_MAX = 80;
    public static final int MISTAKES_MIN = 1;
    public static final int MISTAKES_MAX = 4;
    public static final int MISTAKE_MAX = 120;
    public static final int FEEL_MAX = 200;
    public static final int VARIATIONS_MAX = 3;
    public static final int HOW_MAX = 120;

    /** The exercise table's slug column holds 80 characters. */
    public static final int SLUG_MAX = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ExerciseRules() {}

    /** Problems of one exercise on its own; links to other exercises are checked by whoever knows the others. */
    public static List<FieldProblem> check(ExerciseContent e, boolean needsPicture) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.slug() != null && !isSlug(e.slug())) {
            problems.add(new FieldProblem("slug", "exercise.rule.slug"));
        }
        text(problems, "name", e.name(), NAME_MIN, NAME_MAX);
        count(problems, "aliases", e.aliases().size(), 0, ALIASES_MAX);
        Set<String> seen = new HashSet<>();
        seen.add(normal(e.name()));
        for (int i = 0; i < e.aliases().size(); i++) {
            String field = "aliases[" + (i + 1) + "]";
            text(problems, field, e.aliases().get(i), NAME_MIN, NAME_MAX);
            if (!seen.add(normal(e.aliases().get(i)))) {
                problems.add(new FieldProblem(field, "exercise.rule.duplicateAlias"));
            }
        }
        text(problems, "summary", e.summary(), 1, SUMMARY_MAX);
        count(problems, "targets", e.targets().size(), 1, TARGETS_MAX);
        if (new HashSet<>(e.targets()).size() != e.targets().size()) {
            problems.add(new FieldProblem("targets", "exercise.rule.repeated"));
        }
        count(problems, "equipment", e.equipment().size(), 0, EQUIPMENT_MAX);
        for (int i = 0; i < e.equipment().size(); i++) {
            Equipment item = e.equipment().get(i);
            boolean band = item.type() == Vocabulary.EquipmentType.BAND;
            if (band && item.placement() == null) {
                problems.add(new FieldProblem("equipment[" + (i + 1) + "].placement", "exercise.rule.bandPlacement"));
            }
            if (!band && item.placement() != null) {
                problems.add(
                        new FieldProblem("equipment[" + (i + 1) + "].placement", "exercise.rule.placementOnlyForBand"));
            }
        }
        texts(problems, "steps", e.steps(), STEPS_MIN, STEPS_MAX, STEP_MAX);
        texts(problems, "cues", e.cues(), CUES_MIN, CUES_MAX, CUE_MAX);
        texts(problems, "mistakes", e.mistakes(), MISTAKES_MIN, MISTAKES_MAX, MISTAKE_MAX);
        text(problems, "feel", e.feel(), 1, FEEL_MAX);
        variations(problems, "easier", e.easier(), e.slug());
        variations(problems, "harder", e.harder(), e.slug());
        dosage(problems, e.dosage());
        if (e.illustrationJson() != null) {
            illustrationProblem(e.illustrationJson()).ifPresent(problems::add);
        } else if (needsPicture) {
            problems.add(new FieldProblem("illustration", "exercise.rule.noPicture"));
        }
        return problems;
    }

    /** Why an illustration does not read, if it does not (the reader says so in its exception's message). */
    static Optional<FieldProblem> illustrationProblem(String illustrationJson) {
        try {
            IllustrationJson.parse(illustrationJson);
            return Optional.empty();
        } catch (IllegalArgumentException wrong) {
            return Optional.of(
                    new FieldProblem("illustration", "exercise.rule.illustration", String.valueOf(wrong.getMessage())));
        }
    }

    /** Lower-case letters, digits and single dashes, at most {@link #SLUG_MAX} characters. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= SLUG_MAX && SLUG.matcher(text).matches();
    }

    /** Names and aliases compare without case, spacing or punctuation: "Clam shell" repeats "Clamshell". */
    public static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static void dosage(List<FieldProblem> problems, Dosage d) {
        range(problems, "dosage.sets", d.sets(), 1, 5);
        boolean reps = d.repsMin() != null;
        if (!reps && d.holdSeconds() == null) {
            problems.add(new FieldProblem("dosage.reps", "exercise.rule.repsOrHold"));
        }
        if (reps) {
            range(problems, "dosage.reps.min", d.repsMin(), 1, 30);
            range(problems, "dosage.reps.max", d.repsMax(), 1, 30);
            if (d.repsMax() != null && d.repsMin() > d.repsMax()) {
                problems.add(new FieldProblem("dosage.reps", "exercise.rule.minAboveMax"));
            }
        }
        if (d.holdSeconds() != null) {
            range(problems, "dosage.holdSeconds", d.holdSeconds(), 5, 120);
        }
        range(problems, "dosage.timesPerDay", d.timesPerDay(), 1, 3);
        range(problems, "dosage.daysPerWeek", d.daysPerWeek(), 1, 7);
        if (d.effortMin() != null) {
            range(problems, "dosage.effort.min", d.effortMin(), 1, 10);
            range(problems, "dosage.effort.max", d.effortMax(), 1, 10);
            if (d.effortMax() != null && d.effortMin() > d.effortMax()) {
                problems.add(new FieldProblem("dosage.effort", "exercise.rule.minAboveMax"));
            }
        }
        if (d.restSeconds() != null) {
            range(problems, "dosage.restSeconds", d.restSeconds(), 0, 180);
        }
    }

    private static void variations(List<FieldProblem> problems, String field, List<Variation> list, String ownSlug) {
        count(problems, field, list.size(), 0, VARIATIONS_MAX);
        for (int i = 0; i < list.size(); i++) {
            Variation v = list.get(i);
            String f = field + "[" + (i + 1) + "]";
            if (v.slug() == null && (v.how() == null || v.how().isBlank())) {
                problems.add(new FieldProblem(f, "exercise.rule.variationEmpty"));
            }
            if (v.how() != null) {
                text(problems, f + ".how", v.how(), 1, HOW_MAX);
            }
            if (v.slug() != null && !isSlug(v.slug())) {
                problems.add(new FieldProblem(f + ".slug", "exercise.rule.linkNotAnExercise"));
            } else if (v.slug() != null && v.slug().equals(ownSlug)) {
                problems.add(new FieldProblem(f + ".slug", "exercise.rule.linksItself"));
            }
        }
    }

    private static void texts(
            List<FieldProblem> problems, String field, List<String> list, int min, int max, int maxLength) {
        count(problems, field, list.size(), min, max);
        for (int i = 0; i < list.size(); i++) {
            text(problems, field + "[" + (i + 1) + "]", list.get(i), 1, maxLength);
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new FieldProblem(field, "exercise.rule.required"));
        } else if (v.length() < min) {
            problems.add(new FieldProblem(field, "exercise.rule.tooShort", min));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "exercise.rule.tooLong", max, v.length()));
        } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')
                || !TypedText.isAcceptable(v, TypedText.Lines.MANY)) {
            problems.add(new FieldProblem(field, TypedText.MESSAGE_KEY));
        }
    }

    private static void count(List<FieldProblem> problems, String field, int count, int min, int max) {
        if (count < min || count > max) {
            problems.add(new FieldProblem(field, "exercise.rule.count", min, max, count));
        }
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new FieldProblem(field, "exercise.rule.range", min, max, value));
        }
    }
}
