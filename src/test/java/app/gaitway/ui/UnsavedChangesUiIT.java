package app.gaitway.ui;

import app.gaitway.assessments.ui.AssessmentFormPage;
import app.gaitway.patients.ui.NewPatientPage;
import app.gaitway.patients.ui.PatientRecordPage;
import app.gaitway.programs.ui.ProgramBuilderPage;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A half-typed assessment or program is not lost to a stray click: the page asks the browser to confirm leaving
 * ("Leave site?") while it holds work that is not saved, and does not once the work is saved.
 *
 * <p>ChromeDriver answers the browser's leave question by itself, so the test asks the page the way the browser
 * does ({@link app.gaitway.ui.pages.GaitwayPage#wouldAskBeforeLeaving}).
 */
@ExtendWith(SharedServer.class)
class UnsavedChangesUiIT {

    @Test
    void leavingUnsavedWorkAsksFirstAndSavedWorkDoesNot(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "unsaved-ui");
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(account.email(), account.password());
            PatientRecordPage patient = NewPatientPage.open(browser)
                    .typeInto("givenName", "Una")
                    .typeInto("familyName", "Saved")
                    .typeInto("dateOfBirth", "1961-02-03")
                    .register();
            String patientPath = patient.path();
            assertTrue(patientPath.matches("/patients/\\d+"), patientPath);

            // the assessment form: clean when opened, dirty once typed in, clean again once saved
            AssessmentFormPage form = AssessmentFormPage.startFrom(patient);
            assertFalse(form.wouldAskBeforeLeaving(), "nothing typed yet");
            form.typeInto("subjective.pain_now", "4");
            assertTrue(form.wouldAskBeforeLeaving(), "a value typed and not saved");
            form = form.save();
            assertEquals("4", form.value("subjective.pain_now"), "saved as a draft");
            assertFalse(form.wouldAskBeforeLeaving(), "the draft is saved");

            // an invalid save shows the typing again, still not saved
            form = form.typeInto("subjective.pain_now", "11").save();
            assertEquals("11", form.value("subjective.pain_now"));
            assertTrue(form.wouldAskBeforeLeaving(), "the refused typing is on the page, not saved");

            // the builder: a step such as adding an exercise is a draft not saved yet, though nothing was typed
            ProgramBuilderPage builder = ProgramBuilderPage.openNew(browser, patientPath);
            assertFalse(builder.wouldAskBeforeLeaving(), "an empty builder");
            builder = builder.search("clamshell").addFromSearch("Clamshell");
            assertTrue(
                    builder.exercises().contains("Clamshell"),
                    builder.exercises().toString());
            assertTrue(builder.wouldAskBeforeLeaving(), "an exercise added and the program not saved");
        }
    }
}
