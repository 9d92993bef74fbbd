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
 * back as 400 from the CSRF check instead of 405).
 */
@WebFilter(urlPatterns = "/*")
public class FormMethodsOnlyFilter extends HttpFilter {

    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ALLOWED.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", "GET, HEAD, POST");
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        request.getRequestDispatcher("/error/405").forward(asGet, response);
    }
}
