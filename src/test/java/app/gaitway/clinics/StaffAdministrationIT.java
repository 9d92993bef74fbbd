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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedServer.class)
class StaffAdministrationIT {

    @Test
    void anAddedTherapistMustChooseTheirOwnPasswordAtFirstSignIn(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");

        Page details = owner.get(therapist.path());
        assertEquals(200, details.status());
        assertTrue(details.contains(therapist.email()));
        assertTrue(details.contains("was added"), "flash message after adding");

        WebClient own = Staff.firstSignIn(server, therapist);
        assertEquals(200, own.get("/").status());
        String row = Staff.rowInList(owner, therapist);
        assertTrue(row.contains(therapist.fullName()) && row.contains("badge--ok"), "listed as active: " + row);
    }

    @Test
    void deactivationEndsTheOpenSessionAndBlocksSignInUntilReactivated(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        WebClient session = Staff.firstSignIn(server, therapist);
        Member signedUp = therapist.withPassword(Staff.OWN_PASSWORD);

        assertEquals(303, Staff.act(owner, therapist, "/deactivate").status());
        assertTrue(owner.get(therapist.path()).contains("Deactivated"));
        assertTrue(Staff.rowInList(owner, therapist).contains("badge--off"), "listed as deactivated");

        Page next = session.get("/");
        assertEquals(303, next.status());
        assertEquals("/login?ended=deactivated", next.location());
        assertEquals(303, session.get("/").status(), "the old session is gone for good: back to sign-in");
        assertNotEquals(
                303,
                new WebClient(server)
                        .login(signedUp.email(), signedUp.password())
                        .status());

        assertEquals(303, Staff.act(owner, therapist, "/reactivate").status());
        Staff.signedIn(server, signedUp.email(), signedUp.password());
    }

    @Test
    void settingATemporaryPasswordEndsSessionsAndForcesANewPassword(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        WebClient session = Staff.firstSignIn(server, therapist);

        Page weak = Staff.act(owner, therapist, "/reset-password", Map.of("temporaryPassword", "password1234"));
        assertEquals(400, weak.status());
        assertTrue(weak.contains("id=\"temporaryPassword-error\""), "the problem is beside the field");
        assertEquals(200, session.get("/").status(), "a refused reset changes nothing");

        String reset = "reset lavender harbour";
        assertEquals(
                303,
                Staff.act(owner, therapist, "/reset-password", Map.of("temporaryPassword", reset))
                        .status());

        assertEquals("/login?ended=password-reset", session.get("/").location());
        assertNotEquals(
                303,
                new WebClient(server)
                        .login(therapist.email(), Staff.OWN_PASSWORD)
                        .status());
        Staff.firstSignIn(server, therapist.withPassword(reset));
    }

    @Test
    void aTherapistIsForbiddenFromStaffAdministration(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        WebClient session = Staff.firstSignIn(server, therapist);

        assertEquals(403, session.get("/admin/users").status());
        assertEquals(403, session.get("/admin/users/new").status());
        assertEquals(403, session.get(therapist.path()).status());
        assertEquals(403, session.get("/admin/clinics").status());
        assertFalse(session.get("/").contains("href=\"/admin/users\""), "no staff link in a therapist's navigation");
    }

    @Test
    void aDemotedAdminsOpenSessionEndsAtTheNextRequest(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member admin = Staff.add(owner, "ADMIN");
        Member therapist = Staff.add(owner, "THERAPIST");
        WebClient adminSession = Staff.firstSignIn(server, admin);
        Page before = adminSession.get("/admin/users");
        assertEquals(200, before.status());

        Page ownerForm = owner.get(admin.path());
        assertEquals(
                303,
                Staff.edit(owner, ownerForm, admin.id(), admin.fullName(), "THERAPIST", Staff.version(ownerForm))
                        .status());

        Page attempt = adminSession.post(
                therapist.path() + "/deactivate",
                Map.of("_csrf", before.csrfToken().orElseThrow()));
        assertEquals("/login?ended=role-changed", attempt.location(), "the session opened as an admin ends");
        assertTrue(owner.get(therapist.path()).contains("badge--ok"), "the therapist is still active");

        WebClient again = Staff.signedIn(server, admin.email(), Staff.OWN_PASSWORD);
        assertEquals(403, again.get("/admin/users").status(), "signed in again: a therapist now");
        assertEquals(200, again.get("/").status());
    }

    @Test
    void aPromotedTherapistSignsInAgainAndThenAdministers(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        WebClient session = Staff.firstSignIn(server, therapist);

        Page ownerForm = owner.get(therapist.path());
        assertEquals(
                303,
                Staff.edit(owner, ownerForm, therapist.id(), therapist.fullName(), "ADMIN", Staff.version(ownerForm))
                        .status());

        assertEquals("/login?ended=role-changed", session.get("/").location());
        WebClient again = Staff.signedIn(server, therapist.email(), Staff.OWN_PASSWORD);
        assertEquals(200, again.get("/admin/users").status());
    }

