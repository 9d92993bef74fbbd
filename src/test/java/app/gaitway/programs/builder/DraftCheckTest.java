package app.gaitway.programs.builder;

import app.gaitway.programs.dosage.DosageFields;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftCheckTest {

    private static DosageFields dosage(String sets, String reps, String hold) {
        return DosageFields.from(name -> switch (name) {
            case "sets" -> sets;
            case "reps" -> reps;
            case "hold" -> hold;
            case "side" -> "each_side";
            case "timesPerDay" -> "1";
            case "daysPerWeek" -> "5";
            case "loadType" -> "none";
            default -> "";
        });
    }

    private static ProgramDraft draft(HeaderFields header, DosageFields... dosages) {
        return new ProgramDraft(
                header,
                java.util.Arrays.stream(dosages)
                        .map(d -> new DraftItem(1, null, d))
                        .toList());
    }

    private static HeaderFields header(String title, String start, String review, String phone, String therapist) {
        return new HeaderFields(title, "Do them slowly.", start, review, phone, therapist);
    }

    @Test
    void aCompleteDraftPasses() {
        DraftCheck.Result r = DraftCheck.check(
                draft(
                        header("Knee", "2026-03-01", "2026-03-29", "+1 (555) 010-0100 ext 12", "7"),
                        dosage("3", "10-15", "")),
                Set.of(7L));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(LocalDate.of(2026, 3, 29), r.checked().header().reviewDate());
        assertEquals(7L, r.checked().therapistId());
        assertEquals(1, r.checked().dosages().size());
        assertEquals(15, r.checked().dosages().get(0).repsMax());
    }

    @Test
    void eachBadItemIsReportedBesideItsOwnField() {
        DraftCheck.Result r = DraftCheck.check(
                draft(
                        header("Knee", "2026-03-01", "", "555 0100", "7"),
                        dosage("0", "10", ""),
                        dosage("3", "50-10", ""),
                        dosage("2", "", "-5")),
                Set.of(7L));
        assertFalse(r.ok());
        assertEquals(
                Set.of("items.0.sets", "items.1.reps", "items.2.hold"),
                r.problems().keySet());
    }

    @Test
    void theProgramFieldsAreChecked() {
        DraftCheck.Result r = DraftCheck.check(draft(header("", "2026-02-30", "", "call me", "8")), Set.of(7L));
        assertEquals(
                Map.of(
                        "title", "program.error.titleMissing",
                        "startDate", "program.error.date",
                        "clinicPhone", "program.error.phone",
                        "therapistId", "program.error.therapist",
                        "items", "program.error.noItems"),
                r.problems());
    }

    @Test
    void aReviewBeforeTheStartIsRefused() {
        DraftCheck.Result r = DraftCheck.check(
                draft(header("Knee", "2026-03-10", "2026-03-01", "555 0100", "7"), dosage("3", "10", "")), Set.of(7L));
        assertEquals(List.of("reviewDate"), List.copyOf(r.problems().keySet()));
    }

    @Test
    void controlCharactersInTitleOrInstructionsAreRefusedLineBreaksInInstructionsAreNot() {
        HeaderFields bad = new HeaderFields("Knee\u0000", "Slowly\u001b[31m", "2026-03-01", "", "555 0100", "7");
        DraftCheck.Result r = DraftCheck.check(draft(bad, dosage("3", "10", "")), Set.of(7L));
        assertEquals(Map.of("title", "field.controlCharacter", "instructions", "field.controlCharacter"), r.problems());
        HeaderFields lines =
                new HeaderFields("Knee", "Slowly.\r\nTwice a day.\tEvery day.", "2026-03-01", "", "555 0100", "7");
        assertTrue(DraftCheck.check(draft(lines, dosage("3", "10", "")), Set.of(7L))
                .ok());
    }
}
