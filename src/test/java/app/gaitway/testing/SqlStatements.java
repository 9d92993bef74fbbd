package app.gaitway.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many SQL statements some requests run, from H2's own query statistics (so every statement the server sends
 * is counted, whoever sends it). H2 only: on another database {@link #count} answers null. The statistics are the
 * database's, so a request of another test at the same moment would be counted too.
 */
public final class SqlStatements {

    /** Statements run: selects, writes (insert, update, delete), and a few of the slowest for the report. */
    public record Counted(long selects, long writes, List<String> slowest) {
    }

    private SqlStatements() {
    }

    public static Counted count(GaitwayServer server, Runnable requests) throws SQLException {
        try (Connection db = server.openDatabase(); Statement s = db.createStatement()) {
            if (!"H2".equals(db.getMetaData().getDatabaseProductName())) {
                return null;
            }
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
            long selects = 0;
            long writes = 0;
            List<String> slowest = new ArrayList<>();
            try {
                requests.run();
                try (ResultSet r = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
                        + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY CUMULATIVE_EXECUTION_TIME DESC")) {
                    while (r.next()) {
                        String sql = r.getString(1).replaceAll("\\s+", " ").strip();
                        String kind = sql.toLowerCase(Locale.ROOT);
                        if (sql.contains("INFORMATION_SCHEMA") || kind.startsWith("set ")
                                || kind.startsWith("commit") || kind.startsWith("rollback")) {
                            continue;
                        }
                        if (kind.startsWith("select")) {
                            selects += r.getLong(2);
                        } else {
                            writes += r.getLong(2);
                        }
                        if (slowest.size() < 5) {
                            slowest.add(String.format(Locale.ROOT, "%7.1f ms %3d x  %s", r.getDouble(3), r.getLong(2),
                                    sql.length() > 120 ? sql.substring(0, 120) + "..." : sql));
                        }
                    }
                }
            } finally {
                s.execute("SET QUERY_STATISTICS FALSE");
            }
            return new Counted(selects, writes, slowest);
        }
    }
}
