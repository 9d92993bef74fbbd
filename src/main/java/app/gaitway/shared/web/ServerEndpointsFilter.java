package app.gaitway.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Payara adds its MicroProfile Metrics servlet ({@code /metrics}) and OpenAPI resource ({@code /openapi}) to an
 * application at the root context even with both services switched off (pre-boot-commands.txt): they then answer
 * 403 "disabled", telling anyone signed in which server this is. Gaitway offers no metrics or API description to
 * anyone, administrators included (nothing reads them), so both addresses are not found, like any other address
 * that is no page. Signed out, the sign-in redirect comes first, as for every address.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class ServerEndpointsFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the same answer whichever of the two filters the container runs first
        if (!FormMethodsOnlyFilter.refused(request, response)) {
            FormMethodsOnlyFilter.errorPage(request, response, HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
