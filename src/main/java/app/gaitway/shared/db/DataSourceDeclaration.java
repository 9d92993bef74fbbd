package app.gaitway.shared.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled JTA data source that persistence.xml names. */
@DataSourceDefinition(
        name = "java:app/jdbc/gaitway",
        className = "app.gaitway.shared.db.StartupCheckedDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
        })
@ApplicationScoped
public class DataSourceDeclaration {
}
