package app.gaitway.shared.db;

import app.gaitway.shared.startup.StartupGuard;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * /health/ready answers DOWN while the database cannot be reached, and before start-up
 * has finished (see {@link app.gaitway.shared.startup.StartupReadiness}). The data source
 * is looked up when first needed, after start-up, and any failure to reach it is DOWN.
 */
@Readiness
@Dependent
public class DatabaseReadiness implements HealthCheck {

    static final String DATA_SOURCE = "java:app/jdbc/gaitway";

    private volatile DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!StartupGuard.hasStarted()) {
            return response.down().build();
        }
        try (Connection connection = dataSource().getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException | NamingException | RuntimeException e) {
            return response.down().build();
        }
    }

    // The name looked up is our own constant, never user input: nothing foreign is deserialized.
    @SuppressWarnings("BanJNDI")
    private DataSource dataSource() throws NamingException {
        DataSource ds = dataSource;
        if (ds == null) {
            ds = (DataSource) new InitialContext().lookup(DATA_SOURCE);
            dataSource = ds;
        }
        return ds;
    }
}
