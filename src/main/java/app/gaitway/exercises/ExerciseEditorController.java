package app.gaitway.exercises;

import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The clinic's own exercises: a new one (blank, or a copy of any exercise), editing, and removing it from the
 * library. The form re-renders with everything typed when something is wrong, and "Use this pose" or "Update
 * preview" re-render it without saving.
 */
@Path("exercises/custom")
@RequestScoped
public class ExerciseEditorController {

    @Inject
    ExercisePages pages;

    @Inject
    ExerciseEditor editor;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    @Path("new")
    public String newExercise(@QueryParam("copy") Long copyOf) {
        return pages.newExercise(copyOf);
    }

    @POST
    @Path("new")
    public Response create(@QueryParam("copy") Long copyOf, MultivaluedMap<String, String> body) {
        ExerciseForm form = ExerciseForm.from(body);
        if (!isSave(body)) {
            return Response.ok(pages.rework(form, isUsePose(body), null, copyOf))
                    .build();
        }
        List<FieldProblem> problems = editor.problems(form);
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.newExercise(form, copyOf, problems))
                    .build();
        }
        long id = editor.create(form.content(), copyOf);
        flash.success(messages.get("exercise.saved", form.content().name()));
        return Response.seeOther(URI.create("/exercises/" + id)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/edit")
    public String edit(@PathParam("id") long id) {
        return pages.edit(editor.ownExercise(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/edit")
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Exercise exercise = editor.ownExercise(id);
        ExerciseForm form = ExerciseForm.from(body);
        if (!isSave(body)) {
            return Response.ok(pages.rework(form, isUsePose(body), exercise, null))
                    .build();
        }
        List<FieldProblem> problems = editor.problems(form);
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.edit(form, exercise, problems))
                    .build();
        }
        ExerciseContent content = form.content();
        try {
            StaleEdits.translated(() -> editor.update(id, form.versionSeen(), content, form.usesUploadedPictures()));
        } catch (StaleEditException changed) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(pages.changedMeanwhile(form, editor.ownExercise(id)))
                    .build();
        }
        flash.success(messages.get("exercise.saved", content.name()));
        return Response.seeOther(URI.create("/exercises/" + id)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/archive")
    public Response archive(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        int versionSeen = WholeNumbers.parseInt(body.getFirst("version")).orElse(-1);
        try {
            String name = StaleEdits.translated(() -> editor.archive(id, versionSeen));
            flash.success(messages.get("exercise.archived", name));
            return Response.seeOther(URI.create("/exercises")).build();
        } catch (StaleEditException changed) {
            flash.notice(messages.get("exercise.archiveChangedMeanwhile"));
            return Response.seeOther(URI.create("/exercises/custom/" + id + "/edit"))
                    .build();
        }
    }

    private static boolean isSave(MultivaluedMap<String, String> body) {
        String action = body.getFirst("action");
        return action == null || action.equals("save");
    }

    private static boolean isUsePose(MultivaluedMap<String, String> body) {
        return "usePose".equals(body.getFirst("action"));
    }
}
