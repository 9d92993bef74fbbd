package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import app.gaitway.shared.RecordNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.Map;

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
    @Path("{id: [0-9]{1,18}}/{revision: [0-9]{1,9}}/{stage: start|middle|end}.svg")
    public Response drawn(
            @PathParam("id") long id, @PathParam("revision") int revision, @PathParam("stage") String stage) {
        String svg = catalog.svg(id, revision, stage)
                .orElseThrow(() -> new RecordNotFoundException("exercise picture", id + "/" + revision + "/" + stage));
        return Response.ok(svg, "image/svg+xml; charset=utf-8")
                .cacheControl(keep())
                .build();
    }

    /** The exercise moving from start to end and back, drawn from the same poses as the still pictures. */
    @GET
    @Path("{id: [0-9]{1,18}}/{revision: [0-9]{1,9}}/motion.svg")
    public Response moving(@PathParam("id") long id, @PathParam("revision") int revision) {
        String svg = catalog.motionSvg(id, revision)
                .orElseThrow(() -> new RecordNotFoundException("exercise motion", id + "/" + revision));
        return Response.ok(svg, "image/svg+xml; charset=utf-8")
                .cacheControl(keep())
                .build();
    }

    @GET
    @Path("uploads/{pictureId: [0-9]{1,18}}")
    public Response uploaded(@PathParam("pictureId") long pictureId) {
        ExercisePicture picture = catalog.uploadedPicture(pictureId)
                .orElseThrow(() -> new RecordNotFoundException("uploaded picture", pictureId));
        return Response.ok(picture.getBytes(), picture.getMediaType())
                .cacheControl(keep())
                .build();
    }

    /**
     * The live preview of the exercise form: a pose with the typed angles, drawn. Nothing is stored or read
     * from the database; the pose is checked like any other before it is drawn.
     */
    @GET
    @Path("preview/{stage: start|middle|end}.svg")
    public Response preview(@PathParam("stage") String stage, @Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        String pose = q.getFirst("pose");
        if (pose == null || pose.length() > 20_000) {
            throw new BadRequestException();
        }
        Map<String, Integer> angles = new LinkedHashMap<>();
        for (String field : PoseAngles.fieldNames()) {
            String v = q.getFirst("angle." + field);
            if (v != null && v.strip().matches("-?\\d{1,3}")) {
                angles.put(field, Integer.valueOf(v.strip()));
            }
        }
        try {
            RenderedIllustration drawn =
                    SvgRenderer.render(IllustrationJson.parse(PoseAngles.write(pose, angles)), "Preview", "preview");
            String svg = drawn.svg(stage).orElseThrow(NotFoundException::new);
            return Response.ok(svg, "image/svg+xml; charset=utf-8").build();
        } catch (RuntimeException cannotDraw) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type("text/plain")
                    .entity("cannot draw")
                    .build();
        }
    }

    private static CacheControl keep() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(7 * 24 * 3600);
        return cache;
    }
}
