package app.gaitway.shared.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether a browser's copy is still the one the server would send (a conditional GET answered 304 with no body),
 * by the rules of RFC 9110 section 13: {@code If-None-Match} decides when it is sent (any of its tags, compared
 * weakly, or {@code *}), and only without it {@code If-Modified-Since} (dates have whole seconds).
 */
public final class Revalidation {

    private Revalidation() {}

    /**
     * @param ifNoneMatch     the request's {@code If-None-Match}, or null
     * @param ifModifiedSince the request's {@code If-Modified-Since} in epoch milliseconds, or -1 (absent or not a
     *                        date)
     * @param etag            the current representation's strong tag, quoted
     * @param lastModified    when the current representation last changed
     */
    public static boolean notModified(String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince < 0) {
            return false;
        }
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(ifModifiedSince));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || !t.isEmpty() && opaque(t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** The tag without a weak prefix: If-None-Match compares weakly. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
