package app.gaitway.shared.web;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.patientside.web.LinkSite;
import app.gaitway.shared.web.FormRoutes.Route;
import app.gaitway.shared.web.FuzzValues.RawBody;
import app.gaitway.shared.web.FuzzValues.Value;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.testing.WebClient.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts hostile values to every form route the application has ({@link FormRoutes}: a new form is covered without
 * being listed here), signed in as the installation's administrator, and to the anonymous ones (sign-in, setup, the
 * patient's link pages): empty, long and very long text, control characters, right-to-left and combining marks,
 * emoji, impossible numbers and dates, unknown choices, duplicated and missing fields, bodies that are not forms or
 * are badly encoded, real and made-up record ids. Each field gets every class of value, rotated across the fields so
 * the run stays short, and some fields get one inside the page's own form as it came, which reaches further.
 * <p>
 * Nothing may answer 5xx or log anything SEVERE, and a request that was refused (4xx) must leave the records as
 * they were: nothing half-saved.
 */
@ExtendWith(SharedServer.class)
class FormFuzzIT {

    private static final long NO_SUCH_ID = 987_654_321L;
    private static final Pattern ENDING =
            Pattern.compile("/(archive|end|deactivate|revoke|logout|withdraw|discharge)$");
    /** At most this many requests per route that change one field of the page's own form. */
    private static final int SINGLE_FIELD_REQUESTS = 20;

    private final Map<String, Integer> serverErrors = new LinkedHashMap<>();
    private final List<String> halfSaved = new ArrayList<>();
    private int sent;

    @Test
    void noFormAnswersWithAServerErrorOrSavesHalfOfARefusedRequest(GaitwayServer server) throws Exception {
        List<Route> routes = new ArrayList<>(FormRoutes.scan(Path.of("target/classes"), Path.of("templates")));
        assertTrue(routes.size() >= 30, "the scan found too few form routes: " + routes);
        // the routes that end something (a record's active life, the session) last, so the others meet live records
        routes.sort(Comparator.comparing(r -> ENDING.matcher(r.path()).find()));
        System.out.println("FormFuzzIT: " + routes.size() + " form routes: "
                + routes.stream().map(Route::path).toList());

        Session owner = new Session(server, true);
        Session anonymous = new Session(server, false);
        Records records = Records.create(server, owner.client);
        PageForms forms = PageForms.crawl(owner.client, records.pages(), 80)
                .include(PageForms.crawl(anonymous.client, List.of("/login", "/setup", "/p/" + records.secret()), 0));
        long mark = server.logMark();
        try (Connection db = server.openDatabase()) {
            String clinicName = clinicName(db, records.clinic());
            try {
                TableFingerprint before = TableFingerprint.of(db);
                for (Route route : routes) {
                    boolean staff = !route.path().equals("/login")
                            && !route.path().equals("/setup")
                            && !route.path().startsWith("/p/");
                    Session session = staff ? owner : anonymous;
                    long started = System.nanoTime();
                    int sentBefore = sent;
                    for (Target target : records.targets(route)) {
                        before = fuzz(db, session, route, target, FormShape.of(forms, route, target), before);
                    }
                    System.out.printf(
                            "FormFuzzIT: %-40s %5d requests %6d ms%n",
                            route.path(), sent - sentBefore, (System.nanoTime() - started) / 1_000_000);
                }
            } finally {
                // the clinic details forms accept much of what the fuzz sends: give the shared clinic its name back,
                // and sign-in without a second factor (the page's own form asks to require one)
                try (PreparedStatement restore = db.prepareStatement(
                        "UPDATE clinic SET name = ?, address = NULL, second_factor_required = FALSE WHERE id = ?")) {
                    restore.setString(1, clinicName);
                    restore.setLong(2, records.clinic());
                    restore.executeUpdate();
                }
            }
        }
        String log = server.logSince(mark);
        System.out.println("FormFuzzIT: " + sent + " requests, "
                + serverErrors.values().stream().mapToInt(i -> i).sum() + " answered 5xx"
                + (serverErrors.isEmpty() ? "" : ": " + serverErrors) + "; " + halfSaved.size() + " half-saved");
        List<String> severe = log.lines().filter(l -> l.contains("SEVERE")).toList();
        assertTrue(serverErrors.isEmpty(), "5xx answers (route, value: count): " + serverErrors);
        assertTrue(halfSaved.isEmpty(), "refused requests that changed records: " + halfSaved);
        assertTrue(severe.isEmpty(), severe.size() + " SEVERE log entries, e.g.:\n" + firstEntries(log, 3));
    }

