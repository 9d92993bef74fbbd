package app.gaitway.patients;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient pages as the integration tests use them: reading the list, and the audit trail and the patient
 * table straight from the server's database (patients are registered by {@link app.gaitway.testdata.Patients}).
 */
final class PatientSite {

    private static final Pattern LISTED = Pattern.compile("<th scope=\"row\">\\s*<a href=\"/patients/(\\d+)\"");
    private static final Pattern COUNT = Pattern.compile("class=\"patient-count\" role=\"status\">([^<]*)<");

    private PatientSite() {}

    /** The ids of the patients listed on a list page, top to bottom. */
    static List<Long> listed(Page page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = LISTED.matcher(page.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** The count the list page states ("1 patient", "9,000 patients", "No patients") as a number. */
    static long count(Page page) {
        Matcher m = COUNT.matcher(page.body());
        assertTrue(m.find(), "no count on the page:\n" + page.body());
        String text = m.group(1).strip();
        return text.startsWith("No ") ? 0 : Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** An audit entry about patients, as stored. */
    record AuditRow(String action, Long userId, Long clinicId, String recordType, String recordId, String outcome) {}

    /** The audit entries of one record type (and id, unless null) written for a user, oldest first. */
    static List<AuditRow> audit(GaitwayServer server, long userId, String recordType, Long recordId)
            throws SQLException {
        String sql = "SELECT action, user_id, clinic_id, record_type, record_id, outcome FROM audit_entry"
                + " WHERE user_id = ? AND record_type = ?" + (recordId == null ? "" : " AND record_id = ?")
                + " ORDER BY id";
        try (Connection db = server.openDatabase();
                PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, userId);
            q.setString(2, recordType);
            if (recordId != null) {
                q.setString(3, String.valueOf(recordId));
            }
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new AuditRow(
                            r.getString(1),
                            r.getObject(2, Long.class),
                            r.getObject(3, Long.class),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6)));
                }
            }
            return rows;
        }
    }

    static List<String> actions(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::action).toList();
    }

    /** One column of a patient's row, straight from the table. */
    static Object column(GaitwayServer server, long patientId, String column) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement q = db.prepareStatement("SELECT " + column + " FROM patient WHERE id = ?")) {
            q.setLong(1, patientId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "no patient " + patientId);
                return r.getObject(1);
            }
        }
    }

    static long patientsOfClinic(GaitwayServer server, long clinicId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM patient WHERE clinic_id = ?")) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
