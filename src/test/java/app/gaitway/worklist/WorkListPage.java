package app.gaitway.worklist;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testing.WebClient;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's work list as a test reads it: each list's heading, rows and "and n more". */
final class WorkListPage {

    /** One row as shown: where the patient's name links, the name, what it is about, the detail, the therapist. */
    record Row(String href, String name, String about, String detail, String therapist, boolean urgent) {}

    private WorkListPage() {}

    static String heading(WebClient.Page page, String list) {
        return AssessmentSite.text(first(section(page, list), "<h3[^>]*>(.*?)</h3>"));
    }

    static List<Row> rows(WebClient.Page page, String list) {
        List<Row> rows = new ArrayList<>();
        Matcher li = Pattern.compile("<li\\b([^>]*)>(.*?)</li>", Pattern.DOTALL).matcher(section(page, list));
        while (li.find()) {
            String item = li.group(2);
            Matcher a = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>", Pattern.DOTALL)
                    .matcher(item);
            assertTrue(a.find(), item);
            rows.add(new Row(
                    WebClient.unescape(a.group(1)),
                    AssessmentSite.text(a.group(2)),
                    span(item, "about"),
                    span(item, "detail"),
                    span(item, "who"),
                    li.group(1).contains("worklist__item--urgent")));
        }
        return rows;
    }

    static List<String> names(WebClient.Page page, String list) {
        return rows(page, list).stream().map(Row::name).toList();
    }

    static Row row(WebClient.Page page, String list, String name) {
        return rows(page, list).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + list + ": " + names(page, list)));
    }

    /** The "And 12 more." line of a list, or "". */
    static String more(WebClient.Page page, String list) {
        Matcher m = Pattern.compile("<p class=\"muted\">(And \\d+ more\\.)</p>").matcher(section(page, list));
        return m.find() ? m.group(1) : "";
    }

    private static String section(WebClient.Page page, String list) {
        Matcher m = Pattern.compile(
                        "<section\\b[^>]*\\bid=\"worklist-" + list + "\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no list " + list + " on the page:\n" + page.body());
        return m.group(1);
    }

    private static String span(String item, String part) {
        Matcher m = Pattern.compile("<span class=\"worklist__" + part + "[^\"]*\">(.*?)</span>", Pattern.DOTALL)
                .matcher(item);
        return m.find() ? AssessmentSite.text(m.group(1)) : null;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "nothing matches " + regex);
        return m.group(1);
    }
}
