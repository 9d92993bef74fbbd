package app.gaitway.discharge;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Arrays;
import java.util.List;

/**
 * "End care" as typed: the reason, a note (required for "other"), and the latest discharge the page knew of, so a
 * second press (or a colleague's discharge meanwhile) does not end the same episode twice.
 */
public record DischargeForm(String reason, String note, String after) {

    static final int NOTE_MAX = 1000;

    public DischargeForm {
        reason = reason == null ? "" : reason.strip();
        note = note == null ? "" : note.strip();
        after = after == null ? "" : after.strip();
    }

    public static DischargeForm from(MultivaluedMap<String, String> body) {
        return new DischargeForm(body.getFirst("reason"), body.getFirst("note"), body.getFirst("after"));
    }

    public static DischargeForm blank(long latestDischargeId) {
        return new DischargeForm("", "", String.valueOf(latestDischargeId));
    }

    public List<FieldProblem> problems() {
        FormChecks checks = new FormChecks();
        checks.required("reason", reason, "discharge.error.reasonMissing");
        checks.oneOf(
                "reason",
                reason,
                Arrays.stream(DischargeReason.values())
                        .map(DischargeReason::code)
                        .toList(),
                "discharge.error.reasonMissing");
        if (DischargeReason.OTHER.code().equals(reason)) {
            checks.required("note", note, "discharge.error.noteMissing");
        }
        checks.text("note", note, TypedText.Lines.MANY, NOTE_MAX, "discharge.error.noteLong");
        return checks.problems();
    }

    public DischargeReason reasonValue() {
        return DischargeReason.ofCode(reason).orElseThrow();
    }

    /** The latest discharge id the form was drawn over; unreadable matches none (a conflict). */
    public long afterSeen() {
        return WholeNumbers.parseLong(after).orElse(-1L);
    }
}
