package app.gaitway.programs;

import app.gaitway.programs.templates.TemplateService;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;

/** "Save as a clinic template" as typed on a program's page: the template's title and a short description. */
public record SaveAsTemplateForm(String templateTitle, String templateDescription) {

    public SaveAsTemplateForm {
        templateTitle = clean(templateTitle);
        templateDescription = clean(templateDescription);
    }

    public static SaveAsTemplateForm from(MultivaluedMap<String, String> body) {
        return new SaveAsTemplateForm(body.getFirst("templateTitle"), body.getFirst("templateDescription"));
    }

    static SaveAsTemplateForm blank() {
        return new SaveAsTemplateForm("", "");
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (templateTitle.isEmpty()) {
            problems.add(new FieldProblem("templateTitle", "template.error.titleMissing"));
        } else if (templateTitle.length() > TemplateService.TITLE_MAX) {
            problems.add(new FieldProblem("templateTitle", "template.error.titleLong"));
        } else if (!TypedText.isAcceptable(templateTitle, TypedText.Lines.ONE)) {
            problems.add(new FieldProblem("templateTitle", TypedText.MESSAGE_KEY));
        }
        if (templateDescription.length() > TemplateService.DESCRIPTION_MAX) {
            problems.add(new FieldProblem("templateDescription", "template.error.descriptionLong"));
        } else if (!TypedText.isAcceptable(templateDescription, TypedText.Lines.ONE)) {
            problems.add(new FieldProblem("templateDescription", TypedText.MESSAGE_KEY));
        }
        return List.copyOf(problems);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
