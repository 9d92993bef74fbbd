package app.gaitway.shared.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the pooled JTA data source that persistence.xml names. Every connection is
 * validated when taken from the pool, so connections the database dropped are replaced
 * instead of failing a request.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/gaitway",
        className = "app.gaitway.shared.db.StartupCheckedDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // Connection.isValid: a round trip to the server. "auto-commit" only asks the driver, which
            // still believes in a connection PostgreSQL has dropped (a restart): the next request got a 500.
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            // Prepared statements kept per connection: a page runs the same dozen statements every time, and
            // preparing each again was a tenth of the database's share of the patient page (issue 14's profile).
            "fish.payara.statement-cache-size=200",
            // Without a type Payara 6 looks for a cache class named "null" and runs with none (Payara issue
            // #6647); a blank type is its default, least recently used.
            "fish.payara.statement-cache-type= "
        })
@ApplicationScoped
public class DataSourceDeclaration {}
