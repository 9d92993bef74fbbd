package app.gaitway.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every response. No inline script or style is allowed by the policy, so an
 * injected tag could not run even if escaping were ever missed. Pages are never cached:
 * they may hold patient data, and a shared computer's back button must not show them.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/p") || path.startsWith("/p/")) {
            // A patient's link: never indexed, never cached (no-store below), never sent on as a referrer.
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        if (path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "public, max-age=3600");
        } else if (path.startsWith("/exercise-pictures/")) {
            // An exercise picture's address names a revision that never changes: the resource lets the
            // browser keep it privately, so a library page does not fetch two dozen pictures each time.
            response.setHeader("Cache-Control", "private, no-cache");
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    private static boolean isHttps(HttpServletRequest request) {
        // Not X-Forwarded-Proto: a client could send it. A TLS-terminating proxy sets HSTS itself.
        return request.isSecure();
    }
}
