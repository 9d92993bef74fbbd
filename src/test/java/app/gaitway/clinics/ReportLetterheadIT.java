package app.gaitway.clinics;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.security.accounts.Clinic;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinic's address and the therapist's credentials, as the clinic's administrator sets them and as the
 * printed assessment report shows them: a signed report keeps the credentials the therapist had when signing.
 */
@ExtendWith(SharedServer.class)
class ReportLetterheadIT {

    private static final String PASSWORD = "letterhead staple meadow lantern";

    /** A clinic with an administrator and a therapist, both signed in. */
    private record Clinic(long id, String name, WebClient admin, WebClient therapist, long therapistId) {

        String detailsPath() {
            return "/admin/clinics/" + id;
        }

        String therapistPath() {
            return "/admin/users/" + therapistId;
        }
    }

    @Test
    void addressAndCredentialsAreSavedAndPrintedAndTheSignedOnesStayAsSigned(GaitwayServer server) throws SQLException {
        Clinic clinic = newClinic(server, "Harbour");

        Page saved =
                clinic.admin().submit(clinicDetails(clinic).set("address", "12 Quay Street\r\nHarbourtown HT1 2AB"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(clinic.detailsPath(), saved.location());
        Page details = clinic.admin().get(clinic.detailsPath());
        assertTrue(details.contains("12 Quay Street\nHarbourtown HT1 2AB"), "the address is back in its text area");
        assertEquals(1, auditCount(server, clinic.id()), "the change is in the audit trail");

        assertEquals(303, setCredentials(clinic, "PT, DPT").status());
        assertTrue(clinic.admin().get(clinic.therapistPath()).contains("value=\"PT, DPT\""));

        long patient = Patients.register(clinic.therapist(), "Rhea", "Report");
        long signed =
                AssessmentSite.finalized(clinic.therapist(), patient, Map.of("subjective.complaint", "Knee pain"));
        Page report = report(clinic.therapist(), signed);
        assertTrue(report.contains("<span>12 Quay Street</span><br><span>Harbourtown HT1 2AB</span>"), report.body());
        assertTrue(report.contains("<dd>PT, DPT</dd>"), "the credentials in the signature block");

        assertEquals(303, setCredentials(clinic, "PT, DPT, OCS").status());
        Page afterwards = report(clinic.therapist(), signed);
        assertTrue(afterwards.contains("<dd>PT, DPT</dd>"), "the signed report keeps the credentials signed with");
        assertFalse(afterwards.contains("OCS"));
        assertEquals("PT, DPT", signedCredentials(server, signed));

        long draft = AssessmentSite.start(clinic.therapist(), patient);
        assertTrue(
                report(clinic.therapist(), draft).contains("<dd>PT, DPT, OCS</dd>"), "a draft shows the account's now");
    }

    @Test
    void anotherClinicsAdministratorCannotSeeOrChangeTheClinicsDetails(GaitwayServer server) {
        Clinic clinic = newClinic(server, "Walled");
        assertEquals(
                303,
                clinic.admin()
                        .submit(clinicDetails(clinic).set("address", "1 Wall Road"))
                        .status());
        Clinic other = newClinic(server, "Intruder");

        assertEquals(404, other.admin().get(clinic.detailsPath()).status());
        Page post = other.admin()
                .submit(
                        other.detailsPath(),
                        clinic.detailsPath(),
                        Map.of("clinicName", "Taken Over", "address", "Elsewhere"));
        assertEquals(404, post.status());
        assertEquals(
                403, clinic.therapist().get(clinic.detailsPath()).status(), "admin pages are refused to a therapist");

        Page unchanged = clinic.admin().get(clinic.detailsPath());
        assertTrue(unchanged.contains("1 Wall Road"));
        assertTrue(unchanged.contains(clinic.name()));
    }

    @Test
    void aBadValueIsExplainedNextToItsFieldWithTheOtherTypingKept(GaitwayServer server) {
        Clinic clinic = newClinic(server, "Careful");

        Page tooLong = clinic.admin()
                .submit(clinicDetails(clinic)
                        .set("clinicName", clinic.name() + " Renamed")
                        .set("address", "1\n2\n3\n4\n5\n6"));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.contains("id=\"address-error\""), tooLong.body());
        assertTrue(tooLong.contains("value=\"" + clinic.name() + " Renamed\""), "the typed name is kept");
        assertTrue(
                clinic.admin().get(clinic.detailsPath()).contains("value=\"" + clinic.name() + "\""), "nothing saved");

        Page control = setCredentials(clinic, "PT\u0007 DPT", "Renamed Therapist");
        assertEquals(400, control.status());
        assertTrue(control.contains("id=\"credentials-error\""), control.body());
        assertTrue(control.contains("value=\"Renamed Therapist\""), "the typed name is kept");
        assertFalse(clinic.admin().get(clinic.therapistPath()).contains("Renamed Therapist"), "nothing saved");
    }

    private static Clinic newClinic(GaitwayServer server, String label) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = label + " Physio " + suffix;
        try {
            long clinicId = TestAccounts.insertClinic(server, name);
            String adminEmail = TestAccounts.uniqueEmail(label.toLowerCase() + "-admin");
            String therapistEmail = TestAccounts.uniqueEmail(label.toLowerCase() + "-pt");
            TestAccounts.insertUser(server, clinicId, adminEmail, "Admin " + suffix, "ADMIN", PASSWORD);
            long therapistId = TestAccounts.insertUser(
                    server, clinicId, therapistEmail, "Therapist " + suffix, "THERAPIST", PASSWORD);
            return new Clinic(
                    clinicId,
                    name,
                    Staff.signedIn(server, adminEmail, PASSWORD),
                    Staff.signedIn(server, therapistEmail, PASSWORD),
                    therapistId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Form clinicDetails(Clinic clinic) {
        Page page = clinic.admin().get(clinic.detailsPath());
        assertEquals(200, page.status(), page.body());
        return page.form(clinic.detailsPath());
    }

    private static Page setCredentials(Clinic clinic, String credentials) {
        return setCredentials(clinic, credentials, null);
    }

    private static Page setCredentials(Clinic clinic, String credentials, String fullName) {
        Form form = clinic.admin().get(clinic.therapistPath()).form(clinic.therapistPath());
        assertEquals(clinic.therapistPath(), form.action());
        form.set("credentials", credentials);
        if (fullName != null) {
            form.set("fullName", fullName);
        }
        return clinic.admin().submit(form);
    }

    private static Page report(WebClient client, long assessmentId) {
        Page report = client.get(AssessmentSite.path(assessmentId) + "/report");
        assertEquals(200, report.status(), report.body());
        return report;
    }

    private static String signedCredentials(GaitwayServer server, long assessmentId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query =
                        db.prepareStatement("select finalized_by_credentials from assessment where id = ?")) {
            query.setLong(1, assessmentId);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }

    private static int auditCount(GaitwayServer server, long clinicId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from audit_entry where record_type = 'clinic' and record_id = ? and action = 'CHANGE'")) {
            query.setString(1, String.valueOf(clinicId));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
