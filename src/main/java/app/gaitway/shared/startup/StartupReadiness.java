package app.gaitway.shared.startup;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready says DOWN until the start-up tasks (migrations, audit key, imports) have all
 * succeeded. Dependent, not application scoped: Payara calls a health check from its own
 * threads while the application is still starting, and a client proxy then fails (a 500
 * from /health/ready) where the plain object answers DOWN.
 */
@Readiness
@Dependent
public class StartupReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(StartupGuard.hasStarted()).build();
    }
}
