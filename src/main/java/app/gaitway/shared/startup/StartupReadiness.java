package app.gaitway.shared.startup;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready says DOWN until the start-up tasks (migrations, audit key, imports) have all
 * succeeded (Payara Micro counts the application as deployed well before that).
 * <p>
 * While Payara starts, the HTTP port stays closed (pre-boot-commands.txt closes it,
 * post-deploy-commands.txt opens it once the application has started), so this check is
 * asked only after the start-up tasks have run; it still says DOWN if they have not, should
 * the order ever change. Open during start-up, the web container answered every address with
 * 500 for some seconds before any check of ours was asked.
 */
@Readiness
@Dependent
public class StartupReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up")
                .status(StartupGuard.hasStarted())
                .build();
    }
}
