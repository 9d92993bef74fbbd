package app.gaitway.shared.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of Gaitway's schema, as one SHA-256 per row (column names and values), sorted: two
 * databases hold the same rows when these are equal, and one holds at least another's rows when its multiset of
 * hashes contains the other's. Works on H2 and PostgreSQL alike (JDBC metadata only).
 */
record TableContents(Map<String, List<String>> rowsByTable) {

    static TableContents of(Connection db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData meta = db.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet t = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                if ("public".equalsIgnoreCase(t.getString("TABLE_SCHEM"))) {
                    names.add(t.getString("TABLE_NAME"));
                }
            }
        }
        for (String name : names) {
            tables.put(name.toLowerCase(Locale.ROOT), rows(db, name));
        }
        return new TableContents(tables);
    }

    private static List<String> rows(Connection db, String table) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                MessageDigest sha = sha256();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    Object value = r.getObject(c);
                    String text =
                            value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                    sha.update((columns.getColumnName(c).toLowerCase(Locale.ROOT) + "=" + text + "\u0000")
                            .getBytes(StandardCharsets.UTF_8));
                }
                hashes.add(HexFormat.of().formatHex(sha.digest()));
            }
        }
        hashes.sort(null);
        return hashes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int rows(String table) {
        return rowsByTable.getOrDefault(table, List.of()).size();
    }

    /** For each table, the rows of {@code other} this one lacks (multiset difference), when there are any. */
    Map<String, Integer> missingFrom(TableContents other) {
        Map<String, Integer> missing = new TreeMap<>();
        for (var table : other.rowsByTable.entrySet()) {
            Map<String, Integer> here = new java.util.HashMap<>();
            rowsByTable.getOrDefault(table.getKey(), List.of()).forEach(h -> here.merge(h, 1, Integer::sum));
            int lacking = 0;
            for (String h : table.getValue()) {
                if (here.merge(h, -1, Integer::sum) < 0) {
                    lacking++;
                }
            }
            if (lacking > 0) {
                missing.put(table.getKey(), lacking);
            }
        }
        return missing;
    }
}
