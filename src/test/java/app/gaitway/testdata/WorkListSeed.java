package app.gaitway.testdata;

import app.gaitway.patients.SearchName;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Rows for the work list tests written straight into the database, as the application would store them, with the
 * dates a test needs (a review date last week, an entry 8 days ago, a link expiring in 5 days), which the pages
 * cannot make. Each call is one insert; {@link #batch} keeps the statements open for thousands of rows.
 */
public final class WorkListSeed implements AutoCloseable {

    /** Who a seeded program names as its therapist (and who saved it). */
    public record Therapist(long id, String name) {}

    private final Connection db;
    private final long exerciseId;
    private final OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    private final PreparedStatement patient;
    private final PreparedStatement program;
    private final PreparedStatement version;
    private final PreparedStatement link;
    private final PreparedStatement log;
    private final PreparedStatement draft;

    public WorkListSeed(Connection db) throws SQLException {
        this.db = db;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT MIN(id) FROM exercise WHERE clinic_id IS NULL")) {
            r.next();
            exerciseId = r.getLong(1);
        }
        patient = db.prepareStatement("""
                INSERT INTO patient (clinic_id, family_name, given_name, date_of_birth, sex, preferred_language,
                    archived, last_activity_at, search_name, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'FEMALE', 'en', ?, ?, ?, 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
        program = db.prepareStatement("""
                INSERT INTO program (clinic_id, patient_id, title, latest_version, status, ended_on, version,
                    created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
        version = db.prepareStatement("""
                INSERT INTO program_version (program_id, number, title, instructions, start_date, review_date,
                    therapist_id, therapist_name, clinic_phone, change_summary, saved_at, saved_by, saved_by_name)
                VALUES (?, ?, ?, 'Every day.', ?, ?, ?, ?, '555 0100', 'First version.', ?, ?, ?)""");
        link = db.prepareStatement("""
                INSERT INTO patient_link (clinic_id, program_id, secret_hash, hint, expires_at, revoked_at, version,
                    created_at, updated_at)
                VALUES (?, ?, ?, 'SEED', ?, ?, 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
        log = db.prepareStatement("""
                INSERT INTO exercise_log (program_id, link_id, program_version, exercise_id, exercise_name, done_on,
                    pain, difficulty, logged_at, removed_at) VALUES (?, ?, 1, ?, 'Clamshell', ?, ?, ?, ?, ?)""");
        draft = db.prepareStatement("""
                INSERT INTO assessment (clinic_id, patient_id, visit_date, status, therapist_id, field_values,
                    version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, '{}', 0, ?, ?, ?, ?)""");
    }

    public OffsetDateTime now() {
        return now;
    }

    public long patient(long clinicId, String given, String family, boolean archived) throws SQLException {
        patient.setLong(1, clinicId);
        patient.setString(2, family);
        patient.setString(3, given);
        patient.setObject(4, LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(family.hashCode(), 15_000)));
        patient.setBoolean(5, archived);
        patient.setObject(6, now);
        patient.setString(7, SearchName.of(given, family));
        patient.setObject(8, now);
        patient.setObject(9, now);
        patient.executeUpdate();
        return key(patient);
    }

    /**
     * A program whose versions 1 to {@code versions} all start on {@code start}; only the latest has
     * {@code reviewDate}, the older ones a review date long past (so only the latest may count).
     */
    public long program(
            long clinicId,
            long patientId,
            Therapist t,
            String title,
            LocalDate start,
            LocalDate reviewDate,
            int versions,
            boolean ended)
            throws SQLException {
        program.setLong(1, clinicId);
        program.setLong(2, patientId);
        program.setString(3, title);
        program.setInt(4, versions);
        program.setString(5, ended ? "ENDED" : "ACTIVE");
        program.setObject(6, ended ? LocalDate.now() : null);
        program.setObject(7, now.minusDays(60));
        program.setLong(8, t.id());
        program.setObject(9, now.minusDays(1));
        program.setLong(10, t.id());
        program.executeUpdate();
        long id = key(program);
        for (int n = 1; n <= versions; n++) {
            version.setLong(1, id);
            version.setInt(2, n);
            version.setString(3, title);
            version.setObject(4, start);
            version.setObject(5, n == versions ? reviewDate : LocalDate.now().minusDays(100));
            version.setLong(6, t.id());
            version.setString(7, t.name());
            version.setObject(8, now.minusDays(60 - n));
            version.setLong(9, t.id());
            version.setString(10, t.name());
            version.addBatch();
        }
        version.executeBatch();
        return id;
    }

    public long link(long clinicId, long programId, OffsetDateTime createdAt, OffsetDateTime expiresAt, boolean revoked)
            throws SQLException {
        link.setLong(1, clinicId);
        link.setLong(2, programId);
        link.setString(3, sha256(UUID.randomUUID().toString()));
        link.setObject(4, expiresAt);
        link.setObject(5, revoked ? now.minusDays(1) : null);
        link.setObject(6, createdAt);
        link.setObject(7, createdAt);
        link.executeUpdate();
        return key(link);
    }

    /** An entry the patient made; added to the batch, written by {@link #flush}. */
    public void log(long programId, long linkId, LocalDate doneOn, Integer pain, String difficulty, boolean removed)
            throws SQLException {
        log.setLong(1, programId);
        log.setLong(2, linkId);
        log.setLong(3, exerciseId);
        log.setObject(4, doneOn);
        log.setObject(5, pain);
        log.setString(6, difficulty);
        log.setObject(
                7, doneOn.atTime(18, 0).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime());
        log.setObject(8, removed ? now : null);
        log.addBatch();
    }

    /** An assessment of the patient, a draft or signed; added to the batch, written by {@link #flush}. */
    public void assessment(long clinicId, long patientId, Therapist t, LocalDate visit, boolean draftOnly)
            throws SQLException {
        draft.setLong(1, clinicId);
        draft.setLong(2, patientId);
        draft.setObject(3, visit);
        draft.setString(4, draftOnly ? "DRAFT" : "FINAL");
        draft.setLong(5, t.id());
        draft.setObject(6, now.minusDays(1));
        draft.setLong(7, t.id());
        draft.setObject(8, now.minusDays(1));
        draft.setLong(9, t.id());
        draft.addBatch();
    }

    public void flush() throws SQLException {
        log.executeBatch();
        draft.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (PreparedStatement s : new PreparedStatement[] {patient, program, version, link, log, draft}) {
            s.close();
        }
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
