package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns an {@link ExerciseForm} into an exercise and the problems of it, named by form field. A value that does not
 * read is a problem of its field and gets a harmless stand-in, so the exercise's own rules ({@link ExerciseRules})
 * still run and every other mistake is named at once; a field that already has a problem gets no second one.
 */
final class ExerciseFormReader {

    private final ExerciseForm form;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final ExerciseContent content;

    ExerciseFormReader(ExerciseForm form) {
        this.form = form;
        // read field by field in the page's order, so the problems are listed in it too
        this.content = new ExerciseContent(
                null,
                form.name().strip(),
                lines(form.aliases()),
                form.summary().strip(),
                choice(Category.class, form.category(), "category").orElse(Category.STRENGTH),
                choice(StartPosition.class, form.position(), "position").orElse(StartPosition.STANDING),
                targets(),
                equipment(),
                loads(),
                lines(form.steps()),
                lines(form.cues()),
                lines(form.mistakes()),
                form.feel().strip(),
                form.easier(),
                form.harder(),
                dosage(),
                illustration());
        addRuleProblems(problems.isEmpty());
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** The exercise as read, with stand-ins for values that did not read. */
    ExerciseContent content() {
        return content;
    }

    /** The form field a problem of the exercise belongs to ("cues[2]" → "cues", "dosage.sets" → "sets"). */
    static String formField(String exerciseField) {
        String f = exerciseField.replaceAll("\\[\\d+]", "");
        return switch (f) {
            case "equipment.placement" -> "bandPlacement";
            case "easier.how", "easier.slug" -> "easier";
            case "harder.how", "harder.slug" -> "harder";
            case "illustration" -> "pose";
            case "dosage.reps", "dosage.reps.min" -> "repsMin";
            case "dosage.reps.max" -> "repsMax";
            case "dosage.effort", "dosage.effort.min" -> "effortMin";
            case "dosage.effort.max" -> "effortMax";
            default -> f.startsWith("dosage.") ? f.substring("dosage.".length()) : f;
        };
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (String code : form.targets()) {
            Vocabulary.fromCode(Target.class, code)
                    .ifPresentOrElse(targets::add, () -> problem("targets", "form.exercise.unknownChoice"));
        }
        return targets;
    }

    private List<Equipment> equipment() {
        List<Equipment> equipment = new ArrayList<>();
        for (String code : form.equipment()) {
            Optional<EquipmentType> type = Vocabulary.fromCode(EquipmentType.class, code);
            if (type.isEmpty()) {
                problem("equipment", "form.exercise.unknownChoice");
            } else if (type.get() == EquipmentType.BAND) {
                Optional<BandPlacement> placement = Vocabulary.fromCode(BandPlacement.class, form.bandPlacement());
                if (placement.isEmpty()) {
                    problem("bandPlacement", "exercise.rule.bandPlacement");
                }
                equipment.add(new Equipment(type.get(), placement.orElse(null)));
            } else {
                equipment.add(new Equipment(type.get(), null));
            }
        }
        return equipment;
    }

    /** The ticked load tags; a value outside the vocabulary cannot come from the form's boxes and is dropped. */
    private List<LoadTag> loads() {
        return form.loads().stream()
                .map(code -> Vocabulary.fromCode(LoadTag.class, code))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** A range typed at one end only is that one number (10 to blank is 10 to 10). */
    private Dosage dosage() {
        Integer sets = number(form.sets(), "sets", true);
        Integer repsMin = number(form.repsMin(), "repsMin", false);
        Integer repsMax = number(form.repsMax(), "repsMax", false);
        Integer hold = number(form.holdSeconds(), "holdSeconds", false);
        Sides sides = choice(Sides.class, form.sides(), "sides").orElse(Sides.BOTH);
        Integer perDay = number(form.timesPerDay(), "timesPerDay", true);
        Integer perWeek = number(form.daysPerWeek(), "daysPerWeek", true);
        Integer effortMin = number(form.effortMin(), "effortMin", false);
        Integer effortMax = number(form.effortMax(), "effortMax", false);
        Integer rest = number(form.restSeconds(), "restSeconds", false);
        return new Dosage(
                sets == null ? 1 : sets,
                either(repsMin, repsMax),
                either(repsMax, repsMin),
                hold,
                sides,
                perDay == null ? 1 : perDay,
                perWeek == null ? 1 : perWeek,
                either(effortMin, effortMax),
                either(effortMax, effortMin),
                rest);
    }

    /** The pose with the typed angles written in; none for uploaded pictures or when it cannot be had. */
    private String illustration() {
        if (!form.usesPose()) {
            return null;
        }
        if (form.poseJson().isBlank()) {
            problem("pose", "exercise.rule.noPicture");
            return null;
        }
        Map<String, Integer> typed = new LinkedHashMap<>();
        form.angles().forEach((field, text) -> {
            Integer degrees = number(text, "angle." + field, false);
            if (degrees != null) {
                typed.put(field, degrees);
            }
        });
        Optional<String> posed = PoseAngles.writeIfPose(form.poseJson(), typed);
        if (posed.isEmpty()) {
            problem("pose", "exercise.rule.illustration", "the pose is not readable");
        }
        return posed.orElse(null);
    }

    private void addRuleProblems(boolean allRead) {
        Set<String> named = new HashSet<>();
        problems.forEach(p -> named.add(p.field()));
        // a stand-in for reps that did not read could make "reps or hold" wrongly complain
        boolean repsOrHoldTyped = !form.repsMin().isBlank()
                || !form.repsMax().isBlank()
                || !form.holdSeconds().isBlank();
        for (FieldProblem p : ExerciseRules.check(content, form.usesPose())) {
            String field = formField(p.field());
            boolean standInForUnreadableNumber = "repsMin".equals(field) && repsOrHoldTyped && !allRead;
            if (!standInForUnreadableNumber && named.add(field)) {
                problems.add(new FieldProblem(field, p.key(), p.args()));
            }
        }
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, String code, String field) {
        if (code.isBlank()) {
            problem(field, "form.exercise.choose");
            return Optional.empty();
        }
        Optional<E> value = Vocabulary.fromCode(type, code);
        if (value.isEmpty()) {
            problem(field, "form.exercise.unknownChoice");
        }
        return value;
    }

    private Integer number(String text, String field, boolean required) {
        if (text.isBlank()) {
            if (required) {
                problem(field, "exercise.rule.required");
            }
            return null;
        }
        OptionalInt value = WholeNumbers.parseInt(text);
        if (value.isEmpty()) {
            problem(field, "form.exercise.wholeNumber");
            return null;
        }
        return value.getAsInt();
    }

    private void problem(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
    }

    private static Integer either(Integer value, Integer otherwise) {
        return value != null ? value : otherwise;
    }
}
