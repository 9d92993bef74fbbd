package app.gaitway.programs;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.time.AppClock;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "End this program" as typed: the day it ended and why, and the program version the form was built from (a
 * version saved since makes the end a conflict instead of ending a program the therapist has not seen).
 */
public record EndProgramForm(String version, String endedOn, String reason) {

    static final int REASON_MAX = 500;

    public EndProgramForm {
        version = clean(version);
        endedOn = clean(endedOn);
        reason = clean(reason);
    }

    public static EndProgramForm from(MultivaluedMap<String, String> body) {
        return new EndProgramForm(body.getFirst("version"), body.getFirst("endedOn"), body.getFirst("reason"));
    }

    /** The form as the program page first shows it: ending today. */
    static EndProgramForm startingToday() {
        return new EndProgramForm("", AppClock.today().toString(), "");
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (endedOn.isEmpty()) {
            problems.add(new FieldProblem("endedOn", "program.error.dateMissing"));
        } else if (parsedDate().isEmpty()) {
            problems.add(new FieldProblem("endedOn", "program.error.date"));
        } else if (endedOnDate().isEmpty()) {
            problems.add(new FieldProblem("endedOn", "program.error.dateRange"));
        }
        if (reason.isEmpty()) {
            problems.add(new FieldProblem("reason", "program.error.reasonMissing"));
        } else if (reason.length() > REASON_MAX) {
            problems.add(new FieldProblem("reason", "program.error.reasonLong"));
        } else if (!TypedText.isAcceptable(reason, TypedText.Lines.ONE)) {
            problems.add(new FieldProblem("reason", TypedText.MESSAGE_KEY));
        }
        return List.copyOf(problems);
    }

    /** The day the program ended, when it is a real date of this century. */
    public Optional<LocalDate> endedOnDate() {
        return parsedDate().filter(d -> d.getYear() >= 2000 && d.getYear() <= 2100);
    }

    /** The version the form was built from; an unreadable one matches no version, so it is a conflict. */
    public int versionSeen() {
        return WholeNumbers.parseInt(version).orElse(-1);
    }

    private Optional<LocalDate> parsedDate() {
        try {
            return Optional.of(LocalDate.parse(endedOn));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
