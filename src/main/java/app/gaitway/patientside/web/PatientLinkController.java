package app.gaitway.patientside.web;

import app.gaitway.clinics.ClinicNames;
import app.gaitway.patientside.HandoutView;
import app.gaitway.patientside.PatientPages;
import app.gaitway.patientside.links.ExerciseLog;
import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.patientside.links.LinkThrottle;
import app.gaitway.patientside.links.PatientLog;
import app.gaitway.programs.ProgramService;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The patient's side, reached through the private link with no account: the program page, the "do it now"
 * walk-through, logging, and the text size. Opening a page changes nothing but the audit trail; logging is a
 * form post (CSRF-checked like every form) that the patient makes on purpose.
 */
@Path("p/{secret: [0-9A-Za-z\\-%+ ]{20,120}}")
@RequestScoped
public class PatientLinkController {

    /** A session cookie: large print stays on for the visit, and nothing about it is stored on the server. */
    static final String TEXT_SIZE_COOKIE = "gw-text";

    @Inject
    Models models;

    @Inject
    LinkService links;

    @Inject
    PatientPages pages;

    @Inject
    PatientLog log;

    @Inject
    ClinicNames clinics;

    @Inject
    ProgramService programs;

    @Inject
    CurrentUser request;

    @Inject
    Messages messages;

    @Context
    HttpServletResponse servletResponse;

    @GET
    public Response page(@PathParam("secret") String typed, @CookieParam(TEXT_SIZE_COOKIE) String textSize) {
        return open(typed, textSize, (link, secret) -> {
            if (!secret.grouped().equals(typed)) {
                // A typed or lower-case address: show it at its one canonical address.
                return Response.seeOther(URI.create("/p/" + secret.grouped())).build();
            }
            ProgramService.ForPatient program = programs.forPatient(link.getProgramId(), link.getClinicId());
            HandoutView view = pages.view(link, secret, false, program);
            List<PatientItems.Row> rows = PatientItems.of(view, program.items(), log.today(link), messages);
            models.put("view", view);
            models.put("items", rows);
            models.put("doneCount", PatientItems.doneCount(rows));
            return Response.ok("patientside/program.html").build();
        });
    }

    @GET
    @Path("now")
    public Response now(
            @PathParam("secret") String typed,
            @CookieParam(TEXT_SIZE_COOKIE) String textSize,
            @QueryParam("step") String step,
            @QueryParam("logged") String logged) {
        return open(typed, textSize, (link, secret) -> {
            ProgramService.ForPatient program = programs.forPatient(link.getProgramId(), link.getClinicId());
            HandoutView view = pages.view(link, secret, false, program);
            List<PatientItems.Row> rows = PatientItems.of(view, program.items(), log.today(link), messages);
            int at = WholeNumbers.parseInt(step).orElse(1);
            if (rows.isEmpty()) {
                return Response.seeOther(URI.create(view.linkUrl())).build();
            }
            at = Math.max(1, Math.min(rows.size() + 1, at));
            models.put("view", view);
            models.put("rows", rows);
            models.put("doneCount", PatientItems.doneCount(rows));
            models.put("stepNumber", at);
            // Worked out here: in the template "'now-' + (step + 1)" joined the digits as text ("11").
            models.put("previousStep", at - 1);
            models.put("nextStep", at + 1);
            PatientItems.Row row = at <= rows.size() ? rows.get(at - 1) : null;
            models.put("row", row);
            // Right after Done the step asks how it felt; a step done earlier shows its answer to change.
            boolean justLogged = "1".equals(logged) && row != null && row.latest() != null;
            models.put("justLogged", justLogged);
            models.put("rate", row != null && row.latest() != null && (justLogged || row.isDone()));
            return Response.ok("patientside/now.html").build();
        });
    }

    @POST
    @Path("log")
    public Response log(@PathParam("secret") String typed, MultivaluedMap<String, String> body) {
        ExerciseLogForm form = ExerciseLogForm.from(body);
        Optional<LinkSecret> secret = LinkSecret.parse(typed);
        var link = links.active(typed, request.clientAddress());
        if (secret.isEmpty() || link.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity("patientside/gone.html")
                    .build();
        }
        Integer pain = form.painScore().isPresent() ? form.painScore().getAsInt() : null;
        ExerciseLog.Difficulty felt = form.felt().orElse(null);
        String address = request.clientAddress();
        switch (form.button()) {
            case DONE -> log.markDone(link.get(), Optional.of(form.exercisePosition()), pain, felt, address);
            case SESSION -> log.markDone(link.get(), Optional.empty(), pain, felt, address);
            case CHANGE -> log.correct(link.get(), form.entryId(), pain, felt, address);
            case REMOVE -> log.remove(link.get(), form.entryId(), address);
            case NONE -> {
                // an unknown button logs nothing
            }
        }
        return Response.seeOther(URI.create(backTo(secret.get(), form.back()))).build();
    }

    @POST
    @Path("text-size")
    public Response textSize(@PathParam("secret") String typed, MultivaluedMap<String, String> body) {
        TextSizeForm form = TextSizeForm.from(body);
        Optional<LinkSecret> secret = LinkSecret.parse(typed);
        if (secret.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity("patientside/gone.html")
                    .build();
        }
        String value = form.largePrint() ? "large" : "normal";
        NewCookie cookie = new NewCookie.Builder(TEXT_SIZE_COOKIE)
                .value(value)
                .path("/p/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(backTo(secret.get(), form.back())))
                .cookie(cookie)
                .build();
    }

    private interface Shown {
        Response show(app.gaitway.patientside.links.PatientLink link, LinkSecret secret);
    }

    private Response open(String typed, String textSize, Shown shown) {
        models.put("largePrint", "large".equals(textSize));
        LinkService.Visit visit = links.visit(typed, request.clientAddress());
        if (visit instanceof LinkService.Found found) {
            return shown.show(found.link(), LinkSecret.parse(typed).orElseThrow());
        }
        if (visit instanceof LinkService.Gone gone) {
            models.put("clinicName", clinics.of(gone.clinicId()));
            models.put(
                    "clinicPhone",
                    programs.forPatient(gone.programId(), gone.clinicId())
                            .version()
                            .getClinicPhone());
            models.put("reason", gone.reason());
            return Response.status(Response.Status.GONE)
                    .entity("patientside/gone.html")
                    .build();
        }
        if (visit instanceof LinkService.Throttled) {
            models.put("throttled", true);
            // On the servlet response itself: a header on the JAX-RS response was lost when the view rendered.
            servletResponse.setHeader("Retry-After", String.valueOf(LinkThrottle.WINDOW.toSeconds()));
            return Response.status(429).entity("patientside/gone.html").build();
        }
        return Response.status(Response.Status.NOT_FOUND)
                .entity("patientside/gone.html")
                .build();
    }

    /**
     * Back to the page the form was on: the program page (at an exercise) or a step of "do it now", which after
     * Done stays on its step to ask how it felt ({@code now-3-logged}).
     */
    private static String backTo(LinkSecret secret, String back) {
        String base = "/p/" + secret.grouped();
        if (back != null && back.matches("now-[0-9]{1,3}")) {
            return base + "/now?step=" + back.substring(4);
        }
        if (back != null && back.matches("now-[0-9]{1,3}-logged")) {
            return base + "/now?step=" + back.substring(4, back.length() - "-logged".length()) + "&logged=1#rate";
        }
        if (back != null && back.matches("item-[0-9]{1,3}")) {
            return base + "#" + back;
        }
        return base;
    }
}
