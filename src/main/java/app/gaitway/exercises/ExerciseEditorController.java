package app.gaitway.exercises;

import app.gaitway.shared.web.Choice;
import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import app.gaitway.security.HeldForm;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic's own exercises: a new one (blank, or a copy of any exercise), editing, and removing it from the
 * library. The form re-renders with everything typed when something is wrong, and "Use this pose" or "Update
 * preview" re-render it without saving.
 */
@Controller
@Path("exercises/custom")
@RequestScoped
public class ExerciseEditorController {

    private static final String VIEW = "exercises/edit.html";
    private static final String DEFAULT_POSE = "hip-bridge";

    @Inject
    Models models;

    @Inject
    ExerciseEditor editor;

    @Inject
    ExerciseCatalog catalog;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HttpServletRequest request;

    @Inject
    HeldForm heldForm;

    @GET
    @Path("new")
    public String newExercise(@QueryParam("copy") Long copyOf) {
        Optional<ExerciseForm> held = heldForm.take().map(ExerciseForm::from);
        if (held.isPresent()) {
            // typed before the session ended: shown as typed, not saved
            models.put("copyOf", copyOf);
            return show(held.get(), null, new FormErrors(), "new");
        }
        if (copyOf != null) {
            Exercise source = catalog.visible(copyOf);
            ExerciseForm form = ExerciseForm.of(source.content(), 0);
            form.name = messages.get("exercise.copyName", source.getName());
            if (form.name.length() > ExerciseRules.NAME_MAX) {
                form.name = source.getName();
            }
            form.version = "";
            models.put("copyOf", copyOf);
            return show(form, null, new FormErrors(), "new");
        }
        List<Exercise> builtIn = editor.builtInExercises();
        String pose = builtIn.stream().filter(e -> DEFAULT_POSE.equals(e.getSlug())).findFirst()
                .or(() -> builtIn.stream().findFirst())
                .map(e -> e.content().illustrationJson()).orElse(null);
        return show(ExerciseForm.blank(pose), null, new FormErrors(), "new");
    }

