package app.gaitway.shared.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which database Gaitway talks to. Without {@code GAITWAY_DB_URL} it is an H2 file in
 * the data directory; with it, that database (PostgreSQL) and nothing else changes.
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * H2 otherwise keeps commits in memory for up to half a second (its default WRITE_DELAY of 500 ms) after
     * answering them: a killed process lost up to 0.4 s of answered writes, audit entries included. With 0 every
     * commit is written to the file before the commit returns, so a write the user saw saved survives a crash of
     * the process. (H2 does not fsync each commit: a power cut can still lose the last moments; PostgreSQL with its
     * defaults does not.) An explicit WRITE_DELAY in a configured URL is left as given.
     */
    static final String H2_DURABLE_COMMITS = ";WRITE_DELAY=0";

    /**
     * @throws H2FileEncryption.Misconfigured when H2 encryption at rest is configured in a way that cannot work
     */
    public static DatabaseSettings from(Function<String, String> config) {
        String url = blankToNull(config.apply("gaitway.db.url"));
        Path dataDir = Path.of(valueOr(config.apply("gaitway.data.dir"), "./gaitway-data"));
        DatabaseSettings plain;
        if (url == null) {
            String file =
                    dataDir.toAbsolutePath().normalize().resolve("gaitway").toString();
            plain = new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "gaitway", "");
        } else {
            plain = new DatabaseSettings(
                    url,
                    valueOr(config.apply("gaitway.db.user"), ""),
                    valueOr(config.apply("gaitway.db.password"), ""));
        }
        // PostgreSQL's files are the database server's business (its volume's encryption), not Gaitway's
        Optional<String> key = plain.isH2() ? H2FileEncryption.key(config, dataDir) : Optional.empty();
        if (key.isPresent()) {
            return new DatabaseSettings(
                    durable(H2FileEncryption.encryptedUrl(plain.url())),
                    plain.user(),
                    H2FileEncryption.password(key.get(), plain.password()));
        }
        return new DatabaseSettings(durable(plain.url()), plain.user(), plain.password());
    }

    /** Whether the H2 file is opened encrypted (CIPHER=AES). */
    public boolean isEncrypted() {
        return isH2() && url.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=");
    }

    private static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")
                || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + H2_DURABLE_COMMITS;
    }

    /** Never prints the password, should this ever reach a log. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Safe to log: the URL without credentials that a URL might carry. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String valueOr(String value, String fallback) {
        String v = blankToNull(value);
        return v == null ? fallback : v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
