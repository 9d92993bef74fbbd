package app.gaitway.security;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.SharedServer.OWNER_EMAIL;
import static app.gaitway.testing.SharedServer.OWNER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in on the shared server. Every scenario uses a client of its own (its own
 * address), and lock-outs only hit accounts made for the test, never the shared owner.
 */
@ExtendWith(SharedServer.class)
class SignInIT {

    private static final String FAILED = "The email or password is not right. Check them and try again.";
    private static final String THROTTLED = "Too many sign-in attempts.";

    private static String unknownEmail() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@unknown.test";
    }

    @Test
    void signsInAndIssuesANewSessionId(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        WebClient.Page loginPage = browser.get("/login");
        assertEquals(200, loginPage.status());
        String before =
                browser.sessionCookie().orElseThrow(() -> new AssertionError("the login page starts a session"));

        assertRedirect(
                "/", browser.submit("/login", "/login", Map.of("email", OWNER_EMAIL, "password", OWNER_PASSWORD)));
        String after = browser.sessionCookie().orElseThrow();
        assertNotEquals(before, after, "a session id known before sign-in must not stay valid after it");

        WebClient.Page home = browser.get("/");
        assertEquals(200, home.status());
        assertEquals("Welcome, Olivia Owner", home.heading());

        WebClient fixated = new WebClient(server);
        fixated.useSessionCookie(before);
        assertRedirect("/login", fixated.get("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "samefail");

        WebClient.Page wrongPassword = new WebClient(server).login(account.email(), "not the right password");
        WebClient.Page unknownEmail = new WebClient(server).login(unknownEmail(), "not the right password");

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownEmail.status());
        assertEquals(FAILED, errorText(wrongPassword));
        assertEquals(FAILED, errorText(unknownEmail));
        assertEquals("Sign in to Gaitway", wrongPassword.heading());
        assertTrue(wrongPassword.contains("value=\"" + account.email() + "\""), "the typed email is kept");
        assertNoInternals(wrongPassword);
    }

    @Test
    void anEmptyFormIsAskedForAgain(GaitwayServer server) {
        WebClient.Page empty = new WebClient(server).login("", "");
        assertEquals(400, empty.status());
        assertEquals("Enter your email and password.", errorText(empty));
    }

    @Test
    void afterFiveFailuresTheAccountWaitsAndThenTheRightPasswordWorks(GaitwayServer server) throws Exception {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "throttled");
        WebClient attacker = new WebClient(server);
        for (int i = 1; i <= 5; i++) {
            assertEquals(
                    401, attacker.login(account.email(), "guess number " + i).status(), "attempt " + i);
        }

        WebClient.Page refused = new WebClient(server).login(account.email().toUpperCase(), account.password());
        assertEquals(429, refused.status(), "the account waits from any address, whatever the case of the email");
        assertEquals(THROTTLED + " For your security, wait 1 second before you try again.", errorText(refused));
        assertEquals("1", refused.header("Retry-After").orElse(null));

        Thread.sleep(1_100);
        assertEquals(401, attacker.login(account.email(), "guess number 6").status(), "a wrong guess after the wait");
        WebClient.Page longer = new WebClient(server).login(account.email(), account.password());
        assertEquals(429, longer.status(), "the sixth failure doubles the wait");
        // 2 s from the sixth failure, of which a slow machine may have used up to one
        assertTrue(
                errorText(longer).matches(".* wait (2 seconds|1 second) before you try again\\."), errorText(longer));

        Thread.sleep(2_100);
        assertRedirect(
                "/", new WebClient(server).login(account.email(), account.password()), "never locked out: it waits");
        assertRedirect("/", new WebClient(server).login(OWNER_EMAIL, OWNER_PASSWORD));
    }

    @Test
    void fiveFailuresForAnUnknownEmailAreRefusedTheSameWay(GaitwayServer server) {
        String email = unknownEmail();
        WebClient attacker = new WebClient(server);
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, attacker.login(email, "guess number " + i).status(), "attempt " + i);
        }
        WebClient.Page refused = attacker.login(email, "guess number 6");
        assertEquals(429, refused.status());
        assertTrue(errorText(refused).startsWith(THROTTLED));
    }

    @Test
    void twentyFailuresFromOneAddressSlowEveryAccountFromThere(GaitwayServer server) throws Exception {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "fromaddress");
        WebClient attacker = new WebClient(server);
        for (int i = 1; i <= 20; i++) {
            assertEquals(
                    401, attacker.login(unknownEmail(), "guess number " + i).status(), "attempt " + i);
        }

        WebClient.Page refused = attacker.login(account.email(), account.password());
        assertEquals(429, refused.status(), "the right password of an account never tried, from the same address");
        assertTrue(errorText(refused).startsWith(THROTTLED));

        // the account itself is not slowed from elsewhere
        assertRedirect("/", new WebClient(server).login(account.email(), account.password()));

        Thread.sleep(1_100);
        assertRedirect("/", attacker.login(account.email(), account.password()), "and from there once the wait passed");
    }

    @Test
    void returnsToThePageFirstAskedFor(GaitwayServer server) {
        WebClient browser = new WebClient(server);
        WebClient.Page askedFor = browser.get("/admin/audit?x=1");
        assertRedirect("/login?next=%2Fadmin%2Faudit%3Fx%3D1", askedFor);

        WebClient.Page loginPage = browser.get(askedFor.location());
        assertEquals(200, loginPage.status());
        assertEquals("/admin/audit?x=1", hiddenNext(loginPage));

        WebClient.Page signedIn = browser.submit(
                askedFor.location(),
                "/login",
                Map.of("email", OWNER_EMAIL, "password", OWNER_PASSWORD, "next", hiddenNext(loginPage)));
        assertRedirect("/admin/audit?x=1", signedIn);
        assertEquals(
                "/admin/audit?x=1",
                signedIn.header("Location").orElseThrow(),
                "a path on this site, with no scheme or host that a proxy could have changed");
    }

    @Test
    void neverSendsTheUserToAnotherSite(GaitwayServer server) {
        for (String target : new String[] {
            "//evil.example/login",
            "https://evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/admin\r\nSet-Cookie: a=b",
            "/admin/users?q=a b"
        }) {
            WebClient browser = new WebClient(server);
            WebClient.Page loginPage = browser.get("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            assertEquals("/", hiddenNext(loginPage), target);

            WebClient.Page signedIn = browser.submit(
                    "/login", "/login", Map.of("email", OWNER_EMAIL, "password", OWNER_PASSWORD, "next", target));
            assertEquals(303, signedIn.status(), target + ": " + signedIn.body());
            assertEquals("/", signedIn.header("Location").orElseThrow(), target);
            assertFalse(signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("a=")), target);
        }
    }

    private static String errorText(WebClient.Page page) {
        Matcher m = Pattern.compile("<div class=\"error-summary\" role=\"alert\"><p>(.*?)</p>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no error on the page:\n" + page.body());
        return m.group(1).strip();
    }

    private static String hiddenNext(WebClient.Page page) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"next\" value=\"([^\"]*)\"")
                .matcher(page.body());
        assertTrue(m.find(), "no next field:\n" + page.body());
        return m.group(1).replace("&amp;", "&");
    }
}
