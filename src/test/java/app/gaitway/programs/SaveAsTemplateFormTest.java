package app.gaitway.programs;

import app.gaitway.programs.templates.TemplateService;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SaveAsTemplateFormTest {

    private static SaveAsTemplateForm posted(String title, String description) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("templateTitle", title);
        body.add("templateDescription", description);
        return SaveAsTemplateForm.from(body);
    }

    @Test
    void aTitleIsEnoughAndIsKeptWithoutItsSpaces() {
        SaveAsTemplateForm form = posted("  Knee starter ", "");
        assertEquals(List.of(), form.problems());
        assertEquals("Knee starter", form.templateTitle());
    }

    @Test
    void theTitleMustBeGivenShortAndOnOneLine() {
        assertEquals(
                List.of(new FieldProblem("templateTitle", "template.error.titleMissing")),
                posted(" ", "").problems());
        assertEquals(
                List.of(new FieldProblem("templateTitle", "template.error.titleLong")),
                posted("t".repeat(TemplateService.TITLE_MAX + 1), "").problems());
        assertEquals(
                List.of(new FieldProblem("templateTitle", TypedText.MESSAGE_KEY)),
                posted("a\u0007b", "").problems());
    }

    @Test
    void theDescriptionMayBeEmptyButNotTooLongNorOnManyLines() {
        assertEquals(
                List.of(new FieldProblem("templateDescription", "template.error.descriptionLong")),
                posted("Knee", "d".repeat(TemplateService.DESCRIPTION_MAX + 1)).problems());
        assertEquals(
                List.of(new FieldProblem("templateDescription", TypedText.MESSAGE_KEY)),
                posted("Knee", "first\nsecond").problems());
    }

    @Test
    void everyProblemOfTheFormIsFoundAtOnce() {
        assertEquals(
                2,
                posted("", "d".repeat(TemplateService.DESCRIPTION_MAX + 1))
                        .problems()
                        .size());
    }
}
