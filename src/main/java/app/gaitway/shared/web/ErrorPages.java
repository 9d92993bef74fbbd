package app.gaitway.shared.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Set;

/** Renders the app's own error page (in the normal layout, never with exception text). */
final class ErrorPages {

    private static final Set<Integer> WITH_OWN_TEXT = Set.of(400, 403, 404, 405, 409, 429, 500);
    /** Answered with this page: those with a text of their own, and the refused bodies' (413, 415) with 400's text. */
    private static final Set<Integer> USED = Set.of(400, 403, 404, 405, 409, 413, 415, 429, 500);

    private ErrorPages() {}

    static Response page(Models models, int status, String reference) {
        int shown = WITH_OWN_TEXT.contains(status) ? status : (status >= 500 ? 500 : 400);
        models.put("status", shown);
        models.put("reference", reference);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(View.named("errors/error.html", models.asMap()))
                .build();
    }

    /** Whether the app answers with this status through this page. */
    static boolean isUsed(int status) {
        return USED.contains(status);
    }

    static Response page(Models models, int status) {
        return page(models, status, null);
    }
}
