package app.gaitway.shared.db;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Brings the schema up to date with db/migration before anything reads it. */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {}

    public static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Schema migrations applied: " + applied + ", now at version "
                + flyway.info().current().getVersion());
        return applied;
    }
}
