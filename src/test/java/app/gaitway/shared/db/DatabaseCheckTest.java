package app.gaitway.shared.db;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseCheckTest {

    @TempDir
    Path temp;

    @Test
    void aWritableH2DatabasePasses() {
        DatabaseSettings settings = h2(temp.resolve("gaitway"), "");

        assertEquals(Optional.empty(), DatabaseCheck.database(dataSource(settings), settings));
    }

    @Test
    void anH2DatabaseOpenedReadOnlyIsRefusedNamingItsFile() throws Exception {
        Path file = temp.resolve("gaitway");
        try (Connection create = dataSource(h2(file, "")).getConnection()) {
            create.createStatement().execute("CREATE TABLE t (id INT)");
        }
        // what H2 does by itself with a file its user may not write to (root may write to any, hence the setting)
        DatabaseSettings readOnly = h2(file, ";ACCESS_MODE_DATA=r");

        assertEquals(
                Optional.of("Gaitway cannot start: the database " + file + ".mv.db is read-only."
                        + " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR."),
                DatabaseCheck.database(dataSource(readOnly), readOnly));
    }

    @Test
    void anUnreachablePostgresqlServerNamesTheSettingsToCheck() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "gaitway.db.url", "jdbc:postgresql://127.0.0.1:1/gaitway?connectTimeout=2",
                "gaitway.db.user", "gaitway")::get);

        Optional<String> problem = DatabaseCheck.database(GaitwayDataSource.create(settings), settings);

        assertTrue(
                problem.orElseThrow()
                        .startsWith("Gaitway cannot start: the database jdbc:postgresql://127.0.0.1:1/gaitway"
                                + " cannot be opened ("),
                problem.get());
        assertTrue(
                problem.get()
                        .endsWith("Check GAITWAY_DB_URL, GAITWAY_DB_USER and GAITWAY_DB_PASSWORD,"
                                + " and that the database server is running."),
                problem.get());
        assertTrue(!problem.get().contains("\n"), "one line");
    }

    private static DatabaseSettings h2(Path file, String options) {
        return new DatabaseSettings("jdbc:h2:file:" + file + options, "gaitway", "");
    }

    private static JdbcDataSource dataSource(DatabaseSettings settings) {
        var h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }
}
