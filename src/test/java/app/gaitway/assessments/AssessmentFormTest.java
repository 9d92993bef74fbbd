package app.gaitway.assessments;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentFormTest {

    private static AssessmentForm posted(String... namesAndValues) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return AssessmentForm.from(body);
    }

    @Test
    void keepsTheCatalogueFieldsAsTypedAndIgnoresAnythingElse() {
        AssessmentForm form =
                posted("subjective.pain_now", " 7 ", "smuggled", "x", "visitDate", "2026-03-03", "version", "4");
        assertEquals(" 7 ", form.value("subjective.pain_now"));
        assertFalse(form.typed().containsKey("smuggled"));
        assertEquals(4, form.versionSeen());
    }

    @Test
    void aVersionThatIsNotANumberMatchesNoVersion() {
        assertEquals(-1, posted("version", "4a").versionSeen());
        assertEquals(-1, posted().versionSeen());
    }

    @Test
    void theVisitDateProblemComesFirstThenTheFieldsInCatalogueOrder() {
        List<FieldProblem> problems = posted(
                        "visitDate", "3 March", "subjective.pain_worst", "12", "subjective.pain_now", "11")
                .problems();
        assertEquals(
                List.of("visitDate", "subjective.pain_now", "subjective.pain_worst"),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals("assessment.visitDate.format", problems.get(0).key());
    }

    @Test
    void aVisitInTheFutureOrBefore2000IsRefused() {
        assertEquals(
                "assessment.visitDate.range",
                posted("visitDate", LocalDate.now().plusDays(1).toString())
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "assessment.visitDate.range",
                posted("visitDate", "1999-12-31").problems().get(0).key());
        assertTrue(posted("visitDate", LocalDate.now().toString()).problems().isEmpty());
    }

    @Test
    void anAddendumNeedsTextWithinItsLength() {
        assertEquals(
                "assessment.addendum.required",
                new AddendumForm("  ").problems().get(0).key());
        FieldProblem tooLong =
                new AddendumForm("x".repeat(Addendum.MAX_LENGTH + 1)).problems().get(0);
        assertEquals("assessment.field.tooLong", tooLong.key());
        assertTrue(new AddendumForm(" Reviewed with the patient. ").problems().isEmpty());
        assertEquals("Reviewed with the patient.", new AddendumForm(" Reviewed with the patient. ").text());
    }
}
