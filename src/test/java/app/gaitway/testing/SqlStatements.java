package app.gaitway.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How many SQL statements some requests run, from H2's own query statistics (so every statement the server sends
 * is counted, whoever sends it). H2 only: on another database {@link #count} still
 * runs the requests and answers null. The statistics are the
 * database's, so a request of another test at the same moment would be counted too.
 */
public final class SqlStatements {

    /**
     * Statements run by some requests: selects, writes (insert, update, delete), commits and rollbacks, how many
     * distinct statements, and a few of the slowest for the report.
     */
    public record Counted(int requests, long selects, long writes, long commits, int distinct, List<String> slowest) {

        /** Per request: "selects / writes / commits (distinct)". */
        public String summary() {
            double n = requests;
            return String.format(
                    Locale.ROOT, "%4.1f / %4.1f / %4.1f (%d distinct)", selects / n, writes / n, commits / n, distinct);
        }

        public double selectsPerRequest() {
            return selects / (double) requests;
        }

        public double writesPerRequest() {
            return writes / (double) requests;
        }
    }

    private SqlStatements() {}

    /** The statements of {@code requests} GETs of the path, each answered 200; null on another database than H2. */
    public static Counted ofGets(GaitwayServer server, WebClient client, String path, int requests)
            throws SQLException {
        return count(server, requests, () -> {
            for (int i = 0; i < requests; i++) {
                assertEquals(200, client.get(path).status(), path);
            }
        });
    }

    /** The statements that {@code run}, which sends {@code requests} requests, makes the server run. */
    public static Counted count(GaitwayServer server, int requests, Runnable run) throws SQLException {
        try (Connection db = server.openDatabase();
                Statement s = db.createStatement()) {
            if (!"H2".equals(db.getMetaData().getDatabaseProductName())) {
                // the requests are still sent: a test goes on to check what they did (PostgreSQL's CI pass once
                // failed on a last-seen time that no request had moved, because none had been sent)
                run.run();
                return null;
            }
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
            long selects = 0;
            long writes = 0;
            long commits = 0;
            int distinct = 0;
            List<String> slowest = new ArrayList<>();
            try {
                run.run();
                try (ResultSet r = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
                        + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY CUMULATIVE_EXECUTION_TIME DESC")) {
                    while (r.next()) {
                        String sql = r.getString(1).replaceAll("\\s+", " ").strip();
                        String kind = sql.toLowerCase(Locale.ROOT);
                        if (sql.contains("INFORMATION_SCHEMA") || kind.startsWith("set ")) {
                            continue;
                        }
                        if (kind.startsWith("commit") || kind.startsWith("rollback")) {
                            commits += r.getLong(2);
                            continue;
                        }
                        distinct++;
                        if (kind.startsWith("select")) {
                            selects += r.getLong(2);
                        } else {
                            writes += r.getLong(2);
                        }
                        if (slowest.size() < 5) {
                            slowest.add(String.format(
                                    Locale.ROOT,
                                    "%7.1f ms %3d x  %s",
                                    r.getDouble(3),
                                    r.getLong(2),
                                    sql.length() > 140 ? sql.substring(0, 140) + "..." : sql));
                        }
                    }
                }
            } finally {
                s.execute("SET QUERY_STATISTICS FALSE");
            }
            return new Counted(requests, selects, writes, commits, distinct, slowest);
        }
    }
}
