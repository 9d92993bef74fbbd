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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real jar started where it must refuse to start (a data directory it cannot use, a
 * database held by another process, ...): not waited on until ready, like
 * {@link GaitwayServer}, but watched until it exits, asking /health/ready all along.
 * Always the embedded H2 database in the given data directory, with the default URL.
 */
public final class RefusedStart {

    private static final String NOBODY = "65534";

    private final Path workDir;
    private final Path dataDir;
    private final Map<String, String> env = new HashMap<>();
    private boolean unprivileged;

    private RefusedStart(String name, Path dataDir) {
        Path root =
                Path.of(System.getProperty("gaitway.it.workdir", "target/it")).toAbsolutePath();
        this.workDir = root.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        this.dataDir = dataDir;
    }

    /** A start with the given data directory; see {@link #freshDirectory(String)} for one of the test's own. */
    public static RefusedStart of(String name, Path dataDir) {
        return new RefusedStart(name, dataDir);
    }

    /** A fresh directory under target/it for a test to build a data directory in. */
    public static Path freshDirectory(String name) {
        Path root =
                Path.of(System.getProperty("gaitway.it.workdir", "target/it")).toAbsolutePath();
        Path dir = root.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public RefusedStart env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Runs the server as user nobody when the tests run as root: root writes anywhere, so a
     * directory it does not own only stops a server run by somebody else (as in the Docker
     * image, which runs as its own user).
     */
    public RefusedStart asUnprivilegedUserWhenRoot() {
        this.unprivileged = isRoot();
        return this;
    }

    public static boolean isRoot() {
        try {
            Process id =
                    new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes()).strip();
            id.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the server, asks /health/ready every quarter second until it exits or {@code limit} passes. */
    public Outcome run(Duration limit) {
        return run(limit, false);
    }

    /**
     * For comparison, a start that should succeed: watched the same way until /health/ready
     * first says 200 (or the process exits, or {@code limit} passes), then stopped.
     */
    public Outcome runUntilReady(Duration limit) {
        return run(limit, true);
    }

    private Outcome run(Duration limit, boolean untilReady) {
        try {
            Path jar = Path.of(System.getProperty("gaitway.it.jar", "target/gaitway.jar"))
                    .toAbsolutePath();
            Files.createDirectories(workDir);
            int port = freePort();
            List<String> command = new ArrayList<>();
            if (unprivileged) {
                workDir.toFile().setWritable(true, false);
                command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            command.addAll(List.of(
                    "java",
                    GaitwayServer.installedJvmOptions(),
                    GaitwayServer.scratchOption(workDir),
                    "-jar",
                    jar.toString(),
                    "--nocluster",
                    "--port",
                    String.valueOf(port)));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("server.log").toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("GAITWAY_"));
            builder.environment().put("GAITWAY_DATA_DIR", dataDir.toString());
            builder.environment().put("GAITWAY_BASE_URL", "http://localhost:" + port);
            builder.environment().putAll(env);
            Process process = builder.start();
            try {
                List<Integer> readiness = new ArrayList<>();
                List<Integer> pages = new ArrayList<>();
                watch(process, port, limit, untilReady, readiness, pages);
                Integer exitCode = process.isAlive() ? null : process.exitValue();
                return new Outcome(
                        exitCode, readiness, pages, Files.readAllLines(workDir.resolve("server.log")), workDir);
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
                if (!process.isAlive()) {
                    GaitwayServer.deleteScratch(workDir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks /health/ready, and in the same round a page and the liveness check, every
     * quarter second (a tenth when waiting for a good start, so a short window of wrong
     * answers is not missed).
     */
    private static void watch(
            Process process, int port, Duration limit, boolean untilReady, List<Integer> readiness, List<Integer> pages)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline && !(untilReady && readiness.contains(200))) {
            ask(client, port, "/health/ready").ifPresent(readiness::add);
            ask(client, port, "/login").ifPresent(pages::add);
            ask(client, port, "/health/live").ifPresent(pages::add);
            process.waitFor(untilReady ? 100 : 250, TimeUnit.MILLISECONDS);
        }
    }

    private static Optional<Integer> ask(HttpClient client, int port, String path) throws InterruptedException {
        try {
            return Optional.of(client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        } catch (IOException notListening) {
            return Optional.empty(); // not listening yet, or gone
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * How it ended: the exit code (null: still running at the limit, then killed), every
     * status /health/ready answered, every status /login and /health/live answered in the
     * same rounds, and the server log.
     */
    public record Outcome(
            Integer exitCode,
            List<Integer> readinessStatuses,
            List<Integer> pageStatuses,
            List<String> log,
            Path workDir) {

        /** The log lines that say Gaitway cannot start, without the log format's prefix. */
        public List<String> refusals() {
            return log.stream()
                    .filter(line -> line.contains("Gaitway cannot start: "))
                    .map(line -> line.substring(line.indexOf("Gaitway cannot start: ")))
                    .toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + ", readiness "
                    + readinessStatuses.stream().distinct().toList()
                    + ", pages " + pageStatuses.stream().distinct().toList()
                    + ", refusals " + refusals() + ", log " + workDir.resolve("server.log");
        }
    }
}
