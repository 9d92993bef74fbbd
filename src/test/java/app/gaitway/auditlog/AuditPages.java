package app.gaitway.auditlog;

import app.gaitway.testing.WebClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the audit log page and the chain check page the way a person would, for the ITs. */
public final class AuditPages {

    private static final Pattern ROW = Pattern.compile("<tr id=\"entry-(\\d+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("title=\"([A-Z_]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"/admin/audit\\?([^\"#]+)\"[^>]*>%s<");

    private AuditPages() {}

    /** One table row: the entry id, its action code and the row's HTML. */
    public record Row(long id, String action, String html) {
        /** Whether one of the row's cells shows exactly this text. */
        public boolean shows(String text) {
            return html.contains(cell(text));
        }
    }

    /** A cell's text as it appears in the page, so "10.0.0.1" does not match "10.0.0.12". */
    public static String cell(String text) {
        return ">" + text + "<";
    }

    public static List<Row> rows(WebClient.Page page) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page.body());
        while (m.find()) {
            Matcher action = ACTION.matcher(m.group(2));
            rows.add(new Row(Long.parseLong(m.group(1)), action.find() ? action.group(1) : null, m.group(2)));
        }
        return rows;
    }

    /** The query of the pager link with the given text ("Newer entries"), HTML-unescaped, or null. */
    public static String pagerQuery(WebClient.Page page, String linkText) {
        Matcher m = Pattern.compile(String.format(LINK.pattern(), Pattern.quote(linkText)))
                .matcher(page.body());
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** Runs the chain check with a CSRF token taken earlier (loading a page would add an entry). */
    public static WebClient.Page verify(WebClient client, String csrfToken) {
        return client.post("/admin/audit/verify", Map.of("_csrf", csrfToken));
    }
}
