package app.gaitway.assessments;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment pages as the integration tests use them over HTTP, the way a therapist's browser does (the
 * therapists and patients come from {@link app.gaitway.testdata.Therapists} and {@link app.gaitway.testdata.Patients}):
 * an assessment started from the patient page, the draft form read as rendered and posted back with changed
 * values; and what the server stored, read straight from its database (table assessment, its JSON
 * field_values, the addenda and the audit trail).
 */
public final class AssessmentSite {

    /** An id no assessment or patient has. */
    public static final long NO_SUCH_ID = 987_654_321L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ASSESSMENT_PATH = Pattern.compile("^/assessments/(\\d+)$");
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private AssessmentSite() {}

    // --- assessments ---

    /** "Start an assessment" on the patient page; returns the new draft's id. */
    public static long start(WebClient client, long patientId) {
        Page started = client.submit("/patients/" + patientId, "/patients/" + patientId + "/assessments", Map.of());
        assertEquals(303, started.status(), "starting an assessment failed:\n" + started.body());
        return idOf(started);
    }

    /** The id in the redirect to an assessment page. */
    public static long idOf(Page redirect) {
        Matcher m = ASSESSMENT_PATH.matcher(redirect.location().replaceFirst("#.*$", ""));
        assertTrue(m.matches(), redirect.location());
        return Long.parseLong(m.group(1));
    }

    public static String path(long id) {
        return "/assessments/" + id;
    }

    /** GET /assessments/{id}, asserting 200. */
    public static Page page(WebClient client, long id) {
        Page page = client.get(path(id));
        assertEquals(200, page.status(), "GET " + path(id) + ":\n" + page.body());
        return page;
    }

    /** The draft form as the page renders it, ready to be changed and posted back. */
    public static Form draftForm(WebClient client, long id) {
        return draftForm(page(client, id), id);
    }

    public static Form draftForm(Page page, long id) {
        Form form = page.form(path(id));
        assertEquals(path(id), form.action(), "the draft form posts to the assessment");
        return form;
    }

    /** Sets the values on the form as typed, presses the button of the action (save or finalize), posts. */
    public static Page submit(WebClient client, Form form, Map<String, String> values, String action) {
        values.forEach(form::set);
        form.remove("action").add("action", action);
        return client.submit(form);
    }

    /** Opens the draft, types the values and presses the button of the action. */
    public static Page save(WebClient client, long id, Map<String, String> values, String action) {
        return submit(client, draftForm(client, id), values, action);
    }

    /** Starts an assessment, fills it in and finalizes it; asserts the redirect and returns its id. */
    public static long finalized(WebClient client, long patientId, Map<String, String> values) {
        long id = start(client, patientId);
        Page asked = save(client, id, values, "finalize");
        assertEquals(303, asked.status(), "finalizing failed:\n" + asked.body());
        assertEquals(path(id) + "/finalize", asked.location(), "finalizing asks to confirm first");
        Page done = confirmFinalize(client, id);
        assertEquals(303, done.status(), "signing failed:\n" + done.body());
        assertEquals(path(id), done.location());
        return id;
    }

    /** Presses "Finalize and sign" on the confirmation page (the second step); returns the answer. */
    public static Page confirmFinalize(WebClient client, long id) {
        return client.submit(client.get(path(id) + "/finalize").form(path(id) + "/finalize"));
    }

    /** Posts an addendum with the token of the record page. */
    public static Page addAddendum(WebClient client, long id, String text) {
        return client.submit(path(id), path(id) + "/addenda", Map.of("addendum", text));
    }

