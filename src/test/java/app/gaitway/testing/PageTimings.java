package app.gaitway.testing;

import app.gaitway.testing.WebClient.Page;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast pages answer over real HTTP, the way the performance tests measure them: each page is asked for
 * {@value #WARM_UP} times to warm up, then timed over {@value #RUNS} requests, every answer a 200 and the first
 * timed one checked against what the page should show. The report gives median, 95th percentile and maximum; the
 * limit is on the median, so one slow request on a busy machine does not fail the test.
 */
public final class PageTimings {

    public static final int WARM_UP = 5;
    public static final int RUNS = 15;
    /** Requests whose SQL statements are counted, for a mean per request. */
    public static final int SQL_SAMPLES = 5;

    private final Map<String, long[]> figures = new LinkedHashMap<>();

    /** Warms up, times the GETs of the path, checks the first timed answer; remembers the times under {@code what}. */
    public void measure(String what, WebClient client, String path, Consumer<Page> check) {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, client.get(path).status(), path);
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Page page = client.get(path);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, page.status(), path);
            if (i == 0) {
                check.accept(page);
            }
        }
        figures.put(what, ms);
    }

    /** The statements {@value #SQL_SAMPLES} GETs of the path run (H2 only, else null). */
    public static SqlStatements.Counted statements(GaitwayServer server, WebClient client, String path)
            throws SQLException {
        return SqlStatements.ofGets(server, client, path, SQL_SAMPLES);
    }

    public long median(String what) {
        return percentile(figures.get(what), 50);
    }

    /** A heading line, then median, 95th percentile and maximum of each page measured. */
    public String report(String heading) {
        StringBuilder report = new StringBuilder(
                String.format(Locale.ROOT, "%n=== %s, %d runs after %d warm-ups ===%n", heading, RUNS, WARM_UP));
        figures.forEach((what, ms) -> report.append(String.format(
                Locale.ROOT,
                "  %-40s median %5d ms   p95 %5d ms   max %5d ms%n",
                what,
                percentile(ms, 50),
                percentile(ms, 95),
                Arrays.stream(ms).max().orElseThrow())));
        return report.toString();
    }

    public void assertMediansBelow(long limitMs) {
        figures.forEach((what, ms) -> assertTrue(
                percentile(ms, 50) < limitMs,
                what + ": median " + percentile(ms, 50) + " ms, limit " + limitMs + " ms"));
    }

    /** The median for 50 (of an even count, the mean of the middle two); else the nearest-rank percentile. */
    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (percent == 50) {
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        int rank = (int) Math.ceil(percent / 100.0 * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)];
    }
}
