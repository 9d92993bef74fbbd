package app.gaitway.auditlog;

import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the administrator asked to see, checked. Dates are whole days in UTC, like the
 * times in the log: "to" includes the whole of its day.
 */
public record AuditFilter(
        Long userId,
        AuditAction action,
        AuditOutcome outcome,
        LocalDate from,
        LocalDate to,
        String recordType,
        String recordId) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    static final int RECORD_TYPE_MAX = 60;
    static final int RECORD_ID_MAX = 64;

    /** The checked filter, or the problems beside the fields that were not right. */
    public record Parsed(AuditFilter filter, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }

        /** Message keys by field name. */
        public Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.key()));
            return errors;
        }
    }

    /**
     * @param isClinicUser whether an id is a user of the administrator's clinic (anything
     *                     else is refused, so the filter cannot probe other clinics)
     */
    public static Parsed parse(AuditFilterForm form, Predicate<Long> isClinicUser) {
        return parse(
                form, (ClinicUserLookup) typed -> WholeNumbers.parseLong(typed).filter(isClinicUser));
    }

    /** Finds the clinic's user a filter names: by id (from the select) or by email (typed). */
    @FunctionalInterface
    public interface ClinicUserLookup {
        Optional<Long> idOf(String typed);
    }

    public static Parsed parse(AuditFilterForm form, ClinicUserLookup clinicUser) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long user = null;
        String userText = blankToNull(form.user());
        if (userText != null && !TypedText.isAcceptable(userText, TypedText.Lines.ONE)) {
            errors.put("user", TypedText.MESSAGE_KEY);
        } else if (userText != null) {
            user = clinicUser.idOf(userText).orElse(null);
            if (user == null) {
                errors.put("user", "audit.filter.user.invalid");
            }
        }
        AuditAction action =
                parseEnum(AuditAction.class, form.action(), "action", "audit.filter.action.invalid", errors);
        AuditOutcome outcome =
                parseEnum(AuditOutcome.class, form.outcome(), "outcome", "audit.filter.outcome.invalid", errors);
        LocalDate from = parseDate(form.from(), "from", errors);
        LocalDate to = parseDate(form.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "audit.filter.to.beforeFrom");
        }
        String recordType = blankToNull(form.recordType());
        if (recordType != null && recordType.length() > RECORD_TYPE_MAX) {
            errors.put("recordType", "audit.filter.tooLong");
        } else if (!TypedText.isAcceptable(recordType, TypedText.Lines.ONE)) {
            errors.put("recordType", TypedText.MESSAGE_KEY);
        }
        String recordId = blankToNull(form.recordId());
        if (recordId != null && recordId.length() > RECORD_ID_MAX) {
            errors.put("recordId", "audit.filter.tooLong");
        } else if (!TypedText.isAcceptable(recordId, TypedText.Lines.ONE)) {
            errors.put("recordId", TypedText.MESSAGE_KEY);
        }
        if (!errors.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            errors.forEach((field, key) -> problems.add(new FieldProblem(field, key)));
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(
                new AuditFilter(
                        user,
                        action,
                        outcome,
                        from,
                        to,
                        recordType == null ? null : recordType.toLowerCase(Locale.ROOT),
                        recordId),
                List.of());
    }

    Instant fromInclusive() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The filter as URL parameters ("user=3&action=LOGIN"), for links that keep it; empty without one. */
    public String query() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    /** For the audit entry of a view or export: which entries were looked at. */
    String describe() {
        Map<String, String> parameters = parameters();
        if (parameters.isEmpty()) {
            return "all entries";
        }
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) ->
                text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return text.toString();
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (userId != null) parameters.put("user", userId.toString());
        if (action != null) parameters.put("action", action.name());
        if (outcome != null) parameters.put("outcome", outcome.name());
        if (from != null) parameters.put("from", from.toString());
        if (to != null) parameters.put("to", to.toString());
        if (recordType != null) parameters.put("recordType", recordType);
        if (recordId != null) parameters.put("recordId", recordId);
        return parameters;
    }

    private static <E extends Enum<E>> E parseEnum(
            Class<E> type, String text, String field, String errorKey, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, errorKey);
            return null;
        }
    }

    private static LocalDate parseDate(String text, String field, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 2000 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.put(field, "audit.filter.date.invalid");
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
