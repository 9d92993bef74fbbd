package app.gaitway.programs;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndProgramFormTest {

    private static EndProgramForm posted(String version, String endedOn, String reason) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        if (version != null) {
            body.add("version", version);
        }
        if (endedOn != null) {
            body.add("endedOn", endedOn);
        }
        if (reason != null) {
            body.add("reason", reason);
        }
        return EndProgramForm.from(body);
    }

    @Test
    void aDateAndAReasonEndTheProgramAtTheVersionSeen() {
        EndProgramForm form = posted("4", " 2026-03-01 ", " Goals met ");
        assertEquals(List.of(), form.problems());
        assertEquals(LocalDate.of(2026, 3, 1), form.endedOnDate().orElseThrow());
        assertEquals("Goals met", form.reason());
        assertEquals(4, form.versionSeen());
    }

    @Test
    void theDateMustBeGivenReadableAndOfThisCentury() {
        assertEquals(
                List.of(new FieldProblem("endedOn", "program.error.dateMissing")),
                posted("1", "", "x").problems());
        assertEquals(
                List.of(new FieldProblem("endedOn", "program.error.date")),
                posted("1", "2026-02-30", "x").problems());
        assertEquals(
                List.of(new FieldProblem("endedOn", "program.error.dateRange")),
                posted("1", "1999-12-31", "x").problems());
        assertTrue(posted("1", "2101-01-01", "x").endedOnDate().isEmpty());
    }

    @Test
    void theReasonMustBeGivenShortAndOnOneLine() {
        assertEquals(
                List.of(new FieldProblem("reason", "program.error.reasonMissing")),
                posted("1", "2026-03-01", null).problems());
        assertEquals(
                List.of(new FieldProblem("reason", "program.error.reasonLong")),
                posted("1", "2026-03-01", "x".repeat(EndProgramForm.REASON_MAX + 1))
                        .problems());
        assertEquals(
                List.of(),
                posted("1", "2026-03-01", "x".repeat(EndProgramForm.REASON_MAX)).problems());
        assertEquals(
                List.of(new FieldProblem("reason", TypedText.MESSAGE_KEY)),
                posted("1", "2026-03-01", "goals\nmet").problems());
    }

    @Test
    void anUnreadableVersionMatchesNoVersion() {
        assertEquals(-1, posted("3a", "2026-03-01", "x").versionSeen());
        assertEquals(-1, posted(null, "2026-03-01", "x").versionSeen());
    }

    @Test
    void theFormFirstShownEndsToday() {
        assertEquals(LocalDate.now().toString(), EndProgramForm.startingToday().endedOn());
    }
}
