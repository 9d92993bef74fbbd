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
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
