package app.gaitway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The JAX-RS application, served at the root path. Controllers render Thymeleaf pages through
 * {@code shared/web/ViewResponseFilter}; every POST must carry the session's CSRF token ({@code shared/web/CsrfFilter}).
 */
@ApplicationPath("/")
public class Gaitway extends Application {

    /**
     * No WADL: Jersey otherwise lists every route with its parameters and its own name and version at
     * {@code /application.wadl} and in answer to OPTIONS.
     *
     * <p>Redirects keep the path the controller gave ({@code Location: /patients/7}, allowed by RFC 9110 §10.2.2):
     * Jersey otherwise makes it absolute from the request it saw, which behind a TLS-terminating proxy is plain
     * http, so every form sent the browser to {@code http://} and the proxy had to bounce it back to https.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
