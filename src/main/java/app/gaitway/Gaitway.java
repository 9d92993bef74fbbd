package app.gaitway;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The Jakarta MVC application, served at the root path. Every POST to a controller
 * must carry the CSRF token of the user's session (Krazo's IMPLICIT mode).
 */
@ApplicationPath("/")
public class Gaitway extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT);
    }
}
