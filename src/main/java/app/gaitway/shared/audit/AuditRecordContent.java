package app.gaitway.shared.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fields of an audit entry that its HMAC protects, in one canonical text form. */
public record AuditRecordContent(
        Instant occurredAt,
        Long userId,
        Long clinicId,
        String action,
        String recordType,
        String recordId,
        String outcome,
        String clientAddress,
        String detail) {

    /** Stands for a missing value; inside a present value it is the escape character. */
    private static final char NULL = '\u2400';

    private static final char SEPARATOR = '\u001f';

    public AuditRecordContent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Fields joined by the unit separator. Two different contents never share a form: a
     * missing value is a lone ␀, and inside a present value ␀ and the separator are
     * escaped (␀␀ and ␀␟), so the text "␀" cannot pass for a missing value and no value
     * can pass for two fields. Values without those two characters are written as they
     * are, as before the escaping existed, so earlier chains still verify.
     */
    String canonical() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        return Stream.of(
                        String.valueOf(micros),
                        str(userId),
                        str(clinicId),
                        str(action),
                        str(recordType),
                        str(recordId),
                        str(outcome),
                        str(clientAddress),
                        str(detail))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    private static String str(Object value) {
        if (value == null) {
            return String.valueOf(NULL);
        }
        String text = value.toString();
        if (text.indexOf(NULL) < 0 && text.indexOf(SEPARATOR) < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == NULL) {
                escaped.append(NULL).append(NULL);
            } else if (c == SEPARATOR) {
                escaped.append(NULL).append('\u241f');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
