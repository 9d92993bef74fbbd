package app.gaitway.testing;

import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test whose outcome does not depend on the database: page layout in the browser, sessions and
 * forms held in memory, keys read from files. It runs in the H2 pass only; the PostgreSQL pass of {@code .ci/run}
 * (every integration test again, on PostgreSQL) skips it, which keeps CI well under its time budget without
 * leaving any write, query or refusal untested on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfEnvironmentVariable(
        named = "GAITWAY_TEST_PG_URL",
        matches = ".+",
        disabledReason = "nothing here touches the database differently: already run in the H2 pass")
public @interface NoDatabaseInvolved {}
