package app.gaitway.exercises.ui;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist's way through the library in a real browser: search with a typo of spacing, filter, open an
 * exercise, duplicate it into the clinic's own version (typing, changing a joint angle and updating the
 * preview), save, and find it again under "Only our clinic's exercises". Screenshots of the library and the
 * form go to target/screenshots for a person to look at.
 */
@ExtendWith(SharedServer.class)
class ExerciseLibraryUiIT {

    @Test
    void aTherapistFindsAnExerciseAndMakesTheClinicsOwnVersion(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "library-ui");
        String ourName = ExerciseSite.uniqueName("Clamshell with a pause");
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(account.email(), account.password());
            NewPage.clickAndWait(
                    browser.driver(), browser.driver().findElement(By.cssSelector(".main-nav a[href='/exercises']")));
            ExerciseLibraryPage library = new ExerciseLibraryPage(browser);
            assertEquals("Exercise library", library.heading());
            assertEquals(ExerciseSite.BUILT_IN_COUNT + " exercises", library.count());
            assertEquals(24, library.cardNames().size());
            assertTrue(library.cardPicturesLoaded(), "every card shows its pictures");
            Path libraryShot = browser.screenshot("exercise-library");

            ExerciseLibraryPage found = library.search("clam shell");
            assertEquals("clam shell", found.searchText(), "the search box keeps what was typed");
            assertEquals("Clamshell", found.cardNames().get(0), "found despite the space: " + found.cardNames());

            ExerciseLibraryPage strength = found.clearSearchAndFilters().filterByCategory("Strength");
            int strengthCount = Integer.parseInt(strength.count().replaceAll("\\D", ""));
            assertTrue(strengthCount > 0 && strengthCount < ExerciseSite.BUILT_IN_COUNT, strength.count());
            assertFalse(strength.cardCategories().isEmpty());
            assertTrue(
                    strength.cardCategories().stream().allMatch("Strength"::equals),
                    strength.cardCategories().toString());
            assertTrue(
                    strength.cardNames().contains("Clamshell"),
                    strength.cardNames().toString());

            ExercisePage clamshell = strength.openExercise("Clamshell");
            assertEquals("Clamshell", clamshell.heading());
            assertTrue(clamshell.movingPictureShown(), "the moving picture is shown, the stills are not");
            browser.screenshot("exercise-page-moving");
            assertEquals("Pause movement", clamshell.pauseLabel());
            clamshell.pauseMovementWithKeyboard();
            assertTrue(clamshell.picturesShown(), "paused: start and end picture are shown as images");
            assertFalse(clamshell.movingPictureShown(), "paused: the moving picture is gone");
            assertEquals(7, clamshell.steps().size(), clamshell.steps().toString());
            assertTrue(
                    clamshell.steps().get(0).startsWith("Lie on your side"),
                    clamshell.steps().get(0));
            assertEquals("3 sets of 10–15, each side", clamshell.dosage());
            browser.screenshot("exercise-page");

            ExerciseFormPage form = clamshell.duplicate();
            assertEquals("New exercise from a copy", form.heading());
            assertEquals("Clamshell (our version)", form.valueOf("name"));
            form.typeName(ourName);
            String angle = "angle.end.left.hipAbduction";
            assertEquals("22", form.valueOf(angle));
            String endBefore = form.previewSource("end");
            assertTrue(
                    endBefore.startsWith("data:image/svg+xml"),
                    "the preview is drawn on the page: " + endBefore.substring(0, 40));
            assertTrue(form.previewShown("end"));
            form.typeAngle(angle, "40");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> !form.previewSource("end").equals(endBefore));
            assertTrue(
                    form.previewSource("end").contains("/exercise-pictures/preview/end.svg"),
                    "typing redraws the preview: " + form.previewSource("end"));
            assertTrue(form.previewShown("end"), "the redrawn preview is an image");

            ExerciseFormPage previewed = form.updatePreview();
            assertEquals("", previewed.problems(), "updating the preview saves nothing and finds no problem");
            assertEquals(ourName, previewed.valueOf("name"), "the typed name is kept");
            assertEquals("40", previewed.valueOf(angle), "the typed angle is kept");
            String endAfter = previewed.previewSource("end");
            assertTrue(endAfter.startsWith("data:image/svg+xml"), endAfter.substring(0, 40));
            assertNotEquals(endBefore, endAfter, "the end picture changed with the angle");
            assertTrue(previewed.previewShown("end") && previewed.previewShown("start"));
            Path formShot = browser.screenshot("exercise-edit-form");

            ExercisePage saved = previewed.save();
            assertEquals(ourName, saved.heading());
            assertTrue(saved.flash().contains("was saved"), saved.flash());
            assertTrue(saved.movingPictureShown(), "the clinic's own drawn exercise moves too");

            ExerciseLibraryPage ours = ExerciseLibraryPage.open(browser).onlyOurClinics();
            assertTrue(ours.onlyOurClinicsTicked());
            assertEquals("1 exercise", ours.count());
            assertEquals(List.of(ourName), ours.cardNames());
            assertEquals(List.of(ourName), ours.ourCardNames(), "badge 'Our clinic'");
            assertTrue(ours.cardPicturesLoaded());
            Path ownShot = browser.screenshot("exercise-library-own");

            for (Path shot : List.of(libraryShot, formShot, ownShot)) {
                assertTrue(Files.isRegularFile(shot), shot.toString());
                System.out.println("Screenshot: " + shot.toAbsolutePath());
            }
        }
    }
}
