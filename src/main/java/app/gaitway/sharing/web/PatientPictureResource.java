package app.gaitway.sharing.web;

import app.gaitway.security.CurrentUser;
import app.gaitway.sharing.PatientPages;
import app.gaitway.sharing.links.LinkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The pictures of a patient's program, through their link: the staff picture addresses need a signed-in user
 * of the clinic, so the link has its own. Only an active link's program's pictures are served.
 */
@Path("p/{secret: [0-9A-Za-z\\-]{20,80}}/pictures/{position: [0-9]{1,3}}/{stage: start|middle|end}")
@RequestScoped
public class PatientPictureResource {

    @Inject
    LinkService links;

    @Inject
    PatientPages pages;

    @Inject
    CurrentUser request;

    @GET
    public Response picture(@PathParam("secret") String secret, @PathParam("position") int position,
                            @PathParam("stage") String stage) {
        var link = links.active(secret, request.clientAddress()).orElseThrow(NotFoundException::new);
        var file = pages.picture(link, position, stage).orElseThrow(NotFoundException::new);
        byte[] body = file.svg() != null ? file.svg().getBytes(StandardCharsets.UTF_8) : file.bytes();
        return Response.ok(body, file.mediaType()).build();
    }
}
