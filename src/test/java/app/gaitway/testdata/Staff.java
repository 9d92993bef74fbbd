package app.gaitway.testdata;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test data for staff administration, made through the application's own pages as an
 * administrator would: unique emails, so tests stay independent of each other and of order.
 */
public final class Staff {

    /** Good enough for the password policy; each test account gets its own. */
    public static final String TEMPORARY_PASSWORD = "temporary horse battery";

    public static final String OWN_PASSWORD = "my own staple meadow lantern";

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");
    private static final Pattern USER_PATH = Pattern.compile("^/admin/users/(\\d+)$");

    private Staff() {}

    /** A staff account as the tests know it. */
    public record Member(long id, String fullName, String email, String password) {

        public String path() {
            return "/admin/users/" + id;
        }

        public Member withPassword(String newPassword) {
            return new Member(id, fullName, email, newPassword);
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gaitway.test";
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A client signed in as the shared server's installation owner (admin of Clinic A). */
    public static WebClient owner(GaitwayServer server) {
        return signedIn(server, SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);
    }

    public static WebClient signedIn(GaitwayServer server, String email, String password) {
        WebClient client = new WebClient(server);
        WebClient.Page login = client.login(email, password);
        assertEquals(303, login.status(), "sign-in of " + email + " failed: " + login.heading());
        return client;
    }

    /** The admin adds a staff member with {@link #TEMPORARY_PASSWORD}; asserts the redirect to their page. */
    public static Member add(WebClient admin, String role) {
        String fullName = unique(role.equals("ADMIN") ? "Ada Admin" : "Theo Therapist");
        String email = uniqueEmail(role.toLowerCase());
        WebClient.Page added = admin.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of("fullName", fullName, "email", email, "role", role, "temporaryPassword", TEMPORARY_PASSWORD));
        assertEquals(303, added.status(), "adding a user failed: " + added.body());
        Matcher m = USER_PATH.matcher(added.location());
        assertTrue(m.matches(), added.location());
        return new Member(Long.parseLong(m.group(1)), fullName, email, TEMPORARY_PASSWORD);
    }

    /**
     * Signs in with the temporary password and replaces it with {@link #OWN_PASSWORD}, as
     * everybody must at first sign-in; returns the client, now on the home page.
     */
    public static WebClient firstSignIn(GaitwayServer server, Member member) {
        WebClient client = signedIn(server, member.email(), member.password());
        WebClient.Page home = client.get("/");
        assertEquals("/account/password", home.location(), "a temporary password must be changed first");
        WebClient.Page changed = client.submit(
                "/account/password",
                "/account/password",
                Map.of(
                        "currentPassword",
                        member.password(),
                        "newPassword",
                        OWN_PASSWORD,
                        "newPasswordRepeat",
                        OWN_PASSWORD));
        assertEquals(303, changed.status(), "changing the temporary password failed: " + changed.body());
        assertEquals(200, client.get("/").status());
        return client;
    }

    /** A second clinic made the way an installation owner makes one (as ClinicIsolationIT does); its admin, signed in. */
    public static WebClient adminOfNewClinic(GaitwayServer server, WebClient owner) {
        String email = uniqueEmail("clinic-b-admin");
        WebClient.Page created = owner.submit(
                "/admin/clinics/new",
                "/admin/clinics/new",
                Map.of(
                        "clinicName",
                        unique("Clinic B"),
                        "fullName",
                        "Bea Admin",
                        "email",
                        email,
                        "password",
                        TEMPORARY_PASSWORD));
        assertEquals(303, created.status(), created.body());
        return firstSignIn(server, new Member(0, "Bea Admin", email, TEMPORARY_PASSWORD));
    }

    /** Posts a form of the member's page (e.g. "/deactivate"), with the page's token. */
    public static WebClient.Page act(WebClient admin, Member member, String action) {
        return act(admin, member, action, Map.of());
    }

    public static WebClient.Page act(WebClient admin, Member member, String action, Map<String, String> fields) {
        return admin.submit(member.path(), member.path() + action, fields);
    }

    /** The member's row of the staff list, from whichever page holds it; empty if not listed. */
    public static String rowInList(WebClient admin, Member member) {
        for (int page = 1; page <= 100; page++) {
            String body = admin.get("/admin/users?page=" + page).body();
            Matcher row = Pattern.compile(
                            "<tr>\\s*<th scope=\"row\">\\s*<a href=\"" + Pattern.quote(member.path()) + "\".*?</tr>",
                            Pattern.DOTALL)
                    .matcher(body);
            if (row.find()) {
                return row.group();
            }
            if (!body.contains("rel=\"next\"")) {
                return "";
            }
        }
        return "";
    }

    /** An account's id straight from the server's database (for accounts no test created). */
    public static long idOf(GaitwayServer server, String email) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("select id from user_account where email = ?")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "no account " + email);
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version in the hidden field of an edit form. */
    public static int version(WebClient.Page page) {
        Matcher m = VERSION.matcher(page.body());
        assertTrue(m.find(), "no version field on the page");
        return Integer.parseInt(m.group(1));
    }

    /** Posts the edit form of a member's page with the given token page, name, role and version. */
    public static WebClient.Page edit(
            WebClient admin, WebClient.Page formPage, long id, String fullName, String role, int version) {
        Map<String, String> fields = new LinkedHashMap<>();
        formPage.csrfToken().ifPresent(token -> fields.put("_csrf", token));
        fields.put("version", String.valueOf(version));
        fields.put("fullName", fullName);
        fields.put("role", role);
        return admin.post("/admin/users/" + id, fields);
    }
}
