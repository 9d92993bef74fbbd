package app.gaitway.shared.db;

import app.gaitway.shared.startup.StartupCheck;
import app.gaitway.shared.startup.StartupGuard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The data source the pool instantiates: {@link GaitwayDataSource}, but before its very
 * first connection it checks the data directory and the database, and ends the process
 * with one clear line when Gaitway cannot work with them. That first connection is
 * Hibernate's, early in the deployment: a failure there would otherwise leave Payara
 * serving 404s.
 */
public class StartupCheckedDataSource extends GaitwayDataSource {

    @Override
    public Connection getConnection() throws SQLException {
        StartupGuard.checkOnce(StartupCheckedDataSource::problems);
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        StartupGuard.checkOnce(StartupCheckedDataSource::problems);
        return super.getConnection(user, password);
    }

    static Optional<String> problems() {
        DatabaseSettings settings;
        try {
            settings = currentSettings();
        } catch (H2FileEncryption.Misconfigured e) {
            return StartupCheck.problem(e.getMessage());
        }
        Path dataDir = Path.of(valueOr(configValue("gaitway.data.dir"), "./gaitway-data"));
        if (settings.isH2() && !Files.exists(dataDir)) {
            try {
                OwnerOnlyFiles.createDirectory(dataDir);
            } catch (IOException e) {
                // StartupCheck.dataDirectory below tries again and names the cause
            }
        }
        boolean keyConfigured = configValue("gaitway.audit.key") != null
                && !configValue("gaitway.audit.key").isBlank();
        boolean usesDataDir = settings.isH2() || !keyConfigured;
        if (usesDataDir) {
            // the key (when generated) and the H2 database are written there; a key alone is only read
            boolean mustWrite = settings.isH2() || !Files.exists(dataDir.resolve("audit-hmac.key"));
            Optional<String> problem = StartupCheck.dataDirectory(dataDir, mustWrite);
            if (problem.isPresent()) {
                return problem;
            }
        }
        Optional<String> problem = DatabaseCheck.database(create(settings), settings);
        if (problem.isEmpty() && settings.isH2()) {
            OwnerOnlyFiles.restrict(Path.of(DatabaseCheck.where(settings)));
        }
        return problem;
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
