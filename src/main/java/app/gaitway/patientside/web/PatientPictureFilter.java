package app.gaitway.patientside.web;

import app.gaitway.exercises.PictureResponse;
import app.gaitway.patientside.PatientPictures;
import app.gaitway.shared.web.ClientAddress;
import app.gaitway.shared.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the pictures of a patient's link ({@code /p/{secret}/pictures/{position}/start}, {@code middle},
 * {@code end}, {@code motion}) before the JAX-RS application sees the request; every other address under
 * {@code /p/} passes on. A filter because a servlet cannot be mapped to an address with the secret in the middle;
 * not JAX-RS because its machinery cost more than the picture (see the staff pictures' servlet).
 * <p>
 * The browser may keep a picture ({@code private}: a copy for this patient's browser only) but must ask again
 * before each use ({@code no-cache}), so a revoked or expired link stops showing pictures at once: the question is
 * answered from the link as it is now, 304 with no body while the link is active and the picture the same, 404
 * otherwise. The secret is never logged.
 */
@WebFilter(urlPatterns = "/p/*")
public class PatientPictureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String REVALIDATE = "private, no-cache";

    private static final Pattern PICTURE =
            Pattern.compile("/p/([0-9A-Za-z\\-]{20,80})/pictures/([0-9]{1,3})/(start|middle|end|motion)");

    @Inject
    transient PatientPictures pictures;

    @Inject
    transient ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        Matcher m = PICTURE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!(method.equals("GET") || method.equals("HEAD")) || !m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.apply(request, response);
        Optional<PatientPictures.Served> served =
                pictures.picture(m.group(1), clientAddress.of(request), Integer.parseInt(m.group(2)), m.group(3));
        if (served.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PictureResponse.send(
                request, response, served.get().picture(), served.get().lastModified(), REVALIDATE);
    }
}
