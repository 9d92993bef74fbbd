package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import app.gaitway.shared.RecordNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of exercises for signed-in staff: drawn ones as SVG ({@code /exercise-pictures/{id}/{revision}/
 * start.svg}, {@code middle.svg}, {@code end.svg}, {@code motion.svg}), uploaded ones as the re-encoded PNG or
 * JPEG ({@code /exercise-pictures/uploads/{id}}), and the exercise form's live preview. An address names a
 * revision or an uploaded picture, which never change, so the browser may keep them for a week (privately: a
 * clinic's pictures are its own), then asks again with the picture's tag and gets 304 with no body.
 * <p>
 * A plain servlet, not a JAX-RS resource: a library page asks for two dozen pictures at once, and a profile under
 * load (issue 14) showed the JAX-RS and MVC machinery around each (a request-scoped resource made and injected,
 * the MVC pre-matching filter, its service look-ups) costing more than the picture. The container's sign-in and
 * the session guard run before it as before, and the clinic check is {@link ExercisePictures}'s.
 */
@WebServlet("/exercise-pictures/*")
public class ExercisePictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String KEEP = "private, max-age=604800";

    private static final Pattern DRAWN = Pattern.compile("/([0-9]{1,18})/([0-9]{1,9})/(start|middle|end|motion)\\.svg");
    private static final Pattern UPLOADED = Pattern.compile("/uploads/([0-9]{1,18})");
    private static final Pattern PREVIEW = Pattern.compile("/preview/(start|middle|end)\\.svg");
    private static final Pattern ANGLE = Pattern.compile("-?\\d{1,3}");

    @Inject
    transient ExercisePictures pictures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m;
        Optional<ServedPicture> picture;
        try {
            if ((m = DRAWN.matcher(path)).matches()) {
                long id = Long.parseLong(m.group(1));
                int revision = Integer.parseInt(m.group(2));
                picture = m.group(3).equals("motion")
                        ? pictures.moving(id, revision)
                        : pictures.drawn(id, revision, m.group(3));
            } else if ((m = UPLOADED.matcher(path)).matches()) {
                picture = pictures.uploaded(Long.parseLong(m.group(1)));
            } else if ((m = PREVIEW.matcher(path)).matches()) {
                preview(request, response, m.group(1));
                return;
            } else {
                picture = Optional.empty();
            }
        } catch (RecordNotFoundException notVisible) {
            picture = Optional.empty();
        }
        if (picture.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PictureResponse.send(request, response, picture.get(), picture.get().lastModified(), KEEP);
    }

    /** Pictures are only read: a form posted here gets the app's 405 page, as on any other address. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD");
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        request.getRequestDispatcher("/error/405").forward(asGet, response);
    }

    /**
     * The live preview of the exercise form: a pose with the typed angles, drawn. Nothing is stored or read from
     * the database; the pose is checked like any other before it is drawn.
     */
    private static void preview(HttpServletRequest request, HttpServletResponse response, String stage)
            throws IOException {
        String pose = request.getParameter("pose");
        if (pose == null || pose.length() > 20_000) {
            cannotDraw(response);
            return;
        }
        Map<String, Integer> angles = new LinkedHashMap<>();
        for (String field : PoseAngles.fieldNames()) {
            String v = request.getParameter("angle." + field);
            if (v != null && ANGLE.matcher(v.strip()).matches()) {
                angles.put(field, Integer.valueOf(v.strip()));
            }
        }
        Optional<String> svg;
        try {
            RenderedIllustration drawn =
                    SvgRenderer.render(IllustrationJson.parse(PoseAngles.write(pose, angles)), "Preview", "preview");
            svg = drawn.svg(stage);
        } catch (RuntimeException unfit) {
            cannotDraw(response);
            return;
        }
        if (svg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = svg.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(ServedPicture.SVG);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void cannotDraw(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("cannot draw");
    }
}
