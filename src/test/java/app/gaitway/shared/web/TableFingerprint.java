package app.gaitway.shared.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows and optimistic-lock versions of the main tables: changes when anything is added or changed. */
record TableFingerprint(Map<String, Long> numbers) {

    private static final List<String> VERSIONED = List.of(
            "clinic",
            "user_account",
            "exercise",
            "patient",
            "assessment",
            "program",
            "program_template",
            "patient_link");
    private static final List<String> APPENDED = List.of(
            "exercise_revision",
            "exercise_picture",
            "assessment_addendum",
            "program_version",
            "program_item",
            "program_template_item",
            "exercise_log");

    static TableFingerprint of(Connection db) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> names = new ArrayList<>();
        for (String t : VERSIONED) {
            sql.append("(SELECT COUNT(*) FROM ")
                    .append(t)
                    .append("), (SELECT COALESCE(SUM(version), 0) FROM ")
                    .append(t)
                    .append("), ");
            names.add(t + " rows");
            names.add(t + " versions");
        }
        for (String t : APPENDED) {
            sql.append("(SELECT COUNT(*) FROM ").append(t).append("), ");
            names.add(t + " rows");
        }
        sql.setLength(sql.length() - 2);
        Map<String, Long> numbers = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int i = 0; i < names.size(); i++) {
                numbers.put(names.get(i), rs.getLong(i + 1));
            }
        }
        return new TableFingerprint(numbers);
    }

    String difference(TableFingerprint after) {
        List<String> changed = new ArrayList<>();
        numbers.forEach((name, n) -> {
            if (!n.equals(after.numbers.get(name))) {
                changed.add(name + " " + n + " -> " + after.numbers.get(name));
            }
        });
        return String.join(", ", changed);
    }
}
