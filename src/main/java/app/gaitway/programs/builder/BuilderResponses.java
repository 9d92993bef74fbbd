package app.gaitway.programs.builder;

import app.gaitway.patients.PatientArchived;
import app.gaitway.programs.NewProgramVersion;
import app.gaitway.programs.Program;
import app.gaitway.programs.ProgramService;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/**
 * What the builder's two addresses (a new program, the next version of one) share: every button posts the
 * whole builder; "save" checks and saves it, the others (add, remove, move, search) change the draft and show
 * it again, so nothing typed is lost.
 */
@RequestScoped
public class BuilderResponses {

    private static final String VIEW = "programs/builder.html";

    @Inject
    Models models;

    @Inject
    ProgramBuilder builder;

    @Inject
    ProgramService programs;

    @Inject
    BuilderSuggestions suggestions;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    Response handle(BuilderPage.Context context, BuilderForm form) {
        // Whatever the step, the draft on the page answering it is not saved yet: leaving it should ask first.
        models.put("unsaved", true);
        BuilderAction action = form.action();
        ProgramDraft draft = form.draft();
        int searchPage = action.kind() == BuilderAction.Kind.PAGE ? (int) Math.min(action.argument(), 1000) : 1;
        if (!action.isSave()) {
            String notice = builder.apply(context.patientId(), action, draft).orElse(null);
            return show(
                    builder.page(context, draft, Map.of(), form.query(), form.category(), searchPage, notice, false),
                    Response.Status.OK);
        }
        DraftCheck.Result checked = DraftCheck.check(draft, builder.therapistIds());
        if (!checked.ok()) {
            String notice =
                    messages.get("builder.notice.problems", checked.problems().size());
            return show(
                    builder.page(context, draft, checked.problems(), form.query(), form.category(), 1, notice, false),
                    Response.Status.BAD_REQUEST);
        }
        // Exercises kept against a recorded precaution: the warning the therapist saw goes with the version.
        String warnings = suggestions.warningsForSave(context.patientId(), draft);
        NewProgramVersion version = checked.checked().version(draft.items());
        try {
            if (context.isNew()) {
                long id = StaleEdits.translated(() -> programs.create(context.patientId(), version, warnings));
                flash.success(messages.get("program.created"));
                return Response.seeOther(URI.create("/programs/" + id)).build();
            }
            ProgramService.Saved saved = StaleEdits.translated(
                    () -> programs.saveNewVersion(context.programId(), context.baseVersion(), version, warnings));
            if (saved == ProgramService.Saved.NEW_VERSION) {
                flash.success(messages.get("program.versionSaved"));
            } else {
                flash.notice(messages.get("program.unchanged"));
            }
            return Response.seeOther(URI.create("/programs/" + context.programId()))
                    .build();
        } catch (ProgramService.UnknownExercise e) {
            return show(
                    builder.page(
                            context,
                            draft,
                            Map.of("items", "builder.error.unknownExercise"),
                            form.query(),
                            form.category(),
                            1,
                            null,
                            false),
                    Response.Status.BAD_REQUEST);
        } catch (PatientArchived e) {
            flash.notice(messages.get("program.patientArchived"));
            return Response.seeOther(URI.create("/patients/" + context.patientId()))
                    .build();
        } catch (Program.Ended e) {
            flash.notice(messages.get("program.endedNoChanges"));
            return Response.seeOther(URI.create("/programs/" + context.programId()))
                    .build();
        } catch (StaleEditException e) {
            // Someone saved a version since this form was built. The draft stays as typed; saving it again
            // (now against the newer version) is a deliberate choice after reading what they changed.
            BuilderPage.Context fresh = builder.nextVersion(context.programId());
            return show(
                    builder.page(fresh, draft, Map.of(), form.query(), form.category(), 1, null, true),
                    Response.Status.CONFLICT);
        }
    }

    /**
     * A builder posted after its session ended, given back after sign-in: the draft as it was posted, with
     * none of its buttons' actions run (not even add or move), nothing saved.
     */
    Response resume(BuilderPage.Context context, BuilderForm form) {
        models.put("unsaved", true);
        return show(
                builder.page(context, form.draft(), Map.of(), form.query(), form.category(), 1, null, false),
                Response.Status.OK);
    }

    Response show(BuilderPage page, Response.Status status) {
        FormErrors errors = new FormErrors();
        page.problems().forEach(errors::add);
        models.put("page", page);
        models.put("errors", errors);
        return Response.status(status).entity(VIEW).build();
    }
}