    /** All 20 LEFS answers, item 1 first. */
    public static Map<String, String> lefs(int... answers) {
        assertEquals(20, answers.length, "the LEFS has 20 items");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            values.put("lefs.item" + (i + 1), String.valueOf(answers[i]));
        }
        return values;
    }

    /** The same LEFS answer for all 20 items. */
    public static Map<String, String> lefsAll(int answer) {
        int[] answers = new int[20];
        java.util.Arrays.fill(answers, answer);
        return lefs(answers);
    }

    // --- what the server stored ---

    /** One row of table assessment, its field_values read as the map of field key to value. */
    public record Stored(
            String status,
            int version,
            LocalDate visitDate,
            Map<String, String> values,
            String finalizedByName,
            Instant finalizedAt,
            OffsetDateTime updatedAt) {}

    public static Stored stored(GaitwayServer server, long id) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT status, version, visit_date, field_values,"
                        + " finalized_by_name, finalized_at, updated_at FROM assessment WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no assessment " + id + " in the database");
                Map<String, String> values =
                        JSON.readValue(row.getString("field_values"), new TypeReference<TreeMap<String, String>>() {});
                OffsetDateTime finalizedAt = row.getObject("finalized_at", OffsetDateTime.class);
                return new Stored(
                        row.getString("status"),
                        row.getInt("version"),
                        row.getObject("visit_date", LocalDate.class),
                        values,
                        row.getString("finalized_by_name"),
                        finalizedAt == null ? null : finalizedAt.toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class));
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows a query counts, e.g. "SELECT COUNT(*) FROM assessment_addendum WHERE assessment_id = ?". */
    public static long count(GaitwayServer server, String sql, long parameter) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long addenda(GaitwayServer server, long assessmentId) {
        return count(server, "SELECT COUNT(*) FROM assessment_addendum WHERE assessment_id = ?", assessmentId);
    }

    public static long assessmentsOf(GaitwayServer server, long patientId) {
        return count(server, "SELECT COUNT(*) FROM assessment WHERE patient_id = ?", patientId);
    }

    /** One entry of the audit trail about an assessment. */
    public record AuditLine(long id, String action, String outcome, Long userId) {}

    /** The audit trail's entries about this assessment, oldest first. */
    public static List<AuditLine> audit(GaitwayServer server, long assessmentId) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT id, action, outcome, user_id FROM audit_entry"
                        + " WHERE record_type = 'assessment' AND record_id = ? ORDER BY id")) {
            query.setString(1, String.valueOf(assessmentId));
            List<AuditLine> lines = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long user = row.getLong("user_id");
                    lines.add(new AuditLine(
                            row.getLong("id"),
                            row.getString("action"),
                            row.getString("outcome"),
                            row.wasNull() ? null : user));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many audit entries name this record (any type, e.g. "assessment-comparison" and a patient id) with this action. */
    public static long auditCount(GaitwayServer server, String recordType, long recordId, String action) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM audit_entry"
                        + " WHERE record_type = ? AND record_id = ? AND action = ?")) {
            query.setString(1, recordType);
            query.setString(2, String.valueOf(recordId));
            query.setString(3, action);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> auditActions(GaitwayServer server, long assessmentId) {
        return audit(server, assessmentId).stream().map(AuditLine::action).toList();
    }

    // --- reading pages ---

    /**
     * The message shown beside a field: the text of the element with id "KEY-error" (as the form fragments
     * write it), without its hidden "Error:" prefix; null when there is none.
     */
    public static String errorBeside(Page page, String key) {
        Matcher m = Pattern.compile(
                        "<(p|span)\\b[^>]*\\bid=\"" + Pattern.quote(key) + "-error\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(page.body());
        if (!m.find()) {
            return null;
        }
        return text(m.group(2).replaceAll("<span class=\"visually-hidden\">[^<]*</span>", ""));
    }

    /** The opening tag of the form control whose id is the key (input, select or textarea). */
    public static String control(Page page, String key) {
        Matcher m = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(key) + "\"[^>]*>")
                .matcher(page.body());
        assertTrue(m.find(), "no form control " + key + " on the page");
        return m.group();
    }

    /** Whether the control is marked invalid and points screen readers at its message (aria-describedby). */
    public static boolean linkedToItsMessage(Page page, String key) {
        String tag = control(page, key);
        Matcher describedBy =
                Pattern.compile("\\baria-describedby=\"([^\"]*)\"").matcher(tag);
        return tag.contains("aria-invalid=\"true\"")
                && describedBy.find()
                && List.of(describedBy.group(1).split("\\s+")).contains(key + "-error");
    }

    /** The links of the error summary at the top of the form: anchor → text. */
    public static Map<String, String> errorSummary(Page page) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher box = Pattern.compile("<div class=\"error-summary\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(page.body());
        while (box.find()) {
            Matcher a = Pattern.compile("<a href=\"#([^\"]+)\">(.*?)</a>", Pattern.DOTALL)
                    .matcher(box.group(1));
            while (a.find()) {
                links.put(WebClient.unescape(a.group(1)), text(a.group(2)));
            }
        }
        return links;
    }

    /** The findings list of a record or report page, as shown. */
    public static List<String> findings(Page page) {
        Matcher section = Pattern.compile("<section class=\"card findings\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(section.find(), "no findings on the page:\n" + page.body());
        List<String> lines = new ArrayList<>();
        Matcher li = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(section.group(1));
        while (li.find()) {
            lines.add(text(li.group(1).replaceAll("<span class=\"finding__mark\">[^<]*</span>", "")));
        }
        return lines;
    }

    /** The "Finalized and signed by …" line of a record page, or null. */
    public static String signedLine(Page page) {
        Matcher m = Pattern.compile("<p class=\"notice signed\">(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? text(m.group(1)) : null;
    }

    /** The flash message shown after a redirect, or "". */
    public static String flash(Page page) {
        Matcher m = Pattern.compile("<p class=\"flash\"[^>]*>(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? text(m.group(1)) : "";
    }

    /** The addenda listed on a record page: "author, date: text" per addendum. */
    public static List<String> addendaShown(Page page) {
        Matcher list = Pattern.compile("<ol class=\"addenda\">(.*?)</ol>", Pattern.DOTALL)
                .matcher(page.body());
        List<String> shown = new ArrayList<>();
        if (!list.find()) {
            return shown;
        }
        Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(list.group(1));
        while (li.find()) {
            Matcher p = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(li.group(1));
            List<String> parts = new ArrayList<>();
            while (p.find()) {
                parts.add(text(p.group(1)));
            }
            shown.add(String.join(": ", parts));
        }
        return shown;
    }

    /** Text of an HTML fragment: tags removed, references resolved, spaces collapsed. */
    public static String text(String html) {
        return WebClient.unescape(html.replaceAll("<[^>]+>", ""))
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A page without its per-session CSRF token, to compare two pages of two requests. */
    public static String withoutToken(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
    }

    /** A date as the pages show it: "3 Mar 2026". */
    public static String displayDate(LocalDate date) {
        return DISPLAY_DATE.format(date);
    }

    /** Today in the server's time zone (the test runs on the same machine). */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }
}
