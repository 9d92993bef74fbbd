package app.gaitway.clinics;

import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Staff.Member;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clinics are walled off from each other: another clinic's record is "not found", like one that does not exist. */
@ExtendWith(SharedServer.class)
class ClinicIsolationIT {

    private static final long NO_SUCH_USER = 987_654_321L;

    @Test
    void anotherClinicsAdminGetsNotFoundForEveryUserRecordOfClinicA(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member clinicAUser = Staff.add(owner, "THERAPIST");
        WebClient clinicB = newClinicAdmin(server, owner);

        Page foreign = clinicB.get(clinicAUser.path());
        Page missing = clinicB.get("/admin/users/" + NO_SUCH_USER);
        assertEquals(404, foreign.status());
        assertEquals(missing.status(), foreign.status());
        assertEquals(missing.heading(), foreign.heading(), "a foreign id looks exactly like a missing one");
        assertFalse(foreign.contains(clinicAUser.email()));

        for (String action : new String[] {"", "/deactivate", "/reactivate", "/reset-password"}) {
            Map<String, String> fields = Map.of(
                    "fullName",
                    "Taken Over",
                    "role",
                    "ADMIN",
                    "version",
                    "0",
                    "temporaryPassword",
                    "hijacked password phrase");
            Page foreignPost = clinicB.submit("/admin/users", clinicAUser.path() + action, fields);
            Page missingPost = clinicB.submit("/admin/users", "/admin/users/" + NO_SUCH_USER + action, fields);
            assertEquals(404, foreignPost.status(), "POST " + action);
            assertEquals(404, missingPost.status(), "POST " + action + " of a missing id");
            assertEquals(missingPost.heading(), foreignPost.heading());
        }

        Page stillThere = owner.get(clinicAUser.path());
        assertTrue(stillThere.contains(clinicAUser.fullName()), "name not taken over");
        assertTrue(stillThere.contains("badge--ok"), "still active");
        Staff.firstSignIn(server, clinicAUser);
    }

    @Test
    void eachClinicsStaffListShowsOnlyItsOwnPeople(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member clinicAUser = Staff.add(owner, "THERAPIST");
        WebClient clinicB = newClinicAdmin(server, owner);
        Member clinicBUser = Staff.add(clinicB, "THERAPIST");

        Page listB = clinicB.get("/admin/users");
        assertTrue(listB.contains(clinicBUser.fullName()));
        assertFalse(listB.contains(clinicAUser.fullName()));
        assertFalse(listB.contains(SharedServer.OWNER_EMAIL));
        assertTrue(listB.contains("2 accounts"), "the new admin and the therapist they added");
        assertEquals("", Staff.rowInList(owner, clinicBUser), "clinic B's therapist is not in clinic A's list");
    }

    @Test
    void onlyTheInstallationOwnerSeesAndCreatesClinics(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        String clinicName = Staff.unique("Hillside Physical Therapy");
        String adminEmail = Staff.uniqueEmail("hillside-admin");
        assertEquals(
                303,
                owner.submit(
                                "/admin/clinics/new",
                                "/admin/clinics/new",
                                Map.of(
                                        "clinicName",
                                        clinicName,
                                        "fullName",
                                        "Hana Hillside",
                                        "email",
                                        adminEmail,
                                        "password",
                                        Staff.TEMPORARY_PASSWORD))
                        .status());
        Page list = owner.get("/admin/clinics");
        assertEquals(200, list.status());
        assertTrue(list.contains(clinicName));
        assertTrue(list.contains(SharedServer.CLINIC_NAME));
        assertTrue(list.contains("was created"), "flash message");

        Page duplicate = owner.submit(
                "/admin/clinics/new",
                "/admin/clinics/new",
                Map.of(
                        "clinicName",
                        clinicName.toUpperCase(),
                        "fullName",
                        "Other Person",
                        "email",
                        Staff.uniqueEmail("other"),
                        "password",
                        Staff.TEMPORARY_PASSWORD));
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.contains("id=\"clinicName-error\""));

        WebClient hillsideAdmin =
                Staff.firstSignIn(server, new Member(0, "Hana Hillside", adminEmail, Staff.TEMPORARY_PASSWORD));
        assertEquals(404, hillsideAdmin.get("/admin/clinics").status());
        assertEquals(404, hillsideAdmin.get("/admin/clinics/new").status());
        assertEquals(
                404,
                hillsideAdmin
                        .submit(
                                "/admin/users",
                                "/admin/clinics/new",
                                Map.of(
                                        "clinicName",
                                        "Sneaky",
                                        "fullName",
                                        "Sneaky Admin",
                                        "email",
                                        Staff.uniqueEmail("sneaky"),
                                        "password",
                                        Staff.TEMPORARY_PASSWORD))
                        .status());
        assertFalse(hillsideAdmin.get("/").contains("href=\"/admin/clinics\""), "no clinics link for other admins");
        assertEquals(200, hillsideAdmin.get("/admin/users").status());
    }

    /** The owner creates a new clinic; its admin signs in for the first time. */
    static WebClient newClinicAdmin(GaitwayServer server, WebClient owner) {
        String email = Staff.uniqueEmail("clinic-b-admin");
        Page created = owner.submit(
                "/admin/clinics/new",
                "/admin/clinics/new",
                Map.of(
                        "clinicName",
                        Staff.unique("Clinic B"),
                        "fullName",
                        "Bea Admin",
                        "email",
                        email,
                        "password",
                        Staff.TEMPORARY_PASSWORD));
        assertEquals(303, created.status(), created.body());
        return Staff.firstSignIn(server, new Member(0, "Bea Admin", email, Staff.TEMPORARY_PASSWORD));
    }
}
