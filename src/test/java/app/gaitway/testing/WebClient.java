package app.gaitway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, does not follow
 * redirects (tests assert them), and submits forms with the CSRF token of the page the
 * form came from, as a browser would. Each client presents its own client address through
 * X-Forwarded-For (the shared server trusts it), like a separate person's computer.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final GaitwayServer server;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String address;

    public WebClient(GaitwayServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        this.address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public String address() {
        return address;
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** Loads the page at formPath, then posts the fields with that page's CSRF token. */
    public Page submit(String formPath, String actionPath, Map<String, String> fields) {
        Page form = get(formPath);
        Map<String, String> all = new LinkedHashMap<>();
        form.csrfToken().ifPresent(token -> all.put("_csrf", token));
        all.putAll(fields);
        return post(actionPath, all);
    }

    /** Posts exactly the given fields (no token added). */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in; returns the response to the login POST (303 on success). */
    public Page login(String email, String password) {
        return submit("/login", "/login", Map.of("email", email, "password", password));
    }

    /** Signs out with the token of the current home page. */
    public Page logout() {
        Page home = get("/");
        Map<String, String> fields = new LinkedHashMap<>();
        home.csrfToken().ifPresent(token -> fields.put("_csrf", token));
        return post("/logout", fields);
    }

    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> c.getValue()).findFirst();
    }

    /** Puts a session cookie into this client's jar, as a replayed (or stolen) cookie would be sent. */
    public void useSessionCookie(String value) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(server.uri("/"), cookie);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address)
                .header("Accept", "text/html");
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** One HTTP response. */
    public record Page(int status, HttpHeaders headers, String body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The redirect target path, for 3xx answers. */
        public String location() {
            String location = headers.firstValue("Location").orElseThrow(() -> new AssertionError("No Location header; status " + status));
            return location.replaceFirst("^https?://[^/]+", "");
        }

        public Optional<String> csrfToken() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        /** The text of the first h1, for asserting which page this is. */
        public String heading() {
            Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
        }

        public boolean contains(String text) {
            return body.contains(text);
        }
    }
}
