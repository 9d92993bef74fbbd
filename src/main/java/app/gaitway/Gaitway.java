package app.gaitway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application, served at the root path. Controllers render Thymeleaf pages through
 * {@code shared/web/ViewResponseFilter}; every POST must carry the session's CSRF token ({@code shared/web/CsrfFilter}).
 */
@ApplicationPath("/")
public class Gaitway extends Application {}
