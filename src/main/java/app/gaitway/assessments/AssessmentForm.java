package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.Side;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The assessment form as typed (or as stored): every field of the catalogue that was sent, the visit date, the
 * version the form was drawn from and the button pressed. The confirmation before signing posts only the version.
 *
 * @param typed     the catalogue's fields as sent, by key (anything else is ignored)
 * @param visitDate the visit date as typed
 * @param version   the version the form was drawn from, as sent
 * @param action    "finalize" for "Finalize and sign", otherwise a save
 */
public record AssessmentForm(Map<String, String> typed, String visitDate, String version, String action) {

    private static final LocalDate EARLIEST_VISIT = LocalDate.of(2000, 1, 1);

    public AssessmentForm {
        typed = Map.copyOf(typed);
        visitDate = visitDate == null ? "" : visitDate;
        version = version == null ? "" : version;
        action = action == null ? "" : action;
    }

    public static AssessmentForm from(MultivaluedMap<String, String> body) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldSpec spec : FieldCatalogue.all()) {
            String v = body.getFirst(spec.key());
            if (v != null) {
                typed.put(spec.key(), v);
            }
        }
        return new AssessmentForm(typed, body.getFirst("visitDate"), body.getFirst("version"), body.getFirst("action"));
    }

    /** The stored assessment, as the form shows it. */
    public static AssessmentForm of(Assessment a) {
        return new AssessmentForm(a.values().asMap(), a.getVisitDate().toString(), String.valueOf(a.getVersion()), "");
    }

    /** The same typing over another version: after a conflict, the next save is over the version now stored. */
    public AssessmentForm over(int currentVersion) {
        return new AssessmentForm(typed, visitDate, String.valueOf(currentVersion), action);
    }

    /** The version the form was drawn from; -1 (no version) when what was sent is not a number. */
    public int versionSeen() {
        return WholeNumbers.parseInt(version).orElse(-1);
    }

    public boolean finalizing() {
        return "finalize".equals(action);
    }

    /** The visit date, when it is a date. */
    public Optional<LocalDate> visitDay() {
        try {
            return Optional.of(LocalDate.parse(visitDate.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The visit date's problem first, then each field's, in the catalogue's order (see {@link AssessmentInput}). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> day = visitDay();
        if (day.isEmpty()) {
            problems.add(new FieldProblem("visitDate", "assessment.visitDate.format"));
        } else if (day.get().isAfter(AppClock.today()) || day.get().isBefore(EARLIEST_VISIT)) {
            problems.add(new FieldProblem("visitDate", "assessment.visitDate.range"));
        }
        problems.addAll(AssessmentInput.check(typed).problems().values());
        return problems;
    }

    public String value(String key) {
        return typed.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return "true".equals(typed.get(key));
    }

    public boolean selected(String key, String choice) {
        return choice.equals(typed.get(key));
    }

    /**
     * True when the typed active range of motion is a number below {@code lowerLimits}' value for the motion (the
     * lower limit of normal for the patient's age, by motion code); false where there is no limit.
     */
    public boolean belowLimit(String motionCode, String side, Map<String, Integer> lowerLimits) {
        Integer limit = lowerLimits.get(motionCode);
        Motion motion = Motion.valueOf(motionCode.toUpperCase(Locale.ROOT));
        OptionalInt typedValue = WholeNumbers.parseInt(
                typed.get(AssessmentFields.rom(motion, Side.valueOf(side.toUpperCase(Locale.ROOT)), true)));
        return limit != null && typedValue.isPresent() && typedValue.getAsInt() < limit;
    }
}
