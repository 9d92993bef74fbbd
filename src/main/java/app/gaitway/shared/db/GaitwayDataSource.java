package app.gaitway.shared.db;

import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The one data source class the server's connection pool instantiates. It reads
 * {@link DatabaseSettings} from MicroProfile Config at first use, so the H2 file location
 * and the switch to PostgreSQL are configuration only (environment variables work).
 */
public class GaitwayDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public static DatabaseSettings currentSettings() {
        return DatabaseSettings.from(GaitwayDataSource::configValue);
    }

    /**
     * The pool may create connections on a thread with no context class loader, where
     * MicroProfile Config cannot tell which application asks; fall back to the same
     * sources it would read: system properties, then environment variables.
     */
    static String configValue(String key) {
        try {
            return ConfigProvider.getConfig(GaitwayDataSource.class.getClassLoader())
                    .getOptionalValue(key, String.class)
                    .orElse(null);
        } catch (RuntimeException configNotReady) {
            String value = System.getProperty(key);
            return value != null
                    ? value
                    : System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
    }

    public static DataSource create(DatabaseSettings settings) {
        if (settings.isPostgres()) {
            var pg = new PGSimpleDataSource();
            pg.setUrl(settings.url());
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            return pg;
        }
        if (settings.isH2()) {
            var h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        throw new IllegalStateException(
                "Unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + settings.describe());
    }

    private DataSource delegate() {
        DataSource ds = delegate;
        if (ds == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(currentSettings());
                }
                ds = delegate;
            }
        }
        return ds;
    }

    // The pool sets these from @DataSourceDefinition; the real values come from config.
    public void setUrl(String ignored) {}

    public void setUser(String ignored) {}

    public void setPassword(String ignored) {}

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
