package app.gaitway.testdata;

import app.gaitway.testing.GaitwayServer;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Clinics and accounts written straight into a test server's database, for tests that
 * need them before the administration pages exist (or to stay independent of them).
 * Passwords are hashed in the format the server's PBKDF2 verifier reads, with few
 * iterations: the verifier takes the count from the stored hash.
 */
public final class TestAccounts {

    private TestAccounts() {}

    /** A fresh, unique email address for a test account. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
    }

    public static long insertClinic(GaitwayServer server, String name) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO clinic (name, version, created_at, updated_at) VALUES (?, 0, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = now();
            insert.setString(1, name);
            insert.setObject(2, now);
            insert.setObject(3, now);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** An active account with its own password (no change required at sign-in). */
    public static long insertUser(
            GaitwayServer server, long clinicId, String email, String fullName, String role, String password)
            throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO user_account (clinic_id, email, full_name, role,"
                                + " password_hash, active, must_change_password, installation_owner, password_changed_at,"
                                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, FALSE, FALSE, ?, 0, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = now();
            insert.setLong(1, clinicId);
            insert.setString(2, email);
            insert.setString(3, fullName);
            insert.setString(4, role);
            insert.setString(5, hash(password));
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** The clinic of an account, by email. */
    public static long clinicOf(GaitwayServer server, String email) throws SQLException {
        return longQuery(server, "SELECT clinic_id FROM user_account WHERE email = ?", email);
    }

    public static long idOf(GaitwayServer server, String email) throws SQLException {
        return longQuery(server, "SELECT id FROM user_account WHERE email = ?", email);
    }

    private static long longQuery(GaitwayServer server, String sql, String parameter) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + parameter);
                }
                return rs.getLong(1);
            }
        }
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return pbkdf2(password, 1000, salt);
    }

    /**
     * A password hash in the format the server's verifier reads ({@code PBKDF2WithHmacSHA256:iterations:salt:key},
     * base64, a 32-byte key): with the application's own iteration count and salt size, it is the hash the
     * application would have stored.
     */
    public static String pbkdf2(String password, int iterations, byte[] salt) {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                    .getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":"
                    + b64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long generatedId(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
