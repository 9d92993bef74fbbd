package app.gaitway.assessments;

import app.gaitway.assessments.findings.PsfsScore;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.ExamFields;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.screen.SafetyScreen;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks what was typed into the assessment form. Every field is checked against its {@link FieldSpec}; the
 * result is either the clean values or a problem per field (message key and arguments), never half of each.
 * What was typed is kept as typed, so the form can show it again beside its message.
 */
public final class AssessmentInput {

    public record Checked(AssessmentValues values, Map<String, FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private AssessmentInput() {}

    public static Checked check(Map<String, String> typed) {
        Map<String, String> clean = new TreeMap<>();
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        for (FieldSpec spec : FieldCatalogue.all()) {
            String raw = typed.get(spec.key());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                continue;
            }
            String problem = null;
            Object[] args = new Object[0];
            switch (spec.type()) {
                case TEXT, LONG_TEXT -> {
                    // one-line fields fold line breaks into spaces below, so both take what a text area takes
                    if (!TypedText.isAcceptable(value, TypedText.Lines.MANY)) {
                        problem = TypedText.MESSAGE_KEY;
                    } else if (value.length() > spec.max()) {
                        problem = "assessment.field.tooLong";
                        args = new Object[] {(int) spec.max(), value.length()};
                    } else if (spec.type() == FieldSpec.Type.TEXT && value.contains("\n")) {
                        value = value.replaceAll("\\s*\\R\\s*", " ");
                    }
                }
                case INTEGER -> {
                    try {
                        int n = Integer.parseInt(value.replace('\u2212', '-'));
                        if (n < spec.min() || n > spec.max()) {
                            problem = "assessment.field.range";
                            args = new Object[] {(int) spec.min(), (int) spec.max()};
                        } else {
                            value = String.valueOf(n);
                        }
                    } catch (NumberFormatException e) {
                        problem = "assessment.field.wholeNumber";
                        args = new Object[] {(int) spec.min(), (int) spec.max()};
                    }
                }
                case DECIMAL -> {
                    try {
                        BigDecimal d = new BigDecimal(value.replace(',', '.').replace('\u2212', '-'));
                        if (d.compareTo(BigDecimal.valueOf(spec.min())) < 0
                                || d.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
                            problem = "assessment.field.range";
                            args = new Object[] {number(spec.min()), number(spec.max())};
                        } else if (d.stripTrailingZeros().scale() > 1) {
                            // "120.50" has one decimal that counts; "120.25" has two
                            problem = "assessment.field.oneDecimal";
                        } else {
                            value = d.stripTrailingZeros().toPlainString();
                        }
                    } catch (NumberFormatException e) {
                        problem = "assessment.field.number";
                        args = new Object[] {number(spec.min()), number(spec.max())};
                    }
                }
                case GRADE -> {
                    var grade = MmtGrade.parse(value);
                    if (grade.isEmpty()) {
                        problem = "assessment.field.grade";
                    } else {
                        value = grade.get().base()
                                + (grade.get().modifier() > 0
                                        ? "+"
                                        : grade.get().modifier() < 0 ? "-" : "");
                    }
                }
                case CHOICE -> {
                    if (!spec.choices().contains(value)) {
                        problem = "assessment.field.choice";
                    }
                }
                case FLAG -> {
                    if (!value.equals("true")) {
                        problem = "assessment.field.choice";
                    }
                }
                case DATE -> {
                    try {
                        LocalDate d = LocalDate.parse(value);
                        if (d.getYear() < 1950 || d.isAfter(AppClock.today())) {
                            problem = "assessment.field.datePast";
                        }
                    } catch (DateTimeParseException e) {
                        problem = "assessment.field.date";
                    }
                }
            }
            if (problem != null) {
                problems.put(spec.key(), new FieldProblem(spec.key(), problem, args));
            } else {
                clean.put(spec.key(), value);
            }
        }
        // Rules between fields of the safety screen (a "safe to exercise" decision needs its reason, ...), only
        // where the fields themselves were fine, so a field never gets two messages.
        SafetyScreen.problems(clean)
                .forEach((key, messageKey) -> problems.putIfAbsent(key, new FieldProblem(key, messageKey)));
        PsfsScore.problems(clean)
                .forEach((key, messageKey) -> problems.putIfAbsent(key, new FieldProblem(key, messageKey)));
        ExamFields.problems(clean)
                .forEach((key, messageKey) -> problems.putIfAbsent(key, new FieldProblem(key, messageKey)));
        return problems.isEmpty() ? new Checked(new AssessmentValues(clean), Map.of()) : new Checked(null, problems);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
