package app.gaitway.programs.ui;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.programs.ui.ProgramPage.Version;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist gives a patient a home program in a real browser, after an assessment found right hip abductor
 * weakness (3+/5) and a pelvic drop: opens the builder from the patient page, accepts two of the suggested
 * exercises with one click each, adds one from the library search, sets a dosage and the clinic phone, saves; then
 * changes a dosage, saves again, and reads the two versions in the history. Screenshots go to target/screenshots.
 */
@ExtendWith(SharedServer.class)
class ProgramJourneyUiIT {

    @Test
    void aTherapistBuildsAProgramFromTheAssessmentsSuggestionsAndChangesIt(GaitwayServer server) throws IOException {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "program-journey-ui");
        WebClient setup = Staff.signedIn(server, account.email(), account.password());
        long patientId = Patients.register(setup, "Paula", "Programjourney");
        Map<String, String> findings = new LinkedHashMap<>();
        findings.put("subjective.complaint", "Right knee pain on stairs");
        findings.put("strength.hip_abductors.right.grade", "3+");
        findings.put("strength.hip_abductors.left.grade", "5");
        findings.put("gait.pelvic_drop.right", "moderate");
        AssessmentSite.finalized(setup, patientId, findings);

        List<Path> made = new ArrayList<>();
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(account.email(), account.password());
            Laps laps = new Laps();

            PatientPage patient = PatientPage.open(browser, patientId);
            laps.lap("patient page");
            assertEquals(List.of(), patient.programs());
            ProgramBuilderPage builder = patient.newProgram();
            laps.lap("new builder");
            assertEquals("New home program for Paula Programjourney", builder.heading());
            assertEquals(List.of(), builder.exercises());
            List<String> reasons = builder.suggestionReasons();
            assertTrue(reasons.contains("Hip abduction: right 3+/5, left 5/5"), "both sides in one group: " + reasons);
            assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Pelvic drop")), reasons.toString());
            assertTrue(
                    builder.suggestionButtons()
                            .containsAll(List.of(
                                    "Add Side-lying hip abduction",
                                    "Add Clamshell",
                                    "Add Banded side step",
                                    "Add Pelvic drop",
                                    "Add Single-leg balance")),
                    builder.suggestionButtons().toString());

            // two suggestions, one click each
            builder = builder.acceptSuggestion("Side-lying hip abduction");
            laps.lap("suggestion 1");
            assertEquals(List.of("Side-lying hip abduction"), builder.exercises());
            assertEquals("Side-lying hip abduction added as exercise 1.", builder.notice());
            builder = builder.acceptSuggestion("Pelvic drop");
            laps.lap("suggestion 2");
            assertEquals(List.of("Side-lying hip abduction", "Pelvic drop"), builder.exercises());
            assertTrue(
                    builder.suggestionsTaken()
                            .containsAll(
                                    List.of("Side-lying hip abduction: in the program", "Pelvic drop: in the program")),
                    builder.suggestionsTaken().toString());
            assertFalse(
                    builder.suggestionButtons().contains("Add Pelvic drop"), "a suggestion taken is not offered again");

            // one from the library
            builder = builder.search("bridge");
            laps.lap("search");
            assertTrue(
                    builder.searchResults().contains("Hip bridge"),
                    builder.searchResults().toString());
            builder = builder.addFromSearch("Hip bridge");
            laps.lap("add from search");
            assertEquals(List.of("Side-lying hip abduction", "Pelvic drop", "Hip bridge"), builder.exercises());

            // a dosage and the phone, then save
            assertEquals("3", builder.dosage(0, "sets"), "the library's default dosage");
            builder.setDosage(0, "reps", "8-12").typePhone("555 0100");
            laps.lap("typing");
            laps.leaveOut(() -> shoot(browser, "program-builder", made));
            ProgramPage program = builder.save();
            laps.lap("save version 1");
            assertEquals("Program saved as version 1.", program.flash());
            assertEquals(List.of("Side-lying hip abduction", "Pelvic drop", "Hip bridge"), program.exercises());
            assertTrue(
                    program.amount(0).contains("8\u201312") || program.amount(0).contains("8-12"), program.amount(0));
            laps.leaveOut(() -> shoot(browser, "program-page", made));

            // a dosage changed: version 2
            builder = program.change();
            laps.lap("builder for version 2");
            assertEquals("Change the program (will be version 2)", builder.heading());
            assertEquals("8-12", builder.dosage(0, "reps"), "the builder holds the latest version");
            builder.setDosage(0, "sets", "4");
            program = builder.save();
            assertEquals("Saved as a new version.", program.flash());
            laps.lap("save version 2");

            List<Version> history = program.history();
            laps.lap("history read");
            assertEquals(
                    List.of("Version 2", "Version 1"),
                    history.stream().map(Version::name).toList());
            assertEquals(
                    "Side-lying hip abduction: 3 \u2192 4 sets.", history.get(0).summary());
            assertEquals("First version: 3 exercises.", history.get(1).summary());
            for (Version version : history) {
                assertTrue(version.saved().endsWith("by " + account.fullName()), version.saved());
            }
            shoot(browser, "program-history", made);

            List<String> onPatientPage = PatientPage.open(browser, patientId).programs();
            assertEquals(1, onPatientPage.size(), onPatientPage.toString());
            assertTrue(onPatientPage.get(0).contains("3 exercises \u00b7 version 2"), onPatientPage.get(0));
            System.out.println("Program journey in the browser: the clicking took " + laps.total()
                    + " ms from the patient" + " page to reading the history (9 pages, screenshots left out): " + laps);
        }
        for (Path file : made) {
            assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, file.toString());
            System.out.println("Screenshot: " + file.toAbsolutePath());
        }
    }

    private static void shoot(Browser browser, String name, List<Path> made) {
        made.add(browser.screenshot(name));
    }

    /** How long each step of the journey took, in milliseconds, with what is not clicking (screenshots) left out. */
    private static final class Laps {

        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.put(step, (now - last) / 1_000_000);
            last = now;
        }

        void leaveOut(Runnable notClicking) {
            notClicking.run();
            last = System.nanoTime();
        }

        long total() {
            return laps.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return laps.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " ms")
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
