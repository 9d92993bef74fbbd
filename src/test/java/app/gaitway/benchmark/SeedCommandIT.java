package app.gaitway.benchmark;

import app.gaitway.testdata.Batches;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's seeding command against the running test server's database (H2 through AUTO_SERVER, or
 * PostgreSQL in CI), at a hundredth of full scale, then over real HTTP as the seeded therapist: the typical
 * patient's page lists every seeded assessment, the comparison sets them side by side, the program page shows the
 * eight exercises of the latest version, and another seeded clinic's patient is not found. The counts the command
 * reports are the rows in the database, in the proportions the benchmark asks for, and a second run is refused.
 */
@ExtendWith(SharedServer.class)
class SeedCommandIT {

    @Test
    void seedsAClinicCaseloadThatThePagesReadAsTheirOwn(GaitwayServer server) throws Exception {
        GaitwayServer.DatabaseLogin login = server.databaseLogin();
        Path out = server.workDir().resolve("seed.properties");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = SeedCommand.run(
                new PrintStream(said, true, StandardCharsets.UTF_8),
                "--db-url",
                login.url(),
                "--db-user",
                login.user(),
                "--db-password",
                login.password(),
                "--scale",
                "0.01",
                "--out",
                out.toString());
        assertEquals(0, status, said.toString(StandardCharsets.UTF_8));
        Properties seeded = read(out);

        long clinicId = Long.parseLong(seeded.getProperty("clinic.id"));
        long patientId = Long.parseLong(seeded.getProperty("patient.id"));
        long programId = Long.parseLong(seeded.getProperty("program.id"));
        long otherPatientId = Long.parseLong(seeded.getProperty("other_clinic.patient.id"));
        List<Long> assessments;
        List<String> exercises;
        long otherProgramId;
        try (Connection db = server.openDatabase()) {
            assertEquals(100, Long.parseLong(seeded.getProperty("count.patients")));
            assertEquals(500, Long.parseLong(seeded.getProperty("count.assessments")));
            assertEquals(200, Long.parseLong(seeded.getProperty("count.programs")));
            assertEquals(4, Long.parseLong(seeded.getProperty("count.clinics")));
            assertEquals(20, Long.parseLong(seeded.getProperty("count.therapists")));
            String seededClinics = "SELECT id FROM clinic WHERE id >= ?";
            assertEquals(
                    Long.parseLong(seeded.getProperty("count.patients")),
                    Batches.number(
                            db, "SELECT COUNT(*) FROM patient WHERE clinic_id IN (" + seededClinics + ")", clinicId));
            assertEquals(
                    Long.parseLong(seeded.getProperty("count.program_items")),
                    Batches.number(
                            db,
                            "SELECT COUNT(*) FROM program_item i JOIN program_version v ON v.id = i.program_version_id"
                                    + " JOIN program p ON p.id = v.program_id WHERE p.clinic_id IN (" + seededClinics
                                    + ")",
                            clinicId));
            assertEquals(
                    Long.parseLong(seeded.getProperty("count.exercise_logs")),
                    Batches.number(
                            db,
                            "SELECT COUNT(*) FROM exercise_log l JOIN program p ON p.id = l.program_id"
                                    + " WHERE p.clinic_id IN (" + seededClinics + ")",
                            clinicId));
            long versions = Long.parseLong(seeded.getProperty("count.program_versions"));
            assertTrue(versions >= 300 && versions <= 500, "1 to 3 versions a program, about 2: " + versions);
            assertTrue(
                    Long.parseLong(seeded.getProperty("count.exercise_logs")) >= 30 * 5,
                    "30 days of logs: " + seeded.getProperty("count.exercise_logs"));

            assessments = longs(
                    db, "SELECT id FROM assessment WHERE patient_id = ? AND status = 'FINAL' ORDER BY id", patientId);
            assertEquals(SeedPlanner.TYPICAL_VISITS, assessments.size());
            exercises = strings(db, """
                    SELECT i.exercise_name FROM program_item i JOIN program_version v ON v.id = i.program_version_id
                    JOIN program p ON p.id = v.program_id WHERE p.id = ? AND v.number = p.latest_version
                    ORDER BY i.position""", programId);
            assertEquals(8, exercises.size(), "the typical program's latest version has eight exercises");
            assertEquals(3, Batches.number(db, "SELECT latest_version FROM program WHERE id = ?", programId));
            assertTrue(
                    Batches.number(
                                    db,
                                    "SELECT COUNT(DISTINCT done_on) FROM exercise_log WHERE program_id = ?",
                                    programId)
                            >= 20,
                    "the typical patient logged on most of the last 30 days");
            otherProgramId = Batches.number(db, "SELECT MIN(id) FROM program WHERE patient_id = ?", otherPatientId);
        }

        WebClient therapist =
                Staff.signedIn(server, seeded.getProperty("therapist.email"), seeded.getProperty("therapist.password"));
        Page patient = therapist.get("/patients/" + patientId);
        assertEquals(200, patient.status());
        for (long id : assessments) {
            assertTrue(patient.contains("/assessments/" + id + "\""), "assessment " + id + " on the patient page");
        }
        Page comparison = therapist.get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status());
        for (long id : assessments) {
            assertTrue(comparison.contains("/assessments/" + id + "\""), "assessment " + id + " in the comparison");
        }
        assertTrue(comparison.contains("<img"), "trend charts of the seeded values");
        Page program = therapist.get("/programs/" + programId);
        assertEquals(200, program.status());
        for (String name : exercises) {
            assertTrue(program.contains(name), name + " on the program page");
        }
        assertEquals(
                200,
                therapist
                        .get("/exercises?q=" + seeded.getProperty("library.query"))
                        .status());

        assertEquals(404, therapist.get("/patients/" + otherPatientId).status(), "another clinic's patient");
        if (otherProgramId > 0) {
            assertEquals(404, therapist.get("/programs/" + otherProgramId).status(), "another clinic's program");
        }

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        int second = SeedCommand.run(
                new PrintStream(again, true, StandardCharsets.UTF_8),
                "--db-url",
                login.url(),
                "--db-user",
                login.user(),
                "--db-password",
                login.password(),
                "--scale",
                "0.01",
                "--out",
                server.workDir().resolve("seed-again.properties").toString());
        assertEquals(1, second);
        assertTrue(
                again.toString(StandardCharsets.UTF_8).contains("seeded already"),
                again.toString(StandardCharsets.UTF_8));
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<Long> longs(Connection db, String sql, long parameter) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
        }
        return values;
    }

    private static List<String> strings(Connection db, String sql, long parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }
}
