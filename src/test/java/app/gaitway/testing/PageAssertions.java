package app.gaitway.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions about pages that many integration tests share. */
public final class PageAssertions {

    private static final List<String> INTERNALS = List.of(
            "Exception",
            "exception",
            "\tat ",
            "at app.gaitway.",
            "at org.",
            "at java.",
            "jakarta.",
            "org.eclipse",
            "org.glassfish",
            "org.hibernate",
            "Caused by",
            "StackTrace",
            "Payara",
            "Krazo",
            "Jersey",
            "HTTP Status");

    private PageAssertions() {}

    /** The page shows nothing of the server's inside: no stack trace, exception or framework name. */
    public static void assertNoInternals(WebClient.Page page) {
        for (String internal : INTERNALS) {
            assertFalse(page.body().contains(internal), "page shows '" + internal + "':\n" + page.body());
        }
    }

    /** The page is rendered in Gaitway's own layout (header, main, footer). */
    public static void assertInLayout(WebClient.Page page) {
        assertTrue(page.contains("class=\"site-header\""), "no site header:\n" + page.body());
        assertTrue(page.contains("<main id=\"main\""), "no main element:\n" + page.body());
        assertTrue(page.contains("class=\"site-footer\""), "no site footer:\n" + page.body());
    }

    /** A redirect (303) to the given path on this site. */
    public static void assertRedirect(String expectedPath, WebClient.Page page) {
        assertRedirect(expectedPath, page, "");
    }

    public static void assertRedirect(String expectedPath, WebClient.Page page, String message) {
        assertEquals(303, page.status(), message + "; body:\n" + page.body());
        assertEquals(expectedPath, page.location(), message);
    }

    /** The error text shown beside a form field (by the field fragment), without its hidden prefix. */
    public static String fieldError(WebClient.Page page, String field) {
        Matcher m = Pattern.compile("<p class=\"field__error\" id=\"" + field + "-error\">(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no error beside " + field + ":\n" + page.body());
        return m.group(1)
                .replaceAll("<span class=\"visually-hidden\">[^<]*</span>", "")
                .replaceAll("<[^>]+>", "")
                .strip();
    }

    /** The value an input shows ("" when it has none). */
    public static String inputValue(WebClient.Page page, String field) {
        Matcher input =
                Pattern.compile("<input[^>]*\\bid=\"" + field + "\"[^>]*>").matcher(page.body());
        assertTrue(input.find(), "no input " + field + ":\n" + page.body());
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }
}
