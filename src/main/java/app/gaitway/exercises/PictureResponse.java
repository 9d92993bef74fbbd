package app.gaitway.exercises;

import app.gaitway.shared.web.Revalidation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * Sends a kept picture, or 304 with no body when the browser's copy is still it. The tag and date go out either
 * way, so the browser can ask again next time.
 */
public final class PictureResponse {

    private PictureResponse() {}

    /**
     * @param lastModified when what the address shows last changed (at least the picture's own date)
     * @param cacheControl how the browser may keep it
     */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            ServedPicture picture,
            Instant lastModified,
            String cacheControl)
            throws IOException {
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", picture.etag());
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        if (Revalidation.notModified(
                request.getHeader("If-None-Match"), ifModifiedSince(request), picture.etag(), lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(picture.mediaType());
        response.setContentLength(picture.length());
        if (!"HEAD".equals(request.getMethod())) {
            picture.writeTo(response.getOutputStream());
        }
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }
}
