package app.gaitway.benchmark;

import app.gaitway.shared.db.DatabaseSettings;
import app.gaitway.testdata.TestAccounts;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's seeding command (issue 14): fills an installation of Gaitway with a realistic caseload, at scale 1
 * four clinics of five therapists with 10,000 patients, 50,000 assessments, 20,000 programs with their versions and
 * items, and 30 days of what patients logged, in a few minutes, on H2 or PostgreSQL. Run by {@code bench/seed}:
 *
 * <pre>--db-url URL [--db-user U] [--db-password P] [--scale 1.0] --out FILE</pre>
 * or {@code --data-dir DIR} instead of {@code --db-url} for the H2 database Gaitway keeps in its data directory.
 *
 * <p>The schema and the exercise library are the application's: start Gaitway once on the database first (it
 * migrates the schema, imports the built-in exercises and, with {@code GAITWAY_ADMIN_EMAIL} and
 * {@code GAITWAY_ADMIN_PASSWORD}, creates the first administrator), and stop it (an H2 file is held by one process;
 * an H2 URL with {@code AUTO_SERVER=TRUE} may be seeded while Gaitway runs, as the integration test does). The
 * seeder refuses a database it has seeded already. It writes {@code --out} as properties for the benchmark script:
 * the therapist to sign in as, their typical patient and that patient's program, a library search word, the counts
 * written and the seconds it took.
 */
public final class SeedCommand {

    /** Every seeded therapist's password (they sign in with it; the benchmark signs in as the first). */
    static final String PASSWORD = "seeded therapist walnut harbor";

    /**
     * The application's PBKDF2 iterations ({@code security.PasswordHasher.ITERATIONS}), so a seeded account costs a
     * sign-in what a real one does. Hashed once and shared by every seeded account: 600,000 iterations take about
     * a second here, too slow to repeat per account.
     */
    static final int ITERATIONS = 600_000;

    /** A search word that finds several built-in exercises (hip bridge, banded hip bridge, single-leg bridge). */
    static final String LIBRARY_QUERY = "bridge";

    private SeedCommand() {}

    public static void main(String[] args) {
        int status = run(System.out, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; the exit status: 0 done, 2 wrong arguments, 1 anything else (said on {@code out}). */
    public static int run(PrintStream out, String... args) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("usage: bench/seed (--db-url URL [--db-user U] [--db-password P] | --data-dir DIR)"
                    + " [--scale 1.0] --out FILE");
            return 2;
        }
        try {
            seed(options, out);
            return 0;
        } catch (SQLException | IOException | IllegalStateException e) {
            out.println("Seeding failed: " + e.getMessage());
            return 1;
        }
    }

