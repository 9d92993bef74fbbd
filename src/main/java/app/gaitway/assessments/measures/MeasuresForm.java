package app.gaitway.assessments.measures;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The choice of questionnaires as sent: the ticked codes ({@code measure}, repeated) and the assessment to go back to
 * ({@code assessment}, optional).
 */
public record MeasuresForm(List<String> codes, String assessment) {

    public MeasuresForm {
        // a field sent without "=" arrives as a null value, which is no choice
        codes = codes == null
                ? List.of()
                : codes.stream().filter(java.util.Objects::nonNull).toList();
        assessment = assessment == null ? "" : assessment;
    }

    public static MeasuresForm from(MultivaluedMap<String, String> body) {
        List<String> codes = body.get("measure");
        return new MeasuresForm(codes == null ? List.of() : codes, body.getFirst("assessment"));
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (codes.stream().anyMatch(c -> OutcomeMeasure.ofCode(c).isEmpty())) {
            problems.add(new FieldProblem("measure", "measures.choice.unknown"));
        }
        return problems;
    }

    public Set<OutcomeMeasure> measures() {
        Set<OutcomeMeasure> set = EnumSet.noneOf(OutcomeMeasure.class);
        codes.forEach(c -> OutcomeMeasure.ofCode(c).ifPresent(set::add));
        return set;
    }

    /** The assessment id to return to, when it is a plain number. */
    public long returnTo() {
        return assessment.matches("[0-9]{1,18}") ? Long.parseLong(assessment) : -1;
    }
}
