package app.gaitway.discharge;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.ui.AssessmentFormPage;
import app.gaitway.assessments.ui.AssessmentRecordPage;
import app.gaitway.patients.ui.NewPatientPage;
import app.gaitway.patients.ui.PatientRecordPage;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's journey in a real browser: a runner with patellofemoral pain comes for her first visit; the therapist
 * records the hip abductors with the dynamometer (right 120 N, left 160 N: 75 % symmetry), the Anterior Knee Pain
 * Scale (72/100) and a PSFS activity, signs, and sets a goal of 90 % symmetry. At the follow-up the right side
 * tests 150 N (94 %) and the AKPS 100: the goal shows met on her page by itself. The therapist ends care and reads the
 * discharge summary with first and last values and the goal met. Screenshots go to target/screenshots.
 */
@ExtendWith(SharedServer.class)
class RunnerGoalJourneyUiIT {

    private static final String SYMMETRY = "strength.hip_abductors.force_lsi";

    @Test
    void aRunnersSymmetryGoalIsMetAtTheFollowUpAndCareEndsWithASummary(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "runner-goal-ui");
        try (Browser browser = Browser.open(server.baseUrl())) {
            WebDriver driver = browser.driver();
            LoginPage.open(browser).signInAs(account.email(), account.password());

            PatientRecordPage patient = NewPatientPage.open(browser)
                    .typeInto("givenName", "Rosa")
                    .typeInto("familyName", "Runnerjourney")
                    .typeInto("dateOfBirth", "3.4.1996")
                    .affectedSide("RIGHT")
                    .typeInto("referralReason", "Right anterior knee pain when running and on stairs")
                    .typeInto("icd10Code", "M22.2")
                    .register();
            String patientPath = patient.path();

            // first visit: the knee questionnaire is offered for knee pain without choosing it
            AssessmentFormPage first = AssessmentFormPage.startFrom(patient);
            assertTrue(driver.findElements(By.id("akps")).size() == 1, "the AKPS is on a knee patient's form");
            first.visitDate(LocalDate.now().minusDays(28))
                    .typeInto("subjective.pain_now", "5")
                    .typeInto("strength.body_weight_kg", "58")
                    .typeInto("strength.hip_abductors.right.force", "120")
                    .typeInto("strength.hip_abductors.left.force", "160")
                    .typeInto(AssessmentFields.psfsActivity(1), "Running 5 km")
                    .typeInto(AssessmentFields.psfsRating(1), "3");
            answerAkps(driver, 1);
            first = first.save();
            assertEquals("", first.errorSummary());
            String total = driver.findElement(By.cssSelector("#akps .measure-total:not([hidden])"))
                    .getText();
            assertTrue(total.contains("72/100"), total);
            browser.screenshot("runner-goal-first-visit-akps");
            AssessmentRecordPage firstRecord = first.finalizeDraft().confirm();
            assertTrue(firstRecord.flash().startsWith("The assessment was finalized and signed."), firstRecord.flash());

            // a goal of 90 % symmetry, its baseline taken from the signed visit
            browser.go(patientPath);
            click(driver, By.linkText("Add a goal"));
            driver.findElement(By.id("kind")).click();
            new Select(driver.findElement(By.id("measure"))).selectByValue(SYMMETRY);
            driver.findElement(By.id("target")).sendKeys("90");
            setDate(driver, "dueOn", LocalDate.now().plusDays(42));
            driver.findElement(By.id("description")).sendKeys("Even hips before running again");
            click(driver, By.xpath("//button[normalize-space()='Add goal']"));
            assertTrue(browser.path().startsWith(patientPath), browser.path());
            WebElement goal = driver.findElement(By.cssSelector("#goals .goal"));
            assertTrue(goal.getText().contains("75"), "the baseline from the first visit: " + goal.getText());
            assertEquals("Not measured since set", goalStatus(driver));
            browser.screenshot("runner-goal-set");

            // the race moved: the goal's date changes, its measure and baseline stay
            click(driver, By.xpath("//a[normalize-space()='Change']"));
            String fixed = driver.findElement(By.cssSelector("dl.facts")).getText();
            assertTrue(fixed.contains("75%"), "the baseline, not editable: " + fixed);
            assertEquals("90", driver.findElement(By.id("target")).getAttribute("value"));
            setDate(driver, "dueOn", LocalDate.now().plusDays(56));
            browser.screenshot("runner-goal-change");
            click(driver, By.xpath("//button[normalize-space()='Save the goal']"));
            assertTrue(browser.path().startsWith(patientPath), browser.path());
            String changed = driver.findElement(By.cssSelector("#goals .goal")).getText();
            assertTrue(
                    changed.contains(AssessmentSite.displayDate(LocalDate.now().plusDays(56))),
                    "the new date: " + changed);

            // the follow-up meets it
            browser.go(patientPath);
            AssessmentFormPage second = AssessmentFormPage.startFrom(new PatientRecordPage(browser));
            assertEquals("Running 5 km", second.value(AssessmentFields.psfsActivity(1)), "the activity carried over");
            second.typeInto("subjective.pain_now", "1")
                    .typeInto("strength.body_weight_kg", "58")
                    .typeInto("strength.hip_abductors.right.force", "150")
                    .typeInto("strength.hip_abductors.left.force", "160")
                    .typeInto(AssessmentFields.psfsRating(1), "8");
            answerAkps(driver, 0);
            second = second.save();
            assertEquals("", second.errorSummary());
            second.finalizeDraft().confirm();
            browser.go(patientPath);
            assertEquals("Met", goalStatus(driver), "evaluated from the follow-up without anyone marking it");
            browser.screenshot("runner-goal-met");

            // care ends with a summary
            click(driver, By.linkText("End care"));
            driver.findElement(By.cssSelector("input[name='reason'][value='goals_met']"))
                    .click();
            click(driver, By.xpath("//button[normalize-space()='End care and write the summary']"));
            String summary = driver.findElement(By.id("main")).getText();
            assertTrue(summary.contains("Discharge summary"), summary);
            assertTrue(
                    summary.contains("Anterior Knee Pain Scale total (0\u2013100) 72/100 100/100 +28 10"),
                    "AKPS first and last with its MCID: " + summary);
            assertTrue(summary.contains("Hip abductors: force symmetry 75% 93.8% +18.8"), summary);
            assertTrue(summary.contains("Latest: 93.8% on") && summary.contains("Met"), "the goal, met: " + summary);
            assertTrue(
                    summary.contains("Even hips before running again"),
                    "the goal in the therapist's words: " + summary);
            browser.screenshot("runner-goal-discharge-summary");
        }
    }

    /** Every AKPS item answered with its answer at {@code rank} (0 the best; 1 the second, 72/100 in all). */
    private static void answerAkps(WebDriver driver, int rank) {
        for (int item = 1; item <= 13; item++) {
            String points = AssessmentFields.akpsAnswers(item).get(rank);
            WebElement radio = driver.findElement(By.id(AssessmentFields.akps(item) + "-" + points));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
            radio.click();
        }
    }

    private static String goalStatus(WebDriver driver) {
        return driver.findElement(By.cssSelector("#goals .goal__status"))
                .getText()
                .strip();
    }

    private static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        NewPage.clickAndWait(driver, element);
    }

    private static void setDate(WebDriver driver, String id, LocalDate date) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        driver.findElement(By.id(id)),
                        date.toString());
    }
}
