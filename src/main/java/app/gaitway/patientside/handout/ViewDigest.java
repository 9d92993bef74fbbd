package app.gaitway.patientside.handout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of everything a view model holds, component by component (records, lists, texts, numbers, dates, bytes),
 * each with its type and length, so two views have the same digest exactly when they hold the same values. A
 * handout is a function of its view (and the paper and sheet), so a handout made from an equal view is the same.
 * A value of a type not listed here is refused rather than guessed at, so a new kind of field is noticed by the
 * tests before it could be left out of the digest.
 */
final class ViewDigest {

    private ViewDigest() {}

    static String of(Object view) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            feed(sha, view);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void feed(MessageDigest sha, Object value) {
        if (value == null) {
            sha.update((byte) 0);
        } else if (value instanceof Record r) {
            sha.update((byte) 1);
            text(sha, r.getClass().getName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                feed(sha, component(r, c));
            }
        } else if (value instanceof List<?> list) {
            sha.update((byte) 2);
            length(sha, list.size());
            list.forEach(v -> feed(sha, v));
        } else if (value instanceof byte[] bytes) {
            sha.update((byte) 3);
            length(sha, bytes.length);
            sha.update(bytes);
        } else if (value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            sha.update((byte) 4);
            text(sha, value.getClass().getName());
            text(sha, value.toString());
        } else {
            throw new IllegalArgumentException(
                    "No digest for a " + value.getClass().getName());
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "Cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        length(sha, bytes.length);
        sha.update(bytes);
    }

    private static void length(MessageDigest sha, int n) {
        sha.update(ByteBuffer.allocate(4).putInt(n).array());
    }
}