    private static String clinicName(Connection db, long clinic) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT name FROM clinic WHERE id = ?")) {
            read.setLong(1, clinic);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Every request for one route and one set of ids: rotated values, one hostile field at a time, raw bodies. */
    private TableFingerprint fuzz(
            Connection db, Session session, Route route, Target target, FormShape shape, TableFingerprint before)
            throws SQLException {
        List<String> fields = new ArrayList<>(shape.fields());
        int small = FuzzValues.SMALL.size();
        int step = target.real() ? 1 : 2;
        for (int k = 0; k < small; k += step) {
            List<Map.Entry<String, String>> body = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                body.add(Map.entry(
                        fields.get(i), FuzzValues.SMALL.get((i * 7 + k) % small).text()));
            }
            if (k % 5 == 0 && !fields.isEmpty()) {
                body.add(Map.entry(fields.get(k % fields.size()), "duplicate " + k));
            }
            if (k % 4 == 1 && body.size() > 1) {
                body.remove(k % body.size());
            }
            before = send(db, session, route, target, shape, body, "rotation " + k, before);
        }
        if (!target.real()) {
            return before;
        }
        // the page's own form with one field changed reaches further than a form of hostile values only
        int every = Math.max(1, (fields.size() + SINGLE_FIELD_REQUESTS - 1) / SINGLE_FIELD_REQUESTS);
        for (int i = sent % every; i < fields.size(); i += every) {
            Value value = FuzzValues.SMALL.get((i + sent) % small);
            List<Map.Entry<String, String>> body = shape.withValue(fields.get(i), value.text());
            before = send(db, session, route, target, shape, body, fields.get(i) + "=" + value.kind(), before);
        }
        String field = fields.isEmpty() ? "anything" : fields.get(sent % fields.size());
        before = send(
                db,
                session,
                route,
                target,
                shape,
                shape.withValue(field, FuzzValues.MILLION.text()),
                field + "=" + FuzzValues.MILLION.kind(),
                before);
        before = send(
                db, session, route, target, shape, shape.withValue("unknownField", "1"), "an unknown field", before);
        before = send(db, session, route, target, shape, List.of(), "no field at all", before);
        for (RawBody raw : FuzzValues.RAW) {
            String named = fields.isEmpty() ? "x" : fields.get(sent % fields.size());
            Page page = session.client.postBody(
                    target.path(),
                    raw.contentType(),
                    raw.body(session.token(), named),
                    Map.of("X-CSRF-TOKEN", session.token()));
            before = record(db, session, route, page, raw.kind(), before);
        }
        return before;
    }

    private TableFingerprint send(
            Connection db,
            Session session,
            Route route,
            Target target,
            FormShape shape,
            List<Map.Entry<String, String>> fields,
            String what,
            TableFingerprint before)
            throws SQLException {
        Page page;
        if (route.multipart()) {
            List<Part> parts = new ArrayList<>();
            parts.add(Part.field("_csrf", session.token()));
            for (Map.Entry<String, String> f : fields) {
                parts.add(
                        shape.files().contains(f.getKey())
                                ? Part.file(
                                        f.getKey(),
                                        "fuzz.png",
                                        "image/png",
                                        f.getValue().getBytes(StandardCharsets.UTF_8))
                                : Part.field(f.getKey(), f.getValue()));
            }
            page = session.client.postMultipart(target.path(), parts);
        } else {
            List<Map.Entry<String, String>> all = new ArrayList<>();
            all.add(Map.entry("_csrf", session.token()));
            all.addAll(fields);
            page = session.client.postBody(
                    target.path(), "application/x-www-form-urlencoded", FuzzValues.encode(all), Map.of());
        }
        return record(db, session, route, page, what, before);
    }

    private TableFingerprint record(
            Connection db, Session session, Route route, Page page, String what, TableFingerprint before)
            throws SQLException {
        sent++;
        if (page.status() >= 500) {
            serverErrors.merge(
                    route.path() + " [" + what.replaceAll("^[^=]*=", "") + "] " + page.status(), 1, Integer::sum);
        }
        TableFingerprint after = TableFingerprint.of(db);
        if (page.status() >= 400 && !after.equals(before)) {
            halfSaved.add(route.path() + " [" + what + "] answered " + page.status() + " but changed "
                    + before.difference(after));
        }
        // signing in again changes the user's row: the next request starts from there
        return session.keepSignedIn(page) ? TableFingerprint.of(db) : after;
    }

    private static String firstEntries(String log, int count) {
        List<String> entries = new ArrayList<>();
        for (String entry : log.split("(?=\\[\\d{4}-\\d\\d-\\d\\dT)")) {
            if (entry.contains("SEVERE") && entries.size() < count) {
                entries.add(entry.length() > 3000 ? entry.substring(0, 3000) + "..." : entry);
            }
        }
        return String.join("\n", entries);
    }

    /** A signed-in (or anonymous) browser and the CSRF token of its session; signs in again after a sign-out. */
    private static final class Session {

        private final GaitwayServer server;
        private final boolean staff;
        private WebClient client;
        private String token;

        Session(GaitwayServer server, boolean staff) {
            this.server = server;
            this.staff = staff;
            renew();
        }

        String token() {
            return token;
        }

        /** Signs in again (or takes a new token) when the answer says the session is gone; tells whether it did. */
        boolean keepSignedIn(Page page) {
            boolean toSignIn = page.status() == 303 && page.location().startsWith("/login");
            boolean expired = page.status() == 403 && page.body().contains("This form had expired");
            if (toSignIn || expired) {
                renew();
            }
            return toSignIn || expired;
        }

        private void renew() {
            client = staff ? Staff.owner(server) : new WebClient(server);
            token = client.get(staff ? "/" : "/login").csrfToken().orElseThrow();
        }
    }

    /** A route with its parameters filled in: real records of the test's own, or ids that exist nowhere. */
    record Target(String path, boolean real) {}

    /** The records the fuzz works on, made through the app as a person would. */
    private record Records(
            long patient,
            long assessment,
            long program,
            long exercise,
            long staff,
            long template,
            long clinic,
            String secret,
            long goal,
            long session) {

        static Records create(GaitwayServer server, WebClient owner) throws SQLException {
            String suffix = Staff.unique("");
            long patient = Patients.register(owner, "Fuzz", "Tester" + suffix);
            long assessment = AssessmentSite.start(owner, patient);
            LinkSite.Program program =
                    LinkSite.program(owner, patient, "Fuzz plan" + suffix, "Clamshell", "Hip bridge");
            String secret = LinkSite.createLink(owner, program).grouped();
            long exercise = ExerciseSite.duplicate(
                    owner, ExerciseSite.builtInId(owner, "Clamshell"), "Fuzz clamshell" + suffix);
            long staff = Staff.add(owner, "THERAPIST").id();
            Page saved = owner.submit(
                    program.path(),
                    program.path() + "/template",
                    Map.of("templateTitle", "Fuzz template" + suffix, "templateDescription", "From the fuzz test"));
            assertTrue(saved.status() < 400, "saving the template: " + saved.status());
            Page goalSet = owner.submit(
                    "/patients/" + patient + "/goals/new",
                    "/patients/" + patient + "/goals",
                    Map.of("kind", "functional", "description", "Walk to the shops" + suffix));
            assertTrue(goalSet.status() < 400, "setting a goal: " + goalSet.status());
            // a second sign-in of the owner: a session of their own for "Your sessions" to sign out
            Staff.owner(server);
            long session;
            long goal;
            long template;
            long clinic;
            try (Connection db = server.openDatabase();
                    Statement s = db.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM program_template")) {
                    rs.next();
                    template = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT clinic_id FROM user_account WHERE id = " + staff)) {
                    rs.next();
                    clinic = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM goal WHERE patient_id = " + patient)) {
                    rs.next();
                    goal = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM signed_in_session WHERE ended_at IS NULL")) {
                    rs.next();
                    session = rs.getLong(1);
                }
            }
            return new Records(
                    patient, assessment, program.id(), exercise, staff, template, clinic, secret, goal, session);
        }

        /** The route with the test's records, then with ids nobody has. */
        List<Target> targets(Route route) {
            return List.of(new Target(fill(route, true), true), new Target(fill(route, false), false)).stream()
                    .distinct()
                    .filter(t -> t.real() || !route.parameters().isEmpty())
                    .toList();
        }

        private String fill(Route route, boolean real) {
            String path = route.path();
            for (String parameter : route.parameters()) {
                String before = path.substring(0, path.indexOf("{" + parameter + "}"));
                String owner = before.replaceAll("/$", "").replaceAll(".*/", "");
                String value = switch (owner) {
                    case "patients" -> id(real, patient);
                    case "assessments" -> id(real, assessment);
                    case "programs" -> id(real, program);
                    case "program-templates" -> id(real, template);
                    case "custom", "exercise-uploads" -> id(real, exercise);
                    case "users" -> id(real, staff);
                    case "clinics" -> id(real, clinic);
                    case "goals" -> id(real, goal);
                    case "sessions" -> id(real, session);
                    case "p" -> real ? secret : LinkSite.unknownSecret();
                    default ->
                        throw new AssertionError("the fuzz test does not know which record {" + parameter + "} of "
                                + route.path() + " (" + route.origin() + ") names: teach Records.fill");
                };
                path = path.replace("{" + parameter + "}", value);
            }
            return path;
        }

        /** Where the forms for these records are, to start looking from. */
        List<String> pages() {
            return List.of(
                    "/",
                    "/patients/" + patient,
                    "/assessments/" + assessment,
                    "/programs/" + program,
                    "/programs/" + program + "/edit",
                    "/patients/" + patient + "/programs/new",
                    "/patients/" + patient + "/goals/new",
                    "/patients/" + patient + "/discharge",
                    "/exercises/" + exercise,
                    "/exercises/custom/" + exercise + "/edit",
                    "/exercises/custom/new",
                    "/exercises/transfer",
                    "/admin/users/" + staff,
                    "/admin/users/new",
                    "/admin/clinics/new",
                    "/admin/clinics/" + clinic,
                    "/account/password",
                    "/account/sessions",
                    "/program-templates",
                    "/admin/audit");
        }

        private static String id(boolean real, long id) {
            return String.valueOf(real ? id : NO_SUCH_ID);
        }
    }

    /**
     * The fields of a route: those its code names, and those of the app's own form for it (found on the app's
     * pages) with the values the page filled in, and which of them are files.
     */
    private record FormShape(List<Map.Entry<String, String>> pageFields, Set<String> fields, Set<String> files) {

        static FormShape of(PageForms forms, Route route, Target target) {
            PageForms.FoundForm found = target.real() ? forms.at(target.path()) : forms.at("");
            Set<String> names = new LinkedHashSet<>(route.fields());
            names.addAll(found.names());
            names.remove("_csrf");
            List<Map.Entry<String, String>> pageFields = new ArrayList<>(found.sent());
            pageFields.removeIf(e -> e.getKey().equals("_csrf"));
            assertTrue(
                    !route.openForm() || !target.real() || !names.isEmpty(),
                    route.path() + " (" + route.origin()
                            + ") reads fields by name, but no page found has its form; forms found: "
                            + forms.actions());
            return new FormShape(pageFields, names, found.files());
        }

        /** The page's form as it came, with one field set to the value. */
        List<Map.Entry<String, String>> withValue(String field, String value) {
            List<Map.Entry<String, String>> body = new ArrayList<>();
            boolean set = false;
            for (Map.Entry<String, String> e : pageFields) {
                if (e.getKey().equals(field)) {
                    if (!set) {
                        body.add(Map.entry(field, value));
                        set = true;
                    }
                } else {
                    body.add(e);
                }
            }
            if (!set) {
                body.add(Map.entry(field, value));
            }
            return body;
        }
    }

    @Test
    void theScanFindsTheFormsOfEveryKind() {
        List<Route> routes = FormRoutes.scan(Path.of("target/classes"), Path.of("templates"));
        Map<String, Route> byPath = new LinkedHashMap<>();
        routes.forEach(r -> byPath.put(r.path(), r));
        assertEquals(
                Set.of("email", "password", "next"), byPath.get("/login").fields(), "fields of @FormParam parameters");
        assertTrue(
                byPath.get("/patients/new").fields().containsAll(Set.of("givenName", "familyName", "dateOfBirth")),
                "fields of a @BeanParam form: " + byPath.get("/patients/new").fields());
        assertTrue(byPath.get("/assessments/{id}").openForm(), "a form read as a whole map");
        assertTrue(byPath.get("/exercise-uploads/{id}/pictures").multipart(), "the pictures upload (a servlet)");
        assertTrue(byPath.containsKey("/p/{secret}/log"), byPath.keySet().toString());
    }
}
