package app.gaitway.shared.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fields of an audit entry that its HMAC protects, in one canonical text form. */
public record AuditRecordContent(Instant occurredAt, Long userId, Long clinicId, String action,
                                 String recordType, String recordId, String outcome,
                                 String clientAddress, String detail) {

    private static final String NULL = "\u2400";

    public AuditRecordContent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Unit separators cannot be typed into any field, so two contents never share a form. */
    String canonical() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        return Stream.of(String.valueOf(micros), str(userId), str(clinicId), str(action), str(recordType),
                        str(recordId), str(outcome), str(clientAddress), str(detail))
                .collect(Collectors.joining("\u001f"));
    }

    private static String str(Object value) {
        return value == null ? NULL : value.toString().replace('\u001f', ' ');
    }
}
