package app.gaitway.programs.builder;

import app.gaitway.programs.ProgramService;
import app.gaitway.security.HeldForm;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/**
 * The builder for the next version of a program, filled with the latest version. Saving makes a new version;
 * the given ones are never edited.
 */
@Path("programs/{id: [0-9]{1,18}}/edit")
@RequestScoped
public class ProgramBuilderController {

    @Inject
    ProgramBuilder builder;

    @Inject
    BuilderResponses responses;

    @Inject
    ProgramService programs;

    @Inject
    Flash flash;

    @Inject
    Messages messages;

    @Inject
    HeldForm heldForm;

    @GET
    public Response start(@PathParam("id") long programId) {
        if (!programs.require(programId).isActive()) {
            flash.notice(messages.get("program.endedNoChanges"));
            return Response.seeOther(URI.create("/programs/" + programId)).build();
        }
        BuilderPage.Context context = builder.nextVersion(programId);
        java.util.Optional<BuilderForm> held = heldForm.take().map(BuilderForm::from);
        if (held.isPresent()) {
            // over the version it was typed over: a version saved meanwhile makes its Save a conflict
            return responses.resume(withBase(context, held.get()), held.get());
        }
        ProgramDraft draft = builder.nextVersionDraft(programId);
        return responses.show(builder.page(context, draft, Map.of(), "", "", 1, null, false), Response.Status.OK);
    }

    @POST
    public Response post(@PathParam("id") long programId, MultivaluedMap<String, String> body) {
        BuilderPage.Context context = builder.nextVersion(programId);
        BuilderForm form = BuilderForm.from(body);
        // The form's base version, not the program's current one: a version saved meanwhile is a conflict.
        return responses.handle(withBase(context, form), form);
    }

    private static BuilderPage.Context withBase(BuilderPage.Context context, BuilderForm form) {
        return new BuilderPage.Context(
                context.patientId(),
                context.patientName(),
                context.programId(),
                form.baseVersion(),
                context.programTitle(),
                context.latestVersion());
    }
}
