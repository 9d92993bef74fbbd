package app.gaitway.testdata;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Staff accounts for tests that would disturb others if they used the shared owner:
 * changing a password, or being locked out by the login throttle. Each account gets a
 * clinic of its own, so it shows up in no other test's lists, and is written straight
 * into the server's database (the administration pages are not what these tests test).
 * <p>
 * The password is the shared owner's, copied as its stored hash: no hashing code is
 * duplicated here, and the account signs in exactly as one made through the application.
 */
public final class OwnClinicAccounts {

    /** A therapist who can sign in with {@link #password()}. */
    public record Account(String email, String password, String fullName) {}

    private OwnClinicAccounts() {}

    public static Account therapist(GaitwayServer server, String label) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String clinicName = "Own clinic " + label + " " + id;
        String email = label + "-" + id + "@own-clinic.test";
        String fullName = "Test " + label + " " + id;
        try (Connection db = server.openDatabase()) {
            db.setAutoCommit(false);
            String hash =
                    single(db, "SELECT password_hash FROM user_account WHERE email = ?", SharedServer.OWNER_EMAIL);
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO clinic (name, version, created_at, updated_at) VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                insert.setString(1, clinicName);
                insert.executeUpdate();
            }
            long clinicId = Long.parseLong(single(db, "SELECT id FROM clinic WHERE name = ?", clinicName));
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO user_account (clinic_id, email, full_name, role, password_hash, active,
                        must_change_password, installation_owner, password_changed_at, version, created_at, updated_at)
                    VALUES (?, ?, ?, 'THERAPIST', ?, TRUE, FALSE, FALSE, CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                    """)) {
                insert.setLong(1, clinicId);
                insert.setString(2, email);
                insert.setString(3, fullName);
                insert.setString(4, hash);
                insert.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test account in " + server.baseUrl(), e);
        }
        return new Account(email, SharedServer.OWNER_PASSWORD, fullName);
    }

    private static String single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No row for " + sql + " with " + parameter);
                }
                return row.getString(1);
            }
        }
    }
}
