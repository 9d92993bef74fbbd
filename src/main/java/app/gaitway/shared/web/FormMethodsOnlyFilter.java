package app.gaitway.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The app is pages and forms: every route is GET or POST. Any other method (DELETE, PUT, PATCH, ...) gets the
 * app's 405 page here, before it can reach a form check that would misread it (a DELETE with a form body came
 * back as 400 from the CSRF check instead of 405). OPTIONS too: Jersey answered it with the route's WADL (every
 * method and parameter, and the framework's name and version), and Gaitway has no cross-origin callers to answer.
 */
@WebFilter(urlPatterns = "/*")
public class FormMethodsOnlyFilter extends HttpFilter {

    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refused(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Answers 405 to a method other than GET, HEAD and POST; whether it did. */
    static boolean refused(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (ALLOWED.contains(request.getMethod())) {
            return false;
        }
        response.setHeader("Allow", "GET, HEAD, POST");
        errorPage(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        return true;
    }

    /** Answers with the app's own page for this status, whatever the request's method was. */
    static void errorPage(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        response.setStatus(status);
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        request.getRequestDispatcher("/error/" + status).forward(asGet, response);
    }
}
