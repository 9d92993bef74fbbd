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
record TableContents(Map<String, List<String>> rowsByTable, Map<String, Map<String, String>> rowsById) {

    static TableContents of(Connection db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, Map<String, String>> byId = new TreeMap<>();
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
            Map<String, String> ids = new TreeMap<>();
            tables.put(name.toLowerCase(Locale.ROOT), rows(db, name, ids));
            if (!ids.isEmpty()) {
                byId.put(name.toLowerCase(Locale.ROOT), ids);
            }
        }
        return new TableContents(tables, byId);
    }

    /** The rows' hashes, sorted; of a table with an id column also each row's hash by its id. */
    private static List<String> rows(Connection db, String table, Map<String, String> byId) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                MessageDigest sha = sha256();
                String id = null;
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    Object value = r.getObject(c);
                    String text =
                            value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                    if (columns.getColumnName(c).equalsIgnoreCase("id")) {
                        id = text;
                    }
                    sha.update((columns.getColumnName(c).toLowerCase(Locale.ROOT) + "=" + text + "\u0000")
                            .getBytes(StandardCharsets.UTF_8));
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                hashes.add(hash);
                if (id != null) {
                    byId.put(id, hash);
                }
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

    /**
     * How this copy (a backup) differs from the source as of the moment it was taken, given the source's contents
     * before it began and after it ended, table by table: a row the source had before is missing; a row the source
     * left unchanged from before to after differs here; a row is here that the source did not have after. A row
     * the source rewrote while the backup ran (the audit chain's head, the patient new assessments are added to)
     * may be here as any of its versions, so only its presence is checked. Tables without an id column are
     * compared as multisets of rows.
     */
    Map<String, String> differencesFromSource(TableContents before, TableContents after) {
        Map<String, String> found = new TreeMap<>();
        for (String table : before.rowsByTable.keySet()) {
            Map<String, String> was = before.rowsById.get(table);
            if (was == null) {
                int missing = missingFrom(before).getOrDefault(table, 0);
                int extra = after.missingFrom(this).getOrDefault(table, 0);
                if (missing + extra > 0) {
                    found.put(table, missing + " rows missing, " + extra + " rows the source never had");
                }
                continue;
            }
            Map<String, String> here = rowsById.getOrDefault(table, Map.of());
            Map<String, String> later = after.rowsById.getOrDefault(table, Map.of());
            List<String> problems = new ArrayList<>();
            was.forEach((id, hash) -> {
                if (!here.containsKey(id)) {
                    problems.add("id " + id + " missing");
                } else if (hash.equals(later.get(id)) && !hash.equals(here.get(id))) {
                    problems.add("id " + id + " differs");
                }
            });
            here.forEach((id, hash) -> {
                if (!later.containsKey(id)) {
                    problems.add("id " + id + " never in the source");
                }
            });
            if (!problems.isEmpty()) {
                found.put(table, String.join(", ", problems));
            }
        }
        return found;
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
