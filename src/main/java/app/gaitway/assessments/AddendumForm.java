package app.gaitway.assessments;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** A dated note added to a signed assessment, as typed. */
public record AddendumForm(String addendum) {

    public AddendumForm {
        addendum = addendum == null ? "" : addendum;
    }

    public static AddendumForm from(MultivaluedMap<String, String> body) {
        return new AddendumForm(body.getFirst("addendum"));
    }

    /** The note as it is kept: without the spaces around it. */
    public String text() {
        return addendum.strip();
    }

    public List<FieldProblem> problems() {
        String text = text();
        if (text.isEmpty()) {
            return List.of(new FieldProblem("addendum", "assessment.addendum.required"));
        }
        if (text.length() > Addendum.MAX_LENGTH) {
            return List.of(
                    new FieldProblem("addendum", "assessment.field.tooLong", Addendum.MAX_LENGTH, text.length()));
        }
        if (!TypedText.isAcceptable(text, TypedText.Lines.MANY)) {
            return List.of(new FieldProblem("addendum", TypedText.MESSAGE_KEY));
        }
        return List.of();
    }
}
