package app.gaitway.programs.builder;

import app.gaitway.security.HeldForm;
import app.gaitway.shared.text.WholeNumbers;
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

import java.util.Map;
import java.util.Optional;

/** The builder for a new program of a patient: blank, or started from a template. */
@Path("patients/{patientId: [0-9]{1,18}}/programs/new")
@RequestScoped
public class NewProgramController {

    @Inject
    ProgramBuilder builder;

    @Inject
    BuilderResponses responses;

    @Inject
    Messages messages;

    @Inject
    HeldForm heldForm;

    @GET
    public Response start(@PathParam("patientId") long patientId, @QueryParam("template") String template) {
        BuilderPage.Context context = builder.newProgram(patientId);
        Optional<BuilderForm> held = heldForm.take().map(BuilderForm::from);
        if (held.isPresent()) {
            return responses.resume(context, held.get());
        }
        Optional<Long> templateId = WholeNumbers.parseLong(template).filter(id -> id >= 0);
        ProgramDraft draft = builder.firstDraft(patientId, templateId);
        String notice = templateId.isPresent()
                ? messages.get("builder.notice.fromTemplate", draft.header().title())
                : null;
        return responses.show(builder.page(context, draft, Map.of(), "", "", 1, notice, false), Response.Status.OK);
    }

    @POST
    public Response post(@PathParam("patientId") long patientId, MultivaluedMap<String, String> body) {
        return responses.handle(builder.newProgram(patientId), BuilderForm.from(body));
    }
}
