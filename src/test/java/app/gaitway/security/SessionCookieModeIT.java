package app.gaitway.security;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session cookie in both modes, as curl would see it (cookies read from Set-Cookie and sent back by hand, so no
 * client library's rules decide what is kept). Behind a TLS proxy (GAITWAY_TRUST_PROXY=true, an https
 * GAITWAY_BASE_URL, requests with X-Forwarded-Proto: https) it is {@code __Host-JSESSIONID}, Secure, Path=/, no
 * Domain, and sign-in, pages, the CSRF check and sign-out work with it; a plain JSESSIONID cookie opens nothing
 * there. Served directly (the shared server) it stays JSESSIONID, HttpOnly, SameSite=Lax, not Secure over HTTP.
 */
@ExtendWith(SharedServer.class)
class SessionCookieModeIT {

    private static final String EMAIL = "admin@tls-proxy.test";
    private static final String PASSWORD = "a cookie only https carries";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static GaitwayServer behindProxy;

    @BeforeAll
    static void startBehindATlsProxy() {
        behindProxy = GaitwayServer.start(
                "tls-proxy",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        PASSWORD,
                        "GAITWAY_TRUST_PROXY",
                        "true",
                        "GAITWAY_BASE_URL",
                        "https://gaitway.clinic.example"));
    }

    @AfterAll
    static void stop() {
        if (behindProxy != null) {
            behindProxy.close();
        }
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHostPrefixed() {
        Curl curl = new Curl(behindProxy, "__Host-JSESSIONID");
        HttpResponse<String> login = curl.get("/login");
        assertEquals(200, login.statusCode());
        String cookie = curl.sessionSetCookie(login);
        assertCookie(cookie, "__Host-JSESSIONID", true);
        assertTrue(curl.setCookies(login).stream().noneMatch(c -> c.startsWith("JSESSIONID=")), "no second cookie");

        String before = curl.session;
        HttpResponse<String> signedIn = curl.post("/login", Map.of("email", EMAIL, "password", PASSWORD), token(login));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals(
                "/",
                signedIn.headers().firstValue("Location").orElseThrow(),
                "a path, not the http:// address the server saw behind the proxy");
        assertCookie(curl.sessionSetCookie(signedIn), "__Host-JSESSIONID", true);
        assertNotEquals(before, curl.session, "a new id at sign-in");

        HttpResponse<String> home = curl.get("/");
        assertEquals(200, home.statusCode(), "signed in with the __Host- cookie");

        HttpResponse<String> forged = curl.post("/logout", Map.of(), null);
        assertEquals(403, forged.statusCode(), "the CSRF check holds: no token, no sign-out");
        assertEquals(200, curl.get("/").statusCode(), "still signed in");

        Curl plainName = new Curl(behindProxy, "JSESSIONID");
        plainName.session = curl.session;
        HttpResponse<String> wrongName = plainName.get("/");
        assertEquals(303, wrongName.statusCode(), "the id under the old name opens nothing");
        assertTrue(wrongName.headers().firstValue("Location").orElse("").contains("/login"));

        HttpResponse<String> out = curl.post("/logout", Map.of(), token(curl.get("/")));
        assertEquals(303, out.statusCode(), out.body());
        HttpResponse<String> after = curl.get("/");
        assertEquals(303, after.statusCode(), "signed out");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login"));
    }

    @Test
    void servedDirectlyTheCookieIsThePlainOne(GaitwayServer shared) {
        Curl curl = new Curl(shared, "JSESSIONID");
        HttpResponse<String> login = curl.get("/login");
        assertCookie(curl.sessionSetCookie(login), "JSESSIONID", false);
        HttpResponse<String> signedIn = curl.post(
                "/login",
                Map.of("email", SharedServer.OWNER_EMAIL, "password", SharedServer.OWNER_PASSWORD),
                token(login));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals(200, curl.get("/").statusCode());
        assertEquals(403, curl.post("/logout", Map.of(), null).statusCode(), "the CSRF check holds here too");
    }

    private static void assertCookie(String setCookie, String name, boolean secure) {
        List<String> attributes = List.of(setCookie.split(";\\s*"));
        assertTrue(attributes.get(0).matches(Pattern.quote(name) + "=[A-Za-z0-9_-]{32}"), setCookie);
        List<String> lower =
                attributes.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        assertEquals(secure, lower.contains("secure"), setCookie);
        assertTrue(lower.contains("httponly"), setCookie);
        assertTrue(lower.contains("samesite=lax"), setCookie);
        assertTrue(lower.contains("path=/"), setCookie);
        assertFalse(lower.stream().anyMatch(a -> a.startsWith("domain")), setCookie);
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertTrue(m.find(), "a CSRF token on the page:\n" + page.body());
        return m.group(1);
    }

    /** A client that keeps one cookie by hand, as a script around curl would, and says it came through https. */
    private static final class Curl {

        private final GaitwayServer server;
        private final String cookieName;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final String address = "10.91." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        String session;

        Curl(GaitwayServer server, String cookieName) {
            this.server = server;
            this.cookieName = cookieName;
        }

        HttpResponse<String> get(String path) {
            return send(builder(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String csrf) {
            StringBuilder body = new StringBuilder(csrf == null ? "" : "_csrf=" + enc(csrf));
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(enc(k))
                    .append('=')
                    .append(enc(v)));
            return send(builder(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        List<String> setCookies(HttpResponse<String> response) {
            return response.headers().allValues("Set-Cookie");
        }

        String sessionSetCookie(HttpResponse<String> response) {
            return setCookies(response).stream()
                    .filter(c -> c.startsWith(cookieName + "="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + cookieName + " cookie: " + response.headers()));
        }

        private HttpRequest.Builder builder(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("X-Forwarded-For", address)
                    .header("X-Forwarded-Proto", "https")
                    .header("Accept", "text/html");
            if (session != null) {
                b.header("Cookie", cookieName + "=" + session);
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                setCookies(response).stream()
                        .filter(c -> c.startsWith(cookieName + "="))
                        .findFirst()
                        .ifPresent(c ->
                                session = c.substring(cookieName.length() + 1).split(";")[0]);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
