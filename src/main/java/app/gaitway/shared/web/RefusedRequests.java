package app.gaitway.shared.web;

import app.gaitway.shared.audit.RefusedAccessAudit.Kind;

import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Which answers are refused access worth an audit entry, and how the request is described in it: the method and the
 * path with its ids, never a query string, a path parameter (a session id), anything of a patient link's secret, or
 * a path segment that is not a plain word or id (a segment someone typed could hold anything).
 */
final class RefusedRequests {

    /** The routes of patient data, where a 404 means a guessed id or another clinic's record. */
    private static final Set<String> PATIENT_DATA = Set.of("patients", "assessments", "programs");

    private static final String PATIENT_LINK = "p";

    private static final Pattern ID = Pattern.compile("\\d{1,19}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,39}(\\.[a-z]{2,4})?");
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,10}");
    private static final int MOST_SEGMENTS = 12;

    private RefusedRequests() {}

    /** A refused request as the trail records it: its kind and "METHOD /path". */
    record Refusal(Kind kind, String route) {}

    /**
     * @param path       the request URI's path, as sent (not decoded)
     * @param csrfFailed whether the CSRF check refused it (the filter or an upload form said so)
     */
    static Optional<Refusal> of(String method, String path, int status, boolean csrfFailed) {
        String[] segments = path.split("/", -1);
        String first = segments.length > 1 ? withoutParameters(segments[1]) : "";
        boolean patientLink = PATIENT_LINK.equals(first);
        String route = (METHOD.matcher(method).matches() ? method : "?") + " "
                + (patientLink ? "/p/\u2026" : describe(segments));
        if (status == 429) {
            return Optional.of(new Refusal(Kind.THROTTLED, route));
        }
        if (status == 403) {
            return Optional.of(new Refusal(csrfFailed ? Kind.CSRF : Kind.FORBIDDEN, route));
        }
        if (status == 404 && patientLink) {
            return Optional.of(new Refusal(Kind.PATIENT_LINK_MISS, route));
        }
        if (status == 404 && PATIENT_DATA.contains(first)) {
            return Optional.of(new Refusal(Kind.NOT_FOUND, route));
        }
        return Optional.empty();
    }

    private static String describe(String[] segments) {
        StringJoiner path = new StringJoiner("/", "/", "");
        for (int i = 1; i < segments.length; i++) {
            if (i > MOST_SEGMENTS) {
                path.add("\u2026");
                break;
            }
            String segment = withoutParameters(segments[i]);
            path.add(
                    ID.matcher(segment).matches() || WORD.matcher(segment).matches() || segment.isEmpty()
                            ? segment
                            : "*");
        }
        return path.toString();
    }

    /** A segment without its path parameters (";jsessionid=…"). */
    private static String withoutParameters(String segment) {
        int semicolon = segment.indexOf(';');
        return semicolon < 0 ? segment : segment.substring(0, semicolon);
    }
}
