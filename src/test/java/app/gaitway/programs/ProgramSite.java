package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home programs as the integration tests use them over HTTP, the way a therapist's browser does: the builder
 * opened from a patient (or from a program, for its next version), read as rendered, changed as typed and posted
 * back whole with the button pressed; the program page read back (its items in the patient's words, its history);
 * and what the server stored, read straight from its database (tables program, program_version, program_item and
 * the audit trail).
 */
public final class ProgramSite {

    /** An id no program, patient, template or exercise has. */
    public static final long NO_SUCH_ID = AssessmentSite.NO_SUCH_ID;

    /** A phone number the builder accepts. */
    public static final String PHONE = "555 0100";

    private static final Pattern PROGRAM_PATH = Pattern.compile("^/programs/(\\d+)$");
    private static final Pattern BUILDER_FORM = Pattern.compile("<form\\b[^>]*\\bclass=\"builder\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");

    private ProgramSite() {}

    // --- addresses ---

    public static String newProgramPath(long patientId) {
        return "/patients/" + patientId + "/programs/new";
    }

    public static String path(long programId) {
        return "/programs/" + programId;
    }

    public static String editPath(long programId) {
        return path(programId) + "/edit";
    }

    public static String versionPath(long programId, int number) {
        return path(programId) + "/versions/" + number;
    }

    // --- the builder ---

    /** GET the builder for a new program of the patient, asserting 200. */
    public static Page openBuilder(WebClient client, long patientId) {
        return ok(client, newProgramPath(patientId));
    }

    /** GET the builder for a new program started from a template, asserting 200. */
    public static Page openBuilder(WebClient client, long patientId, long templateId) {
        return ok(client, newProgramPath(patientId) + "?template=" + templateId);
    }

    /** GET the builder for the program's next version, asserting 200. */
    public static Page openEdit(WebClient client, long programId) {
        return ok(client, editPath(programId));
    }

    /** The builder form as the page renders it (its own action, every field as a browser would send it). */
    public static Form builderForm(Page page) {
        Matcher tag = BUILDER_FORM.matcher(page.body());
        assertTrue(tag.find(), "no builder form on the page:\n" + page.body());
        Matcher action = ACTION.matcher(tag.group());
        assertTrue(action.find(), tag.group());
        return page.form(WebClient.unescape(action.group(1)));
    }

    /** Presses a builder button (save, search, add-ID, remove-N, ...): the whole form goes with it. */
    public static Page press(WebClient client, Form form, String action) {
        form.remove("action").add("action", action);
        return client.submit(form);
    }

    /** Types the values into the form (field name → value), then presses the button. */
    public static Page press(WebClient client, Form form, Map<String, String> typed, String action) {
        typed.forEach(form::set);
        return press(client, form, action);
    }

    /** Presses "Add" for an exercise and returns the builder shown again (asserting 200). */
    public static Page add(WebClient client, Form form, long exerciseId) {
        Page page = press(client, form, "add-" + exerciseId);
        assertEquals(200, page.status(), "adding exercise " + exerciseId + ":\n" + page.body());
        return page;
    }

    /** The name of a dosage field of the item at this place: {@code items.0.sets}. */
    public static String field(int item, String name) {
        return "items." + item + "." + name;
    }

    /** How many exercises the form holds, and their ids in order. */
    public static List<Long> exerciseIds(Form form) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; form.get(field(i, "exerciseId")) != null; i++) {
            ids.add(Long.parseLong(form.get(field(i, "exerciseId"))));
        }
        return ids;
    }

    /** The names of the items the builder shows, in order ("Clamshell", ...). */
    public static List<String> builderItemNames(Page page) {
        List<String> names = new ArrayList<>();
        Matcher legend = Pattern.compile(
                        "<li class=\"builder-item\"[^>]*>\\s*<fieldset>\\s*<legend>(.*?)</legend>", Pattern.DOTALL)
                .matcher(page.body());
        while (legend.find()) {
            names.add(AssessmentSite.text(legend.group(1)).replaceFirst("^\\d+\\.\\s*", ""));
        }
        return names;
    }

    /** The notice the builder shows after a button ("Clamshell added as exercise 1."), or "". */
    public static String notice(Page page) {
        Matcher m = Pattern.compile("<p class=\"notice\" role=\"status\">(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        return m.find() ? AssessmentSite.text(m.group(1)) : "";
    }

    /** The results of the builder's library search: exercise id (of its Add button) → name. */
    public static Map<Long, String> searchResults(Page page) {
        Map<Long, String> results = new LinkedHashMap<>();
        Matcher li = Pattern.compile("<li class=\"search-result\">(.*?)</li>", Pattern.DOTALL)
                .matcher(page.body());
        while (li.find()) {
            String name = first(li.group(1), "<span class=\"search-result__name\">\\s*<span>(.*?)</span>");
            Matcher add = Pattern.compile("value=\"add-(\\d+)\"").matcher(li.group(1));
            results.put(add.find() ? Long.parseLong(add.group(1)) : -1L, name);
        }
        return results;
    }

    /** One exercise of a program to create: which, and the dosage fields to type (name → value). */
    public record Item(long exerciseId, Map<String, String> dosage) {}

    /** An item with the library's default dosage, and the given fields typed over it (name, value, name, value...). */
    public static Item item(long exerciseId, String... nameValues) {
        Map<String, String> dosage = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            dosage.put(nameValues[i], nameValues[i + 1]);
        }
        return new Item(exerciseId, dosage);
    }

    /**
     * Builds a program as a therapist does: opens the builder, adds each exercise with its "Add" button, types the
     * title, the phone and the dosages, saves; asserts the redirect and returns the new program's id.
     */
    public static long create(WebClient client, long patientId, String title, List<Item> items) {
        Form built = builderForm(openBuilder(client, patientId));
        for (Item item : items) {
            built = builderForm(add(client, built, item.exerciseId()));
        }
        Form form = built.set("title", title).set("clinicPhone", PHONE);
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            items.get(i).dosage().forEach((name, value) -> form.set(field(at, name), value));
        }
        Page saved = press(client, form, "save");
        assertEquals(303, saved.status(), "saving the program failed:\n" + saved.body());
        return idOf(saved);
    }

    /** The id in the redirect to a program page. */
    public static long idOf(Page redirect) {
        Matcher m = PROGRAM_PATH.matcher(redirect.location());
        assertTrue(m.matches(), redirect.location());
        return Long.parseLong(m.group(1));
    }

    /** Opens the builder for the next version, types the values and saves; returns the answer to the save. */
    public static Page saveNextVersion(WebClient client, long programId, Map<String, String> typed) {
        return press(client, builderForm(openEdit(client, programId)), typed, "save");
    }

    // --- the program page ---

    public static Page page(WebClient client, long programId) {
        return ok(client, path(programId));
    }

    public static Page version(WebClient client, long programId, int number) {
        return ok(client, versionPath(programId, number));
    }

    /** One exercise as the program page shows it to be done. */
    public record ShownItem(String name, String amount, String often, List<String> extras, String note) {

        /** Everything the item says, in one line. */
        public String words() {
            List<String> all = new ArrayList<>(List.of(amount, often));
            all.addAll(extras);
            if (!note.isEmpty()) {
                all.add(note);
            }
            return name + ": " + String.join("; ", all);
        }
    }

    public static List<ShownItem> items(Page page) {
        List<ShownItem> items = new ArrayList<>();
        Matcher li = Pattern.compile(
                        "<li class=\"program-item card\">(.*?)</li>\\s*(?=<li class=\"program-item card\">|</ol>)",
                        Pattern.DOTALL)
                .matcher(page.body());
        while (li.find()) {
            String html = li.group(1);
            String name = first(html, "<h3>(.*?)</h3>");
            String amount = first(html, "<p class=\"program-item__amount\">(.*?)</p>");
            String often = first(html, "<p class=\"program-item__amount\">.*?</p>\\s*<p>(.*?)</p>");
            List<String> extras = new ArrayList<>();
            Matcher list = Pattern.compile("<ul class=\"plain-list\">(.*?)</ul>", Pattern.DOTALL)
                    .matcher(html);
            if (list.find()) {
                Matcher x = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(list.group(1));
                while (x.find()) {
                    extras.add(AssessmentSite.text(x.group(1)));
                }
            }
            String note = first(html, "<p class=\"program-item__note\">(.*?)</p>");
            items.add(new ShownItem(name, amount, often, List.copyOf(extras), note == null ? "" : note));
        }
        return items;
    }

    public static List<String> itemNames(Page page) {
        return items(page).stream().map(ShownItem::name).toList();
    }

    /** One entry of the version history: its number, "saved … by …" and the summary of what changed. */
    public record HistoryEntry(int number, String saved, String summary) {}

    /** The history as listed, newest first. */
    public static List<HistoryEntry> history(Page page) {
        Matcher ol = Pattern.compile("<ol class=\"version-history\"[^>]*>(.*?)</ol>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(ol.find(), "no version history on the page:\n" + page.body());
        List<HistoryEntry> entries = new ArrayList<>();
        Matcher li = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(ol.group(1));
        while (li.find()) {
            String html = li.group(1);
            String link = first(html, "<a\\b[^>]*>(.*?)</a>");
            Matcher number = Pattern.compile("Version (\\d+)").matcher(link == null ? "" : link);
            assertTrue(number.find(), "history entry without a version link: " + html);
            String saved = first(html, "</a>\\s*<span>(.*?)</span>");
            String summary = first(html, "</p>\\s*<p>(.*?)</p>");
            entries.add(new HistoryEntry(Integer.parseInt(number.group(1)), saved, summary));
        }
        return entries;
    }

    /** The status badge beside the heading ("Active" or "Ended"). */
    public static String status(Page page) {
        String status = first(
                page.body(), "<div class=\"page-head page-head--start\">.*?<span class=\"badge[^\"]*\">(.*?)</span>");
        assertTrue(status != null, "no status on the page:\n" + page.body());
        return status;
    }

    /** The notices of the program page (an older version, an ended program). */
    public static List<String> notices(Page page) {
        List<String> notices = new ArrayList<>();
        Matcher m =
                Pattern.compile("<p class=\"notice\">(.*?)</p>", Pattern.DOTALL).matcher(page.body());
        while (m.find()) {
            notices.add(AssessmentSite.text(m.group(1)));
        }
        return notices;
    }

    /** The "Home programs" section of a patient page, one line per program. */
    public static List<String> onPatientPage(Page patientPage) {
        Matcher section = Pattern.compile("<section\\b[^>]*id=\"programs\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(patientPage.body());
        assertTrue(section.find(), "no programs section on the patient page:\n" + patientPage.body());
        List<String> entries = new ArrayList<>();
        Matcher li = Pattern.compile("<li class=\"program-list__entry\">(.*?)</li>", Pattern.DOTALL)
                .matcher(section.group(1));
        while (li.find()) {
            entries.add(AssessmentSite.text(li.group(1)));
        }
        return entries;
    }

    /** The flash message shown after a redirect, followed as a browser does: a success or a notice alike. */
    public static String flashAfter(WebClient client, Page redirect) {
        assertEquals(303, redirect.status(), redirect.body());
        Matcher m = Pattern.compile("<p class=\"flash(?: flash--attention)?\"[^>]*>(.*?)</p>", Pattern.DOTALL)
                .matcher(ok(client, redirect.location()).body());
        return m.find() ? AssessmentSite.text(m.group(1)) : "";
    }

    // --- templates ---

    /** Saves the program's latest version as a clinic template through the form on its page. */
    public static Page saveAsTemplate(WebClient client, long programId, String title, String description) {
        Form form = page(client, programId)
                .form(path(programId) + "/template")
                .set("templateTitle", title)
                .set("templateDescription", description);
        return client.submit(form);
    }

    /** The templates a builder for a new program offers to start from: title → template id, in order. */
    public static Map<String, Long> builderTemplates(Page builder) {
        Map<String, Long> templates = new LinkedHashMap<>();
        Matcher a = Pattern.compile(
                        "<a href=\"/patients/\\d+/programs/new\\?template=(\\d+)\">(.*?)</a>", Pattern.DOTALL)
                .matcher(builder.body());
        while (a.find()) {
            templates.put(AssessmentSite.text(a.group(2)), Long.parseLong(a.group(1)));
        }
        return templates;
    }

    /** GET /program-templates, asserting 200. */
    public static Page templatesPage(WebClient client) {
        return ok(client, "/program-templates");
    }

    /** The titles of the templates listed to start from (starters first). */
    public static List<String> usableTemplates(Page templatesPage) {
        Matcher list = Pattern.compile(
                        "<ul class=\"plain-list template-list\">(.*?)</ul>\\s*(?:<section|</main>)", Pattern.DOTALL)
                .matcher(templatesPage.body());
        assertTrue(list.find(), "no template list:\n" + templatesPage.body());
        List<String> titles = new ArrayList<>();
        Matcher h2 = Pattern.compile("<h2>(.*?)</h2>", Pattern.DOTALL).matcher(list.group(1));
        while (h2.find()) {
            titles.add(AssessmentSite.text(h2.group(1)));
        }
        return titles;
    }

    /** The titles of the clinic's archived templates. */
    public static List<String> archivedTemplates(Page templatesPage) {
        Matcher section = Pattern.compile(
                        "<section aria-labelledby=\"archived-heading\">(.*?)</section>", Pattern.DOTALL)
                .matcher(templatesPage.body());
        List<String> titles = new ArrayList<>();
        if (section.find()) {
            Matcher span = Pattern.compile("<li>\\s*<span>(.*?)</span>", Pattern.DOTALL)
                    .matcher(section.group(1));
            while (span.find()) {
                titles.add(AssessmentSite.text(span.group(1)));
            }
        }
        return titles;
    }

    /** Presses Archive (or Restore) of a template, with the token of the templates page. */
    public static Page archiveTemplate(WebClient client, long templateId, boolean archive) {
        return client.submit(
                "/program-templates",
                "/program-templates/" + templateId + (archive ? "/archive" : "/restore"),
                Map.of());
    }

    // --- what the server stored ---

    /** The program row: its status, its latest version's number and its optimistic-lock version. */
    public record StoredProgram(String status, int latestVersion, int rowVersion, String title) {}

    public static StoredProgram stored(GaitwayServer server, long programId) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "SELECT status, latest_version, version, title FROM program WHERE id = ?")) {
            query.setLong(1, programId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no program " + programId + " in the database");
                return new StoredProgram(row.getString(1), row.getInt(2), row.getInt(3), row.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One item of a stored version: the exercise, the revision it was given at, the name then, the dosage as JSON. */
    public record StoredItem(
            long exerciseId, int exerciseRevision, long exerciseRevisionId, String exerciseName, String dosage) {}

    public static List<StoredItem> storedItems(GaitwayServer server, long programId, int number) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("""
                     SELECT i.exercise_id, i.exercise_revision, i.exercise_revision_id, i.exercise_name, i.dosage
                     FROM program_item i JOIN program_version v ON v.id = i.program_version_id
                     WHERE v.program_id = ? AND v.number = ? ORDER BY i.position""")) {
            query.setLong(1, programId);
            query.setInt(2, number);
            List<StoredItem> items = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.add(new StoredItem(
                            row.getLong(1), row.getInt(2), row.getLong(3), row.getString(4), row.getString(5)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many versions the program has in the database. */
    public static long versions(GaitwayServer server, long programId) {
        return AssessmentSite.count(server, "SELECT COUNT(*) FROM program_version WHERE program_id = ?", programId);
    }

    /** How many programs the patient has in the database. */
    public static long programsOf(GaitwayServer server, long patientId) {
        return AssessmentSite.count(server, "SELECT COUNT(*) FROM program WHERE patient_id = ?", patientId);
    }

    /** How many templates of its own the clinic has. */
    public static long templatesOf(GaitwayServer server, long clinicId) {
        return AssessmentSite.count(server, "SELECT COUNT(*) FROM program_template WHERE clinic_id = ?", clinicId);
    }

    /** The id of a clinic's own template, by its title. */
    public static long templateId(GaitwayServer server, long clinicId, String title) {
        try (Connection db = server.openDatabase();
                PreparedStatement query =
                        db.prepareStatement("SELECT id FROM program_template WHERE clinic_id = ? AND title = ?")) {
            query.setLong(1, clinicId);
            query.setString(2, title);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no template " + title + " of clinic " + clinicId);
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One entry of the audit trail about a program. */
    public record AuditLine(String action, String outcome, Long userId) {}

    /** The audit trail's entries about this program, oldest first. */
    public static List<AuditLine> audit(GaitwayServer server, long programId) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT action, outcome, user_id FROM audit_entry"
                        + " WHERE record_type = 'program' AND record_id = ? ORDER BY id")) {
            query.setString(1, String.valueOf(programId));
            List<AuditLine> lines = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long user = row.getLong(3);
                    lines.add(new AuditLine(row.getString(1), row.getString(2), row.wasNull() ? null : user));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTML ---

    private static Page ok(WebClient client, String path) {
        Page page = client.get(path);
        assertEquals(200, page.status(), "GET " + path + ":\n" + page.body());
        return page;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        return m.find() ? AssessmentSite.text(m.group(1)) : null;
    }
}
