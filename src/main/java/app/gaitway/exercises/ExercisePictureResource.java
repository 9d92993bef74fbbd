package app.gaitway.exercises;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * The pictures of exercises: drawn ones as SVG, uploaded ones as the re-encoded PNG or JPEG. An address names
 * a revision or an uploaded picture, which never change, so the browser may keep them (privately: a clinic's
 * pictures are its own).
 */
@Path("exercise-pictures")
@RequestScoped
public class ExercisePictureResource {

    @Inject
    ExerciseCatalog catalog;

    @GET
    @Path("{id: [0-9]{1,18}}/{revision: [0-9]{1,9}}/{stage: start|end}.svg")
    public Response drawn(@PathParam("id") long id, @PathParam("revision") int revision, @PathParam("stage") String stage) {
        String svg = catalog.svg(id, revision, stage).orElseThrow(NotFoundException::new);
        return Response.ok(svg, "image/svg+xml; charset=utf-8").cacheControl(keep()).build();
    }

    @GET
    @Path("uploads/{pictureId: [0-9]{1,18}}")
    public Response uploaded(@PathParam("pictureId") long pictureId) {
        ExercisePicture picture = catalog.uploadedPicture(pictureId).orElseThrow(NotFoundException::new);
        return Response.ok(picture.getBytes(), picture.getMediaType()).cacheControl(keep()).build();
    }

    private static CacheControl keep() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(7 * 24 * 3600);
        return cache;
    }
}
