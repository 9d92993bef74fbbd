package app.gaitway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A session id in the address ({@code /patients/2;jsessionid=...}) opens nothing. Sessions are kept by cookie alone
 * (web.xml), yet Payara still reads the path parameter before any code of ours runs and would serve the page to
 * whoever holds a copied address (from a log, a proxy, a referrer, a shared screenshot). Such a request is sent back
 * to the same address without the id (303): the browser asks again with its own cookie, or with none and then signs
 * in. Declared first in web.xml, so no other filter or page sees the borrowed session.
 */
public class UrlSessionIdFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isRequestedSessionIdFromURL()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", withoutSessionId(request));
        response.setHeader("Cache-Control", "no-store");
    }

    /**
     * The address as asked, which Payara has already stripped of the id. Its leading slashes become one, so
     * {@code //elsewhere.example;jsessionid=x} cannot turn into a redirect to another site.
     */
    static String withoutSessionId(HttpServletRequest request) {
        String path = request.getRequestURI().replaceFirst("^[/\\\\]+", "");
        String query = request.getQueryString();
        return "/" + path + (query == null ? "" : "?" + query);
    }
}
