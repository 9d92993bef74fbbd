package app.gaitway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real application, started from target/gaitway.jar as a child process on a free
 * port with a fresh data directory and database, exactly as an installer would run it.
 * <p>
 * Database: H2 by default (opened in AUTO_SERVER mode so tests can reach the same file
 * with plain JDBC, e.g. to tamper with the audit trail). When GAITWAY_TEST_PG_URL is set
 * (an admin JDBC URL, with GAITWAY_TEST_PG_USER / GAITWAY_TEST_PG_PASSWORD), each server
 * gets a fresh PostgreSQL database instead.
 */
public final class GaitwayServer implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    /**
     * Give this as GAITWAY_DB_URL in the extra environment to run on H2 exactly as an installation without
     * configuration does (the file in the data directory, no AUTO_SERVER). {@link #openDatabase()} then works only
     * while the server is stopped, as the file is locked by the running server.
     */
    public static final String DEFAULT_H2 = "";

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Map<String, String> env;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    private GaitwayServer(
            Process process,
            int port,
            Path workDir,
            Map<String, String> env,
            String dbUrl,
            String dbUser,
            String dbPassword) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.env = env;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    /** Starts a server with the given extra environment (e.g. GAITWAY_ADMIN_EMAIL) and waits until it is ready. */
    public static GaitwayServer start(String name, Map<String, String> extraEnv) {
        try {
            Path root = Path.of(System.getProperty("gaitway.it.workdir", "target/it"))
                    .toAbsolutePath();
            Path workDir =
                    root.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(workDir);
            int port = freePort();

            Map<String, String> env = new HashMap<>();
            env.put("GAITWAY_DATA_DIR", workDir.resolve("data").toString());
            env.put("GAITWAY_BASE_URL", "http://localhost:" + port);
            String url;
            String user;
            String password;
            String pgAdminUrl = System.getenv("GAITWAY_TEST_PG_URL");
            if (pgAdminUrl != null && !pgAdminUrl.isBlank()) {
                user = System.getenv().getOrDefault("GAITWAY_TEST_PG_USER", "postgres");
                password = System.getenv().getOrDefault("GAITWAY_TEST_PG_PASSWORD", "");
                url = createPostgresDatabase(
                        pgAdminUrl,
                        user,
                        password,
                        "gaitway_it_" + name.replaceAll("\\W", "_").toLowerCase() + "_"
                                + UUID.randomUUID().toString().substring(0, 8));
            } else {
                url = "jdbc:h2:file:" + workDir.resolve("data").resolve("gaitway") + ";AUTO_SERVER=TRUE";
                user = "gaitway";
                password = "";
            }
            env.put("GAITWAY_DB_URL", url);
            env.put("GAITWAY_DB_USER", user);
            env.put("GAITWAY_DB_PASSWORD", password);
            env.putAll(extraEnv);
            if (DEFAULT_H2.equals(env.get("GAITWAY_DB_URL"))) {
                if (url.startsWith("jdbc:h2:")) {
                    env.remove("GAITWAY_DB_URL");
                    env.remove("GAITWAY_DB_USER");
                    env.remove("GAITWAY_DB_PASSWORD");
                    url = "jdbc:h2:file:" + workDir.resolve("data").resolve("gaitway");
                } else {
                    env.put("GAITWAY_DB_URL", url); // a PostgreSQL run stays on PostgreSQL
                }
            }
            return launch(workDir, port, env, url, user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GaitwayServer launch(
            Path workDir, int port, Map<String, String> env, String url, String user, String password) {
        Path jar = Path.of(System.getProperty("gaitway.it.jar", "target/gaitway.jar"))
                .toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the integration tests through 'mvn verify'");
        }
        try {
            List<String> command = new ArrayList<>(List.of("java", installedJvmOptions(), scratchOption(workDir)));
            command.addAll(extraJvmArgs());
            command.addAll(List.of("-jar", jar.toString(), "--nocluster", "--port", String.valueOf(port)));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            workDir.resolve("server.log").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            GaitwayServer server = new GaitwayServer(process, port, workDir, env, url, user, password);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options an installation runs with (the README's run command and the Docker image read the same file),
     * as an argument file java reads itself: the tests see the memory limits users get.
     */
    static String installedJvmOptions() {
        Path options = Path.of(System.getProperty("gaitway.it.jvmOptions", "src/main/payara/jvm-options.txt"))
                .toAbsolutePath();
        if (!Files.isReadable(options)) {
            throw new IllegalStateException(options + " is missing: run the integration tests from the project");
        }
        return "@" + options;
    }

    /**
     * The server's temporary directory inside its work directory, removed when the process has ended. Payara Micro
     * unpacks itself (about 230 MB) into the temporary directory at every start and removes that only on an orderly
     * shutdown: the tests that kill a server, and the starts that are refused, left it behind in /tmp, and a CI
     * machine with a small disk ran out of space in the PostgreSQL pass.
     */
    static String scratchOption(Path workDir) throws IOException {
        Path scratch = Files.createDirectories(workDir.resolve("tmp"));
        scratch.toFile().setWritable(true, false);
        return "-Djava.io.tmpdir=" + scratch;
    }

    /** Removes what {@link #scratchOption} gave a server whose process has ended. */
    static void deleteScratch(Path workDir) {
        Path scratch = workDir.resolve("tmp");
        if (!Files.exists(scratch)) {
            return;
        }
        try (var paths = Files.walk(scratch)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the next run's clean; a failed test's report matters more than the space
        }
    }

    /**
     * JVM options for the server from the build (the coverage agent). Maven passes its placeholder through
     * unfilled when coverage is off ({@code -Djacoco.skip=true}): that is no option.
     */
    private static List<String> extraJvmArgs() {
        String args = System.getProperty("gaitway.it.jvmArgs", "").trim();
        if (args.isEmpty() || args.startsWith("${")) {
            return List.of();
        }
        return List.of(args.split("\\s+"));
    }

    /** SIGKILL, as a power cut to the process or the kernel's OOM killer would end it: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server process did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        deleteScratch(workDir);
    }

    /** A new server process on the same port, data directory, database and settings (after {@link #kill} or {@link #close}). */
    public GaitwayServer restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("stop the server before restarting it");
        }
        return launch(workDir, port, env, dbUrl, dbUser, dbPassword);
    }

    public boolean usesPostgres() {
        return dbUrl.startsWith("jdbc:postgresql:");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public Path workDir() {
        return workDir;
    }

    public Path log() {
        return workDir.resolve("server.log");
    }

    /** Where the server log ends now: pass it to {@link #logSince} to read what a test made the server log. */
    public long logMark() {
        try {
            return Files.size(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server logged after the mark, without the console's colour codes. */
    public String logSince(long mark) {
        try {
            byte[] all = Files.readAllBytes(log());
            int from = (int) Math.min(mark, all.length);
            return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("\u001B\\[[0-9;]*m", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to reach the server's own database: JDBC URL, user and password (for a tool that opens it itself). */
    public record DatabaseLogin(String url, String user, String password) {}

    public DatabaseLogin databaseLogin() {
        return new DatabaseLogin(dbUrl, dbUser, dbPassword);
    }

    /** A direct JDBC connection to the server's own database (H2 AUTO_SERVER or PostgreSQL). */
    public Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private void awaitReady() {
        // HTTP/1.1 as browsers speak to a plain-HTTP server: the JDK client's default asks Grizzly to upgrade to
        // HTTP/2 (h2c), and an upgrade asked while the server was still booting left that connection hanging, so
        // every later readiness check timed out although the server was up (seen once in 30 starts).
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Gaitway exited during start-up; see " + log());
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri("/health/ready"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        String threads = threadDump();
        close();
        throw new IllegalStateException(
                "Gaitway was not ready within " + BOOT_TIMEOUT + "; last answer of /health/ready: "
                        + lastAnswer + "; see " + log() + "\n--- last lines of the server log:\n" + tailOfLog(60)
                        + "\n--- threads of the server:\n" + threads);
    }

    /** What a CI report needs to tell a slow start from a hang: the end of the log and where each thread stands. */
    private String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(log()).stream()
                    .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", ""))
                    .filter(line -> !line.isBlank())
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private String threadDump() {
        try {
            Path dump = workDir.resolve("threads.txt");
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(dump.toFile())
                    .start();
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
            String text = Files.readString(dump);
            return text.length() > 20_000 ? text.substring(0, 20_000) + "\n..." : text;
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (!process.isAlive()) {
            deleteScratch(workDir);
        }
    }

    private static String createPostgresDatabase(String adminUrl, String user, String password, String dbName) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + dbName);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + dbName, e);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + dbName + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
