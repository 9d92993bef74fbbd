package app.gaitway.ui;

import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Staff.Member;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.ui.pages.ClinicListPage;
import app.gaitway.ui.pages.LoginPage;
import app.gaitway.ui.pages.StaffMemberPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administration pages in a real browser, including the conflict page a person meets when someone else saved first. */
@ExtendWith(SharedServer.class)
class StaffAdministrationUiIT {

    @Test
    void someoneElseSavingFirstShowsBothVersionsAndKeepsWhatWasTyped(GaitwayServer server) {
        WebClient colleague = Staff.owner(server);
        Member therapist = Staff.add(colleague, "THERAPIST");
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);
            browser.go(therapist.path());
            StaffMemberPage page = new StaffMemberPage(browser);

            var colleaguesForm = colleague.get(therapist.path());
            assertEquals(
                    303,
                    Staff.edit(
                                    colleague,
                                    colleaguesForm,
                                    therapist.id(),
                                    "Name From Colleague",
                                    "THERAPIST",
                                    Staff.version(colleaguesForm))
                            .status());

            StaffMemberPage conflict = page.rename("Name I Typed");
            assertTrue(conflict.problem().contains("Someone else changed this record"), conflict.problem());
            assertEquals("Name I Typed", conflict.typedName());
            assertEquals(
                    List.of("Saved version: Name From Colleague", "Saved version: Therapist"),
                    conflict.savedValuesShown());
            browser.screenshot("staff-edit-conflict");

            StaffMemberPage saved = conflict.rename("Name I Typed");
            assertEquals("Name I Typed", saved.heading());
            assertEquals("Changes saved.", saved.flash());
        }
    }

    @Test
    void theOwnerCreatesAClinic(GaitwayServer server) {
        String clinicName = Staff.unique("Harbour Physio");
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);
            ClinicListPage clinics = ClinicListPage.open(browser)
                    .addClinic()
                    .create(clinicName, "Hugo Harbour", Staff.uniqueEmail("hugo"), Staff.TEMPORARY_PASSWORD);
            assertTrue(clinics.lists(clinicName));
            assertTrue(clinics.flash().contains("was created"), clinics.flash());
            browser.screenshot("clinic-list");
        }
    }
}
