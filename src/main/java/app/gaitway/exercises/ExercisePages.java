package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import app.gaitway.security.HeldForm;
import app.gaitway.shared.web.Choice;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the model of the exercise pages, so the controllers only route: the library, one exercise, and the
 * editor of the clinic's own exercises with its choices, its pose preview and its uploaded pictures.
 */
@RequestScoped
public class ExercisePages {

    private static final String LIBRARY = "exercises/library.html";
    private static final String EXERCISE = "exercises/exercise.html";
    private static final String EDITOR = "exercises/edit.html";
    private static final String NEW = "new";
    private static final String EDIT = "edit";
    /** The pose a blank exercise starts from (any built-in one when it is gone). */
    private static final String DEFAULT_POSE = "hip-bridge";

    @Inject
    Models models;

    @Inject
    ExerciseCatalog catalog;

    @Inject
    ExerciseEditor editor;

    @Inject
    Messages messages;

    @Inject
    HeldForm heldForm;

    @Inject
    HttpServletRequest request;

    public String library(LibraryQuery query) {
        models.put("library", catalog.find(query));
        models.put("query", query);
        String any = messages.get("library.filter.any");
        models.put("categories", Choices.of(Category.class, "category", messages, any));
        models.put("targets", Choices.of(Target.class, "target", messages, any));
        models.put("equipmentTypes", Choices.of(EquipmentType.class, "equipment", messages, any));
        models.put("positions", Choices.of(StartPosition.class, "position", messages, any));
        return LIBRARY;
    }

    public String exercise(long id) {
        ExerciseDetails details = catalog.details(id);
        models.put("exercise", details);
        models.put("dosageAmount", DosageWords.amount(details.content().dosage(), messages));
        models.put("dosageOften", DosageWords.often(details.content().dosage(), messages));
        models.put("dosageExtras", DosageWords.extras(details.content().dosage(), messages));
        return EXERCISE;
    }

    /** A new exercise: what was typed before the session ended (not saved), a copy of {@code copyOf}, or blank. */
    public String newExercise(Long copyOf) {
        Optional<ExerciseForm> held = heldForm.take().map(ExerciseForm::from);
        if (held.isPresent()) {
            return newExercise(held.get(), copyOf, new FormErrors());
        }
        if (copyOf != null) {
            return newExercise(copyForm(catalog.visible(copyOf)), copyOf, new FormErrors());
        }
        List<Exercise> builtIn = editor.builtInExercises();
        String pose = builtIn.stream()
                .filter(e -> DEFAULT_POSE.equals(e.getSlug()))
                .findFirst()
                .or(() -> builtIn.stream().findFirst())
                .map(e -> e.content().illustrationJson())
                .orElse(null);
        return newExercise(ExerciseForm.blank(pose), null, new FormErrors());
    }

    public String newExercise(ExerciseForm form, Long copyOf, List<FieldProblem> problems) {
        return newExercise(form, copyOf, FormErrors.of(problems, messages));
    }

    /**
     * Editing: what was typed before the session ended, with the version it was typed over (an edit meanwhile is a
     * conflict on Save), or the exercise as saved; with the outcome of a picture upload that came back here.
     */
    public String edit(Exercise exercise) {
        models.put("uploadErrors", UploadForms.takeUploadErrors(request));
        ExerciseForm form = heldForm.take()
                .map(ExerciseForm::from)
                .orElseGet(() -> ExerciseForm.of(exercise.content(), exercise.getVersion()));
        return editor(form, exercise, new FormErrors(), EDIT);
    }

    public String edit(ExerciseForm form, Exercise exercise, List<FieldProblem> problems) {
        return editor(form, exercise, FormErrors.of(problems, messages), EDIT);
    }

    /** Saved by someone else first: their version beside the form, the form as typed over it. */
    public String changedMeanwhile(ExerciseForm form, Exercise current) {
        FormErrors errors = new FormErrors().global(messages.get("exercise.changedMeanwhile", current.getRevision()));
        models.put("savedNow", current.content());
        return editor(form.withVersion(String.valueOf(current.getVersion())), current, errors, EDIT);
    }