    @POST
    @Path("new")
    public Response create(@QueryParam("copy") Long copyOf, MultivaluedMap<String, String> fields) {
        ExerciseForm form = ExerciseForm.from(fields);
        models.put("copyOf", copyOf);
        if (!isSave(fields)) {
            return Response.ok(rework(form, fields, null, "new")).build();
        }
        ExerciseForm.Result result = form.toContent(editor.linkableSlugs());
        if (!result.ok()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(show(form, null, errors(result), "new")).build();
        }
        long id = editor.create(result.content(), copyOf);
        flash.success(messages.get("exercise.saved", result.content().name()));
        return Response.seeOther(URI.create("/exercises/" + id)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/edit")
    public String edit(@PathParam("id") long id) {
        Exercise e = editor.ownExercise(id);
        models.put("uploadErrors", UploadForms.takeUploadErrors(request));
        // typed before the session ended, with the version it was typed over: an edit meanwhile is a conflict on Save
        ExerciseForm form = heldForm.take().map(ExerciseForm::from).orElseGet(() -> ExerciseForm.of(e.content(), e.getVersion()));
        return show(form, e, new FormErrors(), "edit");
    }

    @POST
    @Path("{id: [0-9]{1,18}}/edit")
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Exercise e = editor.ownExercise(id);
        ExerciseForm form = ExerciseForm.from(fields);
        if (!isSave(fields)) {
            return Response.ok(rework(form, fields, e, "edit")).build();
        }
        ExerciseForm.Result result = form.toContent(editor.linkableSlugs());
        if (!result.ok()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(show(form, e, errors(result), "edit")).build();
        }
        try {
            editor.update(id, versionSeen(form), result.content(), ExerciseForm.PICTURE_UPLOADED.equals(form.pictureSource));
        } catch (ExerciseEditor.ChangedMeanwhile changed) {
            FormErrors errors = new FormErrors().global(messages.get("exercise.changedMeanwhile",
                    changed.current().getRevision()));
            form.version = String.valueOf(changed.current().getVersion());
            models.put("savedNow", changed.current().content());
            return Response.status(Response.Status.CONFLICT).entity(show(form, changed.current(), errors, "edit")).build();
        }
        flash.success(messages.get("exercise.saved", result.content().name()));
        return Response.seeOther(URI.create("/exercises/" + id)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/archive")
    public Response archive(@PathParam("id") long id, @FormParam("version") String version) {
        int seen;
        try {
            seen = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            seen = -1;
        }
        try {
            String name = editor.archive(id, seen);
            flash.success(messages.get("exercise.archived", name));
            return Response.seeOther(URI.create("/exercises")).build();
        } catch (ExerciseEditor.ChangedMeanwhile changed) {
            flash.success(messages.get("exercise.archiveChangedMeanwhile"));
            return Response.seeOther(URI.create("/exercises/custom/" + id + "/edit")).build();
        }
    }

    private static boolean isSave(MultivaluedMap<String, String> fields) {
        String action = fields.getFirst("action");
        return action == null || action.equals("save");
    }

    /** "Use this pose" or "Update preview": the same form again, nothing saved. */
    private String rework(ExerciseForm form, MultivaluedMap<String, String> fields, Exercise exercise, String mode) {
        FormErrors errors = new FormErrors();
        if ("usePose".equals(fields.getFirst("action"))) {
            Optional<String> pose = parseId(form.poseFrom).flatMap(this::builtInPose);
            if (pose.isPresent()) {
                form.usePose(pose.get());
            } else {
                errors.add("poseFrom", messages.get("form.exercise.choose"));
            }
        }
        return show(form, exercise, errors, mode);
    }

    private Optional<String> builtInPose(long id) {
        return editor.builtInExercises().stream().filter(e -> e.getId() == id).findFirst()
                .map(e -> e.content().illustrationJson());
    }

    private String show(ExerciseForm form, Exercise exercise, FormErrors errors, String mode) {
        models.put("form", form);
        models.put("errors", errors);
        models.put("mode", mode);
        models.put("exercise", exercise);
        models.put("categories", Choices.of(Category.class, "category", messages, messages.get("form.exercise.pick")));
        models.put("positions", Choices.of(StartPosition.class, "position", messages, messages.get("form.exercise.pick")));
        models.put("targetChoices", Choices.of(Target.class, "target", messages, null));
        models.put("equipmentChoices", Choices.of(EquipmentType.class, "equipment", messages, null));
        models.put("loadChoices", Choices.of(Vocabulary.LoadTag.class, "load", messages, null));
        models.put("placements", Choices.of(BandPlacement.class, "placement", messages, messages.get("form.exercise.noBand")));
        models.put("sidesChoices", Choices.of(Sides.class, "sides", messages, messages.get("form.exercise.pick")));
        List<Exercise> builtIn = editor.builtInExercises();
        List<Choice> links = new ArrayList<>();
        links.add(new Choice("", messages.get("form.exercise.noLink")));
        List<Choice> poses = new ArrayList<>();
        poses.add(new Choice("", messages.get("form.exercise.pick")));
        for (Exercise e : builtIn) {
            links.add(new Choice(e.getSlug(), e.getName()));
            poses.add(new Choice(String.valueOf(e.getId()), e.getName()));
        }
        models.put("linkChoices", links);
        models.put("poseChoices", poses);
        models.put("angleFields", PoseAngles.fieldNames());
        if (models.get("uploadErrors") == null) {
            models.put("uploadErrors", Map.of());
        }
        preview(form).ifPresentOrElse(p -> {
            models.put("previewStart", dataUri(p.startSvg()));
            models.put("previewEnd", dataUri(p.endSvg()));
            models.put("previewStartAlt", p.startText());
            models.put("previewEndAlt", p.endText());
        }, () -> {
            if (ExerciseForm.PICTURE_POSE.equals(form.pictureSource) && !form.poseJson.isBlank()) {
                errors.add("pose", messages.get("form.exercise.poseNotDrawable"));
            }
        });
        if (exercise != null && exercise.getStartPictureId() != null) {
            models.put("uploadedStart", PictureAddresses.of(exercise.getId(), exercise.getRevision(), "start", exercise.getStartPictureId()));
            models.put("uploadedEnd", PictureAddresses.of(exercise.getId(), exercise.getRevision(), "end", exercise.getEndPictureId()));
        }
        return VIEW;
    }

    /** The pose as typed, drawn; empty when it cannot be drawn (the error says so beside the angles). */
    private static Optional<RenderedIllustration> preview(ExerciseForm form) {
        if (form.poseJson == null || form.poseJson.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<String, Integer> typed = new LinkedHashMap<>();
            form.angles.forEach((k, v) -> {
                try {
                    typed.put(k, Integer.valueOf(v.strip()));
                } catch (NumberFormatException notANumber) {
                    // drawn with the pose's own angle; the field shows its error on save
                }
            });
            String json = PoseAngles.write(form.poseJson, typed);
            return Optional.of(SvgRenderer.render(IllustrationJson.parse(json), form.name, "preview"));
        } catch (RuntimeException cannotDraw) {
            return Optional.empty();
        }
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private FormErrors errors(ExerciseForm.Result result) {
        FormErrors errors = new FormErrors();
        for (ExerciseForm.FieldProblem p : result.problems()) {
            if (!errors.has(p.field())) {
                errors.add(p.field(), messages.get(p.key(), p.args()));
            }
        }
        return errors;
    }

    private static int versionSeen(ExerciseForm form) {
        try {
            return Integer.parseInt(form.version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
