package app.gaitway.shared.startup;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready says DOWN until the start-up tasks (migrations, audit key, imports) have all
 * succeeded (Payara Micro counts the application as deployed well before that).
 * <p>
 * Known gap: for some seconds while Payara starts the web module (between "ROOT was
 * successfully deployed" and the end of the start-up tasks), /health/ready answers 500
 * with an empty body and none of our response headers. So do /health/live and /login in
 * that window: the web container answers for the whole application while it starts it,
 * before any check of ours is asked. It is never 200 then: a probe that takes anything
 * but 200 as "not ready" is not misled.
 */
@Readiness
@Dependent
public class StartupReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(StartupGuard.hasStarted()).build();
    }
}