    @Test
    void anAdminCannotDeactivateThemself(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member admin = Staff.add(owner, "ADMIN");
        WebClient adminSession = Staff.firstSignIn(server, admin);

        Page own = adminSession.get(admin.path());
        assertFalse(own.contains(admin.path() + "/deactivate"), "no deactivate button on your own page");
        Page refused = Staff.act(adminSession, admin, "/deactivate");
        assertEquals(409, refused.status());
        assertTrue(refused.contains("You cannot deactivate your own account"), refused.body());
        assertEquals(200, adminSession.get("/").status(), "still signed in and active");
    }

    @Test
    void theInstallationOwnerCannotBeDeactivatedOrDemoted(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member admin = Staff.add(owner, "ADMIN");
        WebClient adminSession = Staff.firstSignIn(server, admin);
        long ownerId = Staff.idOf(server, SharedServer.OWNER_EMAIL);
        Member ownerRecord = new Member(ownerId, "Olivia Owner", SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);

        Page deactivate = Staff.act(adminSession, ownerRecord, "/deactivate");
        assertEquals(409, deactivate.status());
        assertTrue(deactivate.contains("installation owner stays an active administrator"));

        Page formPage = adminSession.get(ownerRecord.path());
        Page demote = Staff.edit(adminSession, formPage, ownerId, "Olivia Owner", "THERAPIST", Staff.version(formPage));
        assertEquals(409, demote.status());
        assertTrue(demote.contains("id=\"role-error\""), "the reason is beside the role field");
        assertEquals(200, owner.get("/admin/users").status(), "the owner is still an administrator");
    }

    @Test
    void badInputKeepsTypedValuesAndShowsErrorsBesideTheFields(GaitwayServer server) {
        WebClient owner = Staff.owner(server);

        Page invalid = owner.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of(
                        "fullName",
                        "Typed Name",
                        "email",
                        "not-an-email",
                        "role",
                        "THERAPIST",
                        "temporaryPassword",
                        "typed secret phrase"));
        assertEquals(400, invalid.status());
        assertTrue(invalid.contains("value=\"Typed Name\""), "typed name kept");
        assertTrue(invalid.contains("value=\"not-an-email\""), "typed email kept");
        assertTrue(invalid.contains("id=\"email-error\""), "error beside the email field");
        assertTrue(invalid.contains("aria-invalid=\"true\""));
        assertFalse(invalid.contains("typed secret phrase"), "a password is never sent back");

        Page weak = owner.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of(
                        "fullName",
                        "Typed Name",
                        "email",
                        Staff.uniqueEmail("weak"),
                        "role",
                        "ADMIN",
                        "temporaryPassword",
                        "short"));
        assertEquals(400, weak.status());
        assertTrue(weak.contains("id=\"temporaryPassword-error\""));
        assertTrue(weak.contains("Use at least 12 characters."));
        assertTrue(weak.contains("<option value=\"ADMIN\" selected=\"selected\">"), "chosen role kept");

        Page empty = owner.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of("fullName", "", "email", "", "role", "THERAPIST", "temporaryPassword", ""));
        assertEquals(400, empty.status());
        int name = empty.body().indexOf("Enter their full name.");
        int email = empty.body().indexOf("Enter their email address.");
        int password = empty.body().indexOf("Enter a temporary password.");
        assertTrue(name > 0 && name < email && email < password, "the summary lists problems in the form's order");

        Member existing = Staff.add(owner, "THERAPIST");
        Page duplicate = owner.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of(
                        "fullName",
                        "Someone Else",
                        "email",
                        existing.email().toUpperCase(),
                        "role",
                        "THERAPIST",
                        "temporaryPassword",
                        Staff.TEMPORARY_PASSWORD));
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.contains("id=\"email-error\""));
        assertTrue(duplicate.contains("already used by another Gaitway account"));
    }

    @Test
    void editingWithABlankNameIsRefusedBesideTheField(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Member therapist = Staff.add(owner, "THERAPIST");
        Page formPage = owner.get(therapist.path());

        Page blank = Staff.edit(owner, formPage, therapist.id(), "  ", "ADMIN", Staff.version(formPage));
        assertEquals(400, blank.status());
        assertTrue(blank.contains("id=\"fullName-error\""));
        assertTrue(blank.contains("<option value=\"ADMIN\" selected=\"selected\">"), "typed role kept");

        Page saved = Staff.edit(owner, formPage, therapist.id(), "Renamed Person", "ADMIN", Staff.version(formPage));
        assertEquals(303, saved.status());
        Page after = owner.get(therapist.path());
        assertTrue(after.contains("Renamed Person"));
        assertTrue(after.contains("Changes saved."));
    }

    @Test
    void unknownIdsAndPathsAreNotFound(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        assertEquals(404, owner.get("/admin/users/987654321").status());
        assertEquals(404, owner.get("/admin/users/not-a-number").status());
        assertEquals(200, owner.get("/admin/users?page=999").status(), "a page past the end shows the last page");
    }
}
