package app.gaitway.discharge;

import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The discharge summary as written when care ended, every text in words: stored whole (as JSON) so it reads the same
 * however the record, the goals or the program change later.
 *
 * @param findings every measure recorded at a signed assessment, first and last value, change and MCID
 * @param goals    the goals on the plan and where each stood
 * @param program  the home program the patient goes on with, or null when none was running
 */
public record DischargeSummary(
        String patientName,
        String born,
        String dischargedOn,
        String reason,
        String note,
        String by,
        String credentials,
        String visits,
        List<FindingRow> findings,
        List<GoalRow> goals,
        HomeProgram program) {

    /** One measure: "Pain now", "6/10 (3 Mar)", "2/10 (2 Apr)", "−4", "2", "Better by at least the MCID". */
    public record FindingRow(
            String measure, String first, String last, String change, String mcid, String verdict, boolean improved) {
        public FindingRow {
            last = absent(last);
            change = absent(change);
            mcid = absent(mcid);
            verdict = absent(verdict);
        }
    }

    /** One goal: {@code note} is the therapist's words on a numeric goal ("to run 5 km again"); older summaries have none. */
    public record GoalRow(String title, String detail, String note, String latest, String status, String tone) {
        public GoalRow {
            detail = absent(detail);
            note = absent(note);
            latest = absent(latest);
            tone = absent(tone);
        }
    }

    public record HomeProgram(String title, String version, List<ProgramItem> items) {
        public HomeProgram {
            items = List.copyOf(items);
        }
    }

    public record ProgramItem(String name, String amount, String often, String load, String note) {
        public ProgramItem {
            load = absent(load);
            note = absent(note);
        }
    }

    /** Empty and absent are one: what is not there is null, as it reads back from storage. */
    static String absent(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public DischargeSummary {
        note = absent(note);
        credentials = absent(credentials);
        findings = List.copyOf(findings);
        goals = List.copyOf(goals);
    }

    public String toJson() {
        JsonArrayBuilder f = Jsonp.createArrayBuilder();
        for (FindingRow r : findings) {
            f.add(object().add("measure", n(r.measure()))
                    .add("first", n(r.first()))
                    .add("last", n(r.last()))
                    .add("change", n(r.change()))
                    .add("mcid", n(r.mcid()))
                    .add("verdict", n(r.verdict()))
                    .add("improved", r.improved()));
        }
        JsonArrayBuilder g = Jsonp.createArrayBuilder();
        for (GoalRow r : goals) {
            g.add(object().add("title", n(r.title()))
                    .add("detail", n(r.detail()))
                    .add("note", n(r.note()))
                    .add("latest", n(r.latest()))
                    .add("status", n(r.status()))
                    .add("tone", n(r.tone())));
        }
        JsonObjectBuilder o = object().add("patientName", n(patientName))
                .add("born", n(born))
                .add("dischargedOn", n(dischargedOn))
                .add("reason", n(reason))
                .add("note", n(note))
                .add("by", n(by))
                .add("credentials", n(credentials))
                .add("visits", n(visits))
                .add("findings", f)
                .add("goals", g);
        if (program != null) {
            JsonArrayBuilder items = Jsonp.createArrayBuilder();
            for (ProgramItem i : program.items()) {
                items.add(object().add("name", n(i.name()))
                        .add("amount", n(i.amount()))
                        .add("often", n(i.often()))
                        .add("load", n(i.load()))
                        .add("note", n(i.note())));
            }
            o.add(
                    "program",
                    object().add("title", n(program.title()))
                            .add("version", n(program.version()))
                            .add("items", items));
        }
        return o.build().toString();
    }

    public static DischargeSummary fromJson(String json) {
        JsonObject o = Jsonp.createReader(new StringReader(json)).readObject();
        List<FindingRow> findings = new ArrayList<>();
        for (JsonValue v : array(o, "findings")) {
            JsonObject r = v.asJsonObject();
            findings.add(new FindingRow(
                    text(r, "measure"),
                    text(r, "first"),
                    text(r, "last"),
                    text(r, "change"),
                    text(r, "mcid"),
                    text(r, "verdict"),
                    r.getBoolean("improved", false)));
        }
        List<GoalRow> goals = new ArrayList<>();
        for (JsonValue v : array(o, "goals")) {
            JsonObject r = v.asJsonObject();
            goals.add(new GoalRow(
                    text(r, "title"),
                    text(r, "detail"),
                    text(r, "note"),
                    text(r, "latest"),
                    text(r, "status"),
                    text(r, "tone")));
        }
        HomeProgram program = null;
        if (o.containsKey("program") && o.get("program").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject p = o.getJsonObject("program");
            List<ProgramItem> items = new ArrayList<>();
            for (JsonValue v : array(p, "items")) {
                JsonObject i = v.asJsonObject();
                items.add(new ProgramItem(
                        text(i, "name"), text(i, "amount"), text(i, "often"), text(i, "load"), text(i, "note")));
            }
            program = new HomeProgram(text(p, "title"), text(p, "version"), items);
        }
        return new DischargeSummary(
                text(o, "patientName"),
                text(o, "born"),
                text(o, "dischargedOn"),
                text(o, "reason"),
                text(o, "note"),
                text(o, "by"),
                text(o, "credentials"),
                text(o, "visits"),
                findings,
                goals,
                program);
    }

    private static JsonObjectBuilder object() {
        return Jsonp.createObjectBuilder();
    }

    /** Absent texts are stored empty and read back as absent (null). */
    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.ARRAY
                ? o.getJsonArray(key)
                : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject o, String key) {
        String s =
                o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : null;
        return s == null || s.isEmpty() ? null : s;
    }
}
