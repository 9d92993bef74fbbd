package app.gaitway.benchmark;

import app.gaitway.benchmark.SeedPlan.ClinicPlan;
import app.gaitway.benchmark.SeedPlan.PatientPlan;
import app.gaitway.benchmark.SeedPlan.ProgramPlan;
import app.gaitway.benchmark.SeedPlan.TherapistPlan;
import app.gaitway.benchmark.SeedPlan.VersionPlan;
import app.gaitway.benchmark.SeedPlan.Visit;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.testdata.Batches;
import app.gaitway.testdata.BulkPatients;
import app.gaitway.testdata.ProgramSeed;
import app.gaitway.testdata.ProgramSeed.Logged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a {@link SeedPlan} over plain JDBC, clinic by clinic and table by table, in batches committed every
 * {@value #CHUNK} rows, with the rows as the application stores them: ids from the database's own identity columns
 * (read back in order, as each clinic is new), assessments as the JSON of checked values, signed with the
 * therapist's name and credentials, each follow-up pointing at the visit it was carried from; program items at the
 * exercises' current revisions with the dosage JSON the builder writes; log entries through the program's link.
 *
 * <p>Nothing is written to the audit trail: its entries are chained with a key only the application holds, and a
 * seeded record is no event anyone did. A program the patient logged has the link they logged through, revoked
 * when the seeding ran, as the application leaves a revoked link: no secret is kept for it (its hash is of a text
 * that is no link secret, so no address opens it), so nothing sealed with the application's link key is needed. A link to open is made through
 * the application (the benchmark does).
 */
final class SeedWriter {

    private static final int CHUNK = 20_000;

    private final Connection db;
    private final String passwordHash;
    private final SeedPlan plan;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<Long> clinicIds = new ArrayList<>();
    private final List<List<Long>> patientIds = new ArrayList<>();
    private final List<List<Long>> programIds = new ArrayList<>();
    private final List<List<Long>> therapistIds = new ArrayList<>();

    SeedWriter(Connection db, String passwordHash, SeedPlan plan) {
        this.db = db;
        this.passwordHash = passwordHash;
        this.plan = plan;
        for (String table : List.of(
                "clinics",
                "therapists",
                "patients",
                "assessments",
                "programs",
                "program_versions",
                "program_items",
                "patient_links",
                "exercise_logs")) {
            counts.put(table, 0L);
        }
    }

    /** Writes every clinic, with a line of progress per clinic. */
    void write(Consumer<String> progress) throws SQLException {
        for (ClinicPlan clinic : plan.clinics) {
            long started = System.nanoTime();
            writeClinic(clinic);
            progress.accept(String.format(
                    "  %s: %d patients in %.1f s",
                    clinic.name(), clinic.patients().size(), (System.nanoTime() - started) / 1e9));
        }
    }

    Map<String, Long> counts() {
        return counts;
    }

    long clinicId(int clinic) {
        return clinicIds.get(clinic);
    }

    /** The id of the clinic's patient at that place of the plan. */
    long patientId(int clinic, int patient) {
        return patientIds.get(clinic).get(patient);
    }

    /** The id of the clinic's program at that place of the plan (programs in order of patients, oldest first). */
    long programId(int clinic, int program) {
        return programIds.get(clinic).get(program);
    }

    private void writeClinic(ClinicPlan clinic) throws SQLException {
        long clinicId = insertClinic(clinic);
        clinicIds.add(clinicId);
        List<Long> staff = new ArrayList<>();
        for (TherapistPlan t : clinic.therapists()) {
            staff.add(insertTherapist(clinicId, t));
        }
        therapistIds.add(staff);
        db.commit();
        add("clinics", 1);
        add("therapists", staff.size());

        List<PatientPlan> patients = clinic.patients();
        BulkPatients.insert(db, clinicId, patients.size(), i -> {
            PatientPlan p = patients.get(i);
            return new BulkPatients.Patient(
                    p.givenName,
                    p.familyName,
                    p.dateOfBirth,
                    p.sex,
                    p.condition.referral,
                    p.condition.icd10,
                    p.side,
                    p.archived,
                    p.lastActivityAt,
                    p.createdAt,
                    p.updatedAt);
        });
        db.commit();
        List<Long> ids = ids("SELECT id FROM patient WHERE clinic_id = ? ORDER BY id", clinicId);
        check(patients.size(), ids.size(), "patients");
        patientIds.add(ids);
        add("patients", ids.size());

        writeAssessments(clinic, clinicId, ids, staff);
        writePrograms(clinic, clinicId, ids, staff);
    }

    private record VisitRow(PatientPlan patient, long patientId, int visit) {}

    private void writeAssessments(ClinicPlan clinic, long clinicId, List<Long> patients, List<Long> staff)
            throws SQLException {
        List<VisitRow> rows = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            PatientPlan p = clinic.patients().get(i);
            for (int k = 0; k < p.visits.size(); k++) {
                rows.add(new VisitRow(p, patients.get(i), k));
            }
        }
        inChunks("""
                INSERT INTO assessment (clinic_id, patient_id, visit_date, status, therapist_id, field_values,
                    finalized_at, finalized_by, finalized_by_name, finalized_by_credentials, version, created_at,
                    created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (insert, row) -> {
            PatientPlan p = row.patient();
            Visit v = p.visits.get(row.visit());
            TherapistPlan t = clinic.therapists().get(p.therapist);
            long therapist = staff.get(p.therapist);
            insert.setLong(1, clinicId);
            insert.setLong(2, row.patientId());
            insert.setObject(3, v.date());
            insert.setString(4, v.draft() ? "DRAFT" : "FINAL");
            insert.setLong(5, therapist);
            insert.setString(
                    6,
                    VisitValues.of(p, row.visit(), p.visits.size(), v.draft()).toJson());
            insert.setObject(7, v.finalizedAt());
            insert.setObject(8, v.draft() ? null : therapist);
            insert.setString(9, v.draft() ? null : t.fullName());
            insert.setString(10, v.draft() ? null : t.credentials());
            insert.setInt(11, v.draft() ? 1 : 2);
            insert.setObject(12, v.startedAt());
            insert.setLong(13, therapist);
            insert.setObject(14, v.draft() ? v.startedAt() : v.finalizedAt());
            insert.setLong(15, therapist);
        });
        // A follow-up starts from the patient's previous assessment and says so: the one written just before it.
        try (PreparedStatement carried = db.prepareStatement("""
                UPDATE assessment a SET carried_from_id =
                    (SELECT MAX(b.id) FROM assessment b WHERE b.patient_id = a.patient_id AND b.id < a.id)
                WHERE a.clinic_id = ?""")) {
            carried.setLong(1, clinicId);
            carried.executeUpdate();
        }
        db.commit();
        add("assessments", rows.size());
    }

    private record ProgramRow(PatientPlan patient, long patientId, ProgramPlan program) {}

    private record VersionRow(ProgramRow program, long programId, VersionPlan version) {}

    private record ItemRow(long versionId, int position, ProgramSeed.Item item) {}

    private record LogRow(long programId, long linkId, Logged entry) {}

    private void writePrograms(ClinicPlan clinic, long clinicId, List<Long> patients, List<Long> staff)
            throws SQLException {
        List<ProgramRow> programs = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            PatientPlan p = clinic.patients().get(i);
            for (ProgramPlan program : p.programs) {
                programs.add(new ProgramRow(p, patients.get(i), program));
            }
        }
        inChunks("""
                INSERT INTO program (clinic_id, patient_id, title, latest_version, status, ended_on, end_reason,
                    ended_by_name, version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", programs, (insert, row) -> {
            ProgramPlan program = row.program();
            long therapist = staff.get(row.patient().therapist);
            insert.setLong(1, clinicId);
            insert.setLong(2, row.patientId());
            insert.setString(3, program.title());
            insert.setInt(4, program.versions().size());
            insert.setString(5, program.active() ? "ACTIVE" : "ENDED");
            insert.setObject(6, program.endedOn());
            insert.setString(7, program.endReason());
            insert.setString(
                    8,
                    program.active()
                            ? null
                            : clinic.therapists().get(row.patient().therapist).fullName());
            insert.setInt(9, program.versions().size() + (program.active() ? 0 : 1));
            insert.setObject(10, program.versions().get(0).savedAt());
            insert.setLong(11, therapist);
            insert.setObject(12, program.updatedAt());
            insert.setLong(13, therapist);
        });
        List<Long> ids = ids("SELECT id FROM program WHERE clinic_id = ? ORDER BY id", clinicId);
        check(programs.size(), ids.size(), "programs");
        programIds.add(ids);
        add("programs", ids.size());

        List<VersionRow> versions = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            for (VersionPlan v : programs.get(i).program().versions()) {
                versions.add(new VersionRow(programs.get(i), ids.get(i), v));
            }
        }
        inChunks("""
                INSERT INTO program_version (program_id, number, title, instructions, start_date, review_date,
                    therapist_id, therapist_name, clinic_phone, change_summary, saved_at, saved_by, saved_by_name,
                    precaution_warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')""", versions, (insert, row) -> {
            VersionPlan v = row.version();
            int who = row.program().patient().therapist;
            String name = clinic.therapists().get(who).fullName();
            insert.setLong(1, row.programId());
            insert.setInt(2, v.number());
            insert.setString(3, row.program().program().title());
            insert.setString(4, row.program().program().instructions());
            insert.setObject(5, v.startDate());
            insert.setObject(6, v.reviewDate());
            insert.setLong(7, staff.get(who));
            insert.setString(8, name);
            insert.setString(9, clinic.phone());
            insert.setString(10, v.changeSummary());
            insert.setObject(11, v.savedAt());
            insert.setLong(12, staff.get(who));
            insert.setString(13, name);
        });
        List<Long> versionIds = ids(
                "SELECT v.id FROM program_version v JOIN program p ON p.id = v.program_id WHERE p.clinic_id = ?"
                        + " ORDER BY v.id",
                clinicId);
        check(versions.size(), versionIds.size(), "program versions");
        add("program_versions", versionIds.size());

        List<ItemRow> items = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            List<SeedPlan.ItemPlan> given = versions.get(i).version().items();
            for (int position = 0; position < given.size(); position++) {
                SeedPlan.ItemPlan item = given.get(position);
                items.add(new ItemRow(
                        versionIds.get(i),
                        position,
                        new ProgramSeed.Item(item.exercise().exercise(), ItemDosageJson.toJson(item.dosage()))));
            }
        }
        inChunks(
                ProgramSeed.ITEM_INSERT,
                items,
                (insert, row) -> ProgramSeed.setItem(insert, row.versionId(), row.position(), row.item()));
        add("program_items", items.size());

        writeLinksAndLogs(clinic, clinicId, programs, ids, staff);
    }

    private void writeLinksAndLogs(
            ClinicPlan clinic, long clinicId, List<ProgramRow> programs, List<Long> ids, List<Long> staff)
            throws SQLException {
        List<Integer> logged = new ArrayList<>();
        List<List<Logged>> entries = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            if (programs.get(i).program().logging() != null) {
                logged.add(i);
                entries.add(SeedLogs.of(programs.get(i).program(), plan.now));
            }
        }
        inChunks("""
                INSERT INTO patient_link (clinic_id, program_id, secret_hash, hint, expires_at, revoked_at,
                    revoked_by_name, last_opened_at, version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""", indexes(logged.size()), (insert, n) -> {
            ProgramRow row = programs.get(logged.get(n));
            int who = row.patient().therapist;
            // made with the first version, or 150 days ago for an older program: open for all 30 days
            OffsetDateTime created = SeedPlanner.later(
                    row.program().versions().get(0).savedAt().plusMinutes(15), plan.now.minusDays(150));
            List<Logged> log = entries.get(n);
            insert.setLong(1, clinicId);
            insert.setLong(2, ids.get(logged.get(n)));
            insert.setString(
                    3,
                    sha256("seeded link " + ids.get(logged.get(n)) + " "
                            + row.program().logging().seed()));
            insert.setString(4, hint(row.program().logging().seed()));
            insert.setObject(5, created.plusDays(180));
            insert.setObject(6, plan.now);
            insert.setString(7, clinic.therapists().get(who).fullName());
            insert.setObject(8, log.isEmpty() ? null : log.get(log.size() - 1).loggedAt());
            insert.setObject(9, created);
            insert.setLong(10, staff.get(who));
            insert.setObject(11, plan.now);
            insert.setLong(12, staff.get(who));
        });
        List<Long> linkIds = ids("SELECT id FROM patient_link WHERE clinic_id = ? ORDER BY id", clinicId);
        check(logged.size(), linkIds.size(), "patient links");
        add("patient_links", linkIds.size());

        List<LogRow> rows = new ArrayList<>();
        for (int n = 0; n < logged.size(); n++) {
            for (Logged e : entries.get(n)) {
                rows.add(new LogRow(ids.get(logged.get(n)), linkIds.get(n), e));
            }
        }
        inChunks(
                ProgramSeed.LOG_INSERT,
                rows,
                (insert, row) -> ProgramSeed.setLog(insert, row.programId(), row.linkId(), row.entry()));
        add("exercise_logs", rows.size());
    }

    private long insertClinic(ClinicPlan clinic) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO clinic (name, address, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, clinic.name());
            insert.setString(2, clinic.address());
            insert.setObject(3, plan.now.minusYears(2).minusDays(7));
            insert.setObject(4, plan.now.minusYears(2).minusDays(7));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private long insertTherapist(long clinicId, TherapistPlan t) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO user_account (clinic_id, email, full_name, role, password_hash, active,
                    must_change_password, installation_owner, password_changed_at, credentials, version, created_at,
                    updated_at)
                VALUES (?, ?, ?, 'THERAPIST', ?, TRUE, FALSE, FALSE, ?, ?, 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, clinicId);
            insert.setString(2, t.email());
            insert.setString(3, t.fullName());
            insert.setString(4, passwordHash);
            insert.setObject(5, plan.now.minusYears(2));
            insert.setString(6, t.credentials());
            insert.setObject(7, plan.now.minusYears(2));
            insert.setObject(8, plan.now.minusYears(2));
            insert.executeUpdate();
            return key(insert);
        }
    }

    /** Fills one row of an insert from an element. */
    @FunctionalInterface
    private interface Filler<T> {
        void fill(PreparedStatement insert, T row) throws SQLException;
    }

    /** Inserts the rows in batches, committing every {@value #CHUNK}: a transaction of a whole table grows large. */
    private <T> void inChunks(String sql, List<T> rows, Filler<T> filler) throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Batches.insert(db, sql, chunk.size(), (insert, i) -> filler.fill(insert, chunk.get(i)));
            db.commit();
        }
    }

    private static List<Integer> indexes(int count) {
        List<Integer> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(i);
        }
        return list;
    }

    private List<Long> ids(String sql, long clinicId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private void add(String table, long rows) {
        counts.merge(table, rows, Long::sum);
    }

    private static void check(int planned, int written, String what) {
        if (planned != written) {
            throw new IllegalStateException("wrote " + written + " " + what + " but planned " + planned
                    + ": did something else write meanwhile?");
        }
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Four characters of the links' alphabet (digits and capitals without I, L, O, U), as a real hint looks. */
    private static String hint(long seed) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
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
