package app.gaitway.testdata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rows written straight into the test server's database for the performance tests: thousands of inserts sent in
 * batches (a form post per row would take hours), and the single-number queries that check what was written.
 */
public final class Batches {

    private static final int BATCH = 500;

    /** Fills one row's parameters of the insert. */
    @FunctionalInterface
    public interface Row {
        void fill(PreparedStatement insert, int index) throws SQLException;
    }

    private Batches() {}

    /** Runs the insert {@code count} times, rows numbered from 0, in batches of {@value #BATCH}. */
    public static void insert(Connection db, String sql, int count, Row row) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                row.fill(insert, i);
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** An insert or update with its parameters in order; the rows it changed. */
    public static long update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            set(s, parameters);
            return s.executeUpdate();
        }
    }

    /** The one number a query such as {@code SELECT COUNT(*) ...} answers. */
    public static long number(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            set(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void set(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
