package app.gaitway.patientside.web;

import app.gaitway.patientside.PatientPages;
import app.gaitway.patientside.links.LinkService;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The pictures of a patient's program, through their link: the staff picture addresses need a signed-in user
 * of the clinic, so the link has its own. Only an active link's program's pictures are served: the start and end
 * pictures, and the moving picture at the pace the program gives the exercise.
 */
@Path("p/{secret: [0-9A-Za-z\\-]{20,80}}/pictures/{position: [0-9]{1,3}}")
@RequestScoped
public class PatientPictureResource {

    @Inject
    LinkService links;

    @Inject
    PatientPages pages;

    @Inject
    CurrentUser request;

    @GET
    @Path("{stage: start|middle|end}")
    public Response picture(
            @PathParam("secret") String secret, @PathParam("position") int position, @PathParam("stage") String stage) {
        var file = pages.picture(active(secret), position, stage)
                .orElseThrow(() -> new RecordNotFoundException("exercise picture", position + "/" + stage));
        byte[] body = file.svg() != null ? file.svg().getBytes(StandardCharsets.UTF_8) : file.bytes();
        return Response.ok(body, file.mediaType()).build();
    }

    @GET
    @Path("motion")
    public Response moving(@PathParam("secret") String secret, @PathParam("position") int position) {
        String svg = pages.moving(active(secret), position)
                .orElseThrow(() -> new RecordNotFoundException("exercise motion", position));
        return Response.ok(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .build();
    }

    /** Named by id only in the message: the secret never reaches an exception or a log. */
    static RecordNotFoundException noActiveLink() {
        return new RecordNotFoundException(LinkService.AUDIT_RECORD, "(no active link with this secret)");
    }

    private PatientLink active(String secret) {
        return links.active(secret, request.clientAddress()).orElseThrow(PatientPictureResource::noActiveLink);
    }
}