    /** "Use this pose" or "Update preview": the same form again, nothing saved; {@code exercise} null for a new one. */
    public String rework(ExerciseForm form, boolean usePose, Exercise exercise, Long copyOf) {
        FormErrors errors = new FormErrors();
        if (usePose) {
            Optional<String> pose = form.poseFromId().flatMap(this::builtInPose);
            if (pose.isPresent()) {
                form = form.withPose(pose.get());
            } else {
                errors.add("poseFrom", messages.get("form.exercise.choose"));
            }
        }
        return exercise == null ? newExercise(form, copyOf, errors) : editor(form, exercise, errors, EDIT);
    }

    private String newExercise(ExerciseForm form, Long copyOf, FormErrors errors) {
        models.put("copyOf", copyOf);
        return editor(form, null, errors, NEW);
    }

    /** A copy is named "… (copy)" unless that is too long, and is a new exercise (no version). */
    private ExerciseForm copyForm(Exercise source) {
        String name = messages.get("exercise.copyName", source.getName());
        ExerciseContent content =
                source.content().withName(name.length() > ExerciseRules.NAME_MAX ? source.getName() : name);
        return ExerciseForm.of(content, 0).withVersion("");
    }

    private Optional<String> builtInPose(long id) {
        return editor.builtInExercises().stream()
                .filter(e -> e.getId() == id)
                .findFirst()
                .map(e -> e.content().illustrationJson());
    }

    private String editor(ExerciseForm form, Exercise exercise, FormErrors errors, String mode) {
        models.put("form", form);
        models.put("errors", errors);
        models.put("mode", mode);
        models.put("exercise", exercise);
        choices();
        if (models.get("uploadErrors") == null) {
            models.put("uploadErrors", Map.of());
        }
        preview(form)
                .ifPresentOrElse(
                        p -> {
                            models.put("previewStart", dataUri(p.startSvg()));
                            models.put("previewEnd", dataUri(p.endSvg()));
                            models.put("previewStartAlt", p.startText());
                            models.put("previewEndAlt", p.endText());
                        },
                        () -> {
                            if (form.usesPose() && !form.poseJson().isBlank()) {
                                errors.add("pose", messages.get("form.exercise.poseNotDrawable"));
                            }
                        });
        if (exercise != null && exercise.getStartPictureId() != null) {
            models.put(
                    "uploadedStart",
                    PictureAddresses.of(
                            exercise.getId(), exercise.getRevision(), "start", exercise.getStartPictureId()));
            models.put(
                    "uploadedEnd",
                    PictureAddresses.of(exercise.getId(), exercise.getRevision(), "end", exercise.getEndPictureId()));
        }
        return EDITOR;
    }

    private void choices() {
        String pick = messages.get("form.exercise.pick");
        models.put("categories", Choices.of(Category.class, "category", messages, pick));
        models.put("positions", Choices.of(StartPosition.class, "position", messages, pick));
        models.put("targetChoices", Choices.of(Target.class, "target", messages, null));
        models.put("equipmentChoices", Choices.of(EquipmentType.class, "equipment", messages, null));
        models.put("loadChoices", Choices.of(LoadTag.class, "load", messages, null));
        models.put(
                "placements",
                Choices.of(BandPlacement.class, "placement", messages, messages.get("form.exercise.noBand")));
        models.put("sidesChoices", Choices.of(Sides.class, "sides", messages, pick));
        List<Choice> links = new ArrayList<>();
        links.add(new Choice("", messages.get("form.exercise.noLink")));
        List<Choice> poses = new ArrayList<>();
        poses.add(new Choice("", pick));
        for (Exercise e : editor.builtInExercises()) {
            links.add(new Choice(e.getSlug(), e.getName()));
            poses.add(new Choice(String.valueOf(e.getId()), e.getName()));
        }
        models.put("linkChoices", links);
        models.put("poseChoices", poses);
        models.put("angleFields", PoseAngles.fieldNames());
    }

    /** The pose as typed, drawn; empty when it cannot be drawn (the error says so beside the angles). */
    private static Optional<RenderedIllustration> preview(ExerciseForm form) {
        Optional<String> posed = form.posedIllustration();
        if (posed.isEmpty() || ExerciseRules.illustrationProblem(posed.get()).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SvgRenderer.render(IllustrationJson.parse(posed.get()), form.name(), "preview"));
        } catch (IllegalArgumentException | IllegalStateException cannotDraw) {
            // the angles typed put the figure where it cannot be drawn (a foot through the floor, say)
            return Optional.empty();
        }
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