    private static void seed(Map<String, String> options, PrintStream out) throws SQLException, IOException {
        long started = System.nanoTime();
        double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
        String url = url(options);
        String user = options.getOrDefault(
                "db-user", url.startsWith("jdbc:h2:") && options.containsKey("data-dir") ? "gaitway" : "");
        Path outFile = Path.of(options.get("out"));
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        String password = options.getOrDefault("db-password", "");
        if (options.containsKey("data-dir")) {
            // an installation encrypted at rest (GAITWAY_DB_ENCRYPTION_KEY or _KEY_FILE in the environment, as
            // Gaitway reads them) is opened the way Gaitway opens it
            DatabaseSettings gaitways = DatabaseSettings.from(key -> key.equals("gaitway.data.dir")
                    ? options.get("data-dir")
                    : key.startsWith("gaitway.db.encryption.")
                            ? System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'))
                            : null);
            if (gaitways.isEncrypted()) {
                url = url + ";CIPHER=AES";
                password = gaitways.password();
            }
        }
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            if (number(db, "SELECT COUNT(*) FROM user_account WHERE role = 'ADMIN'", null) == 0) {
                throw new IllegalStateException("no administrator yet: start Gaitway once on this database with"
                        + " GAITWAY_ADMIN_EMAIL and GAITWAY_ADMIN_PASSWORD set, then stop it and seed");
            }
            SeedLibrary library = SeedLibrary.read(db);
            SeedPlan plan = SeedPlanner.plan(scale, library, now);
            SeedPlan.TherapistPlan therapist = plan.clinics.get(0).therapists().get(0);
            if (number(db, "SELECT COUNT(*) FROM user_account WHERE email = ?", therapist.email()) > 0) {
                throw new IllegalStateException("this database is seeded already (" + therapist.email()
                        + " exists): seed a fresh installation");
            }
            out.printf(Locale.ROOT, "Seeding %s at scale %s%n", describe(url), scale);
            byte[] salt = new byte[32];
            new Random(SeedPlanner.SEED).nextBytes(salt); // the same hash on every run: the seed is data, no secret
            SeedWriter writer = new SeedWriter(db, TestAccounts.pbkdf2(PASSWORD, ITERATIONS, salt), plan);
            writer.write(out::println);
            db.commit();

            Map<String, String> result = new LinkedHashMap<>();
            result.put("therapist.email", therapist.email());
            result.put("therapist.password", PASSWORD);
            result.put("therapist.name", therapist.fullName());
            result.put("clinic.id", String.valueOf(writer.clinicId(0)));
            result.put("patient.id", String.valueOf(writer.patientId(0, 0)));
            result.put("program.id", String.valueOf(writer.programId(0, 0)));
            result.put("other_clinic.patient.id", String.valueOf(writer.patientId(1, 0)));
            result.put("library.query", LIBRARY_QUERY);
            writer.counts().forEach((table, count) -> result.put("count." + table, String.valueOf(count)));
            if (url.startsWith("jdbc:h2:") && compactable(db)) {
                long compacting = System.nanoTime();
                // Thousands of batched commits leave an H2 file mostly garbage (about 17 times its data at scale
                // 0.2: 422 MB, 25 MB after compacting, measured on this machine); Gaitway would open it as it is.
                try (var s = db.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                out.printf(Locale.ROOT, "  H2 file compacted in %.1f s%n", (System.nanoTime() - compacting) / 1e9);
            }
            result.put("seed.seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            write(outFile, result);
            result.forEach((key, value) -> {
                if (!key.equals("therapist.password")) {
                    out.println("  " + key + " = " + value);
                }
            });
            out.println("Written to " + outFile);
        }
    }

    /** The options as name to value, without the leading dashes; every option takes a value. */
    static Map<String, String> options(String... args) {
        List<String> known = List.of("db-url", "db-user", "db-password", "data-dir", "scale", "out");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option: " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options.put(name, args[i + 1]);
        }
        if (options.containsKey("db-url") == options.containsKey("data-dir")) {
            throw new IllegalArgumentException("give either --db-url or --data-dir");
        }
        if (!options.containsKey("out")) {
            throw new IllegalArgumentException("--out is missing");
        }
        try {
            double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
            if (!(scale > 0 && scale <= 10)) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 10");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--scale must be a number, e.g. 0.1", e);
        }
        return options;
    }

    /**
     * The JDBC URL: the H2 file in a data directory as Gaitway opens it without GAITWAY_DB_URL; a PostgreSQL URL
     * with the driver's rewriting of batched inserts into multi-row inserts (several times faster).
     */
    private static String url(Map<String, String> options) {
        if (options.containsKey("data-dir")) {
            return "jdbc:h2:file:"
                    + Path.of(options.get("data-dir"))
                            .toAbsolutePath()
                            .normalize()
                            .resolve("gaitway");
        }
        String url = options.get("db-url");
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    /**
     * Whether the seeder is alone on the H2 database, so compacting it (which closes it) disturbs nobody: not so when
     * Gaitway runs on it with AUTO_SERVER.
     */
    private static boolean compactable(Connection db) throws SQLException {
        return number(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS", null) == 1;
    }

    private static String describe(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static long number(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void write(Path file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder("# Written by bench/seed: what the benchmark signs in as and opens.\n");
        values.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
