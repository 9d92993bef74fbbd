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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        this.address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** A client presenting the given address, as a second device on the same network (one clinic's Wi-Fi). */
    public WebClient(GaitwayServer server, String address) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.address = address;
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
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts form fields in the order given; a name may repeat (checkboxes, multiple selects), as a browser sends them. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Sends any HTTP method (DELETE, PUT, PATCH, ...) with the given form fields as its body (none when empty). */
    public Page send(String method, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path);
        if (!fields.isEmpty()) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return send(builder.method(
                        method,
                        fields.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Posts a body exactly as given: any content type (none when null), any bytes, extra headers such as Krazo's
     * {@code X-CSRF-TOKEN}. For requests no browser form would send.
     */
    public Page postBody(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Submits a form parsed from a page ({@link Page#form}) to its own action, with its fields as they now are. */
    public Page submit(Form form) {
        return post(form.action(), form.fields());
    }

    /** Sends a multipart/form-data POST, as a browser sends a form with file inputs. */
    public Page postMultipart(String path, List<Part> parts) {
        String boundary =
                "----GaitwayTestBoundary" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A GET whose answer is kept as bytes (pictures, downloads). */
    public Download download(String path) {
        return download(path, Map.of());
    }

    /** The same with headers of its own, such as a conditional GET's {@code If-None-Match}. */
    public Download download(String path, Map<String, String> headers) {
        try {
            HttpRequest.Builder builder = request(path).setHeader("Accept", "*/*");
            headers.forEach(builder::setHeader);
            HttpResponse<byte[]> response = http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue())
                .findFirst();
    }

    /**
     * Forgets the session cookie, as if the server had lost the session (a restart): the next request comes
     * without one, from the same client address.
     */
    public void forgetSession() {
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
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
            String location = headers.firstValue("Location")
                    .orElseThrow(() -> new AssertionError("No Location header; status " + status));
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

        /** The form whose action starts with the given path (its first such form), as a browser would submit it. */
        public Form form(String actionPath) {
            return Form.parse(body, actionPath);
        }
    }

    /** One part of a multipart form: a plain field (no file name) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }

        /** What a browser sends for a file input left empty. */
        public static Part noFile(String name) {
            return new Part(name, "", "application/octet-stream", new byte[0]);
        }
    }

    /** An answer kept as bytes. */
    public record Download(int status, HttpHeaders headers, byte[] body) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * An HTML form read from a page: its action and the fields a browser would send when it is submitted
     * without changes (text, hidden and number inputs, checked checkboxes and radios, textareas, the selected
     * option of each select; no buttons, no file inputs). Values can then be changed as a person would type.
     */
    public static final class Form {

        private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern CONTROL = Pattern.compile(
                "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>",
                Pattern.DOTALL);
        private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>([^<]*)", Pattern.DOTALL);
        private static final Pattern ATTRIBUTE =
                Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");

        private final String action;
        private final List<Map.Entry<String, String>> fields;

        private Form(String action, List<Map.Entry<String, String>> fields) {
            this.action = action;
            this.fields = fields;
        }

        static Form parse(String html, String actionPath) {
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> formAttributes = attributes(form.group(1));
                String action = formAttributes.getOrDefault("action", "");
                if (action.startsWith(actionPath)) {
                    return new Form(action, controls(form.group(2)));
                }
            }
            throw new AssertionError("no form with action " + actionPath + " on the page:\n" + html);
        }

        private static List<Map.Entry<String, String>> controls(String html) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher m = CONTROL.matcher(html);
            while (m.find()) {
                if (m.group(1) != null) {
                    Map<String, String> a = attributes(m.group(1));
                    String type = a.getOrDefault("type", "text").toLowerCase();
                    String name = a.get("name");
                    if (name == null
                            || a.containsKey("disabled")
                            || List.of("submit", "button", "image", "reset", "file")
                                    .contains(type)) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
                        continue;
                    }
                    String value = a.get("value");
                    fields.add(Map.entry(
                            name,
                            value == null ? (type.equals("checkbox") || type.equals("radio") ? "on" : "") : value));
                } else if (m.group(2) != null) {
                    Map<String, String> a = attributes(m.group(2));
                    if (a.get("name") != null && !a.containsKey("disabled")) {
                        String text = unescape(m.group(3));
                        fields.add(Map.entry(a.get("name"), text.startsWith("\n") ? text.substring(1) : text));
                    }
                } else {
                    Map<String, String> a = attributes(m.group(4));
                    if (a.get("name") == null || a.containsKey("disabled")) {
                        continue;
                    }
                    List<String[]> options = new ArrayList<>();
                    Matcher o = OPTION.matcher(m.group(5));
                    while (o.find()) {
                        Map<String, String> oa = attributes(o.group(1));
                        String value = oa.containsKey("value")
                                ? oa.get("value")
                                : unescape(o.group(2)).strip();
                        options.add(new String[] {value, oa.containsKey("selected") ? "selected" : ""});
                    }
                    List<String> selected = options.stream()
                            .filter(x -> !x[1].isEmpty())
                            .map(x -> x[0])
                            .toList();
                    if (!a.containsKey("multiple") && selected.isEmpty() && !options.isEmpty()) {
                        selected = List.of(options.get(0)[0]);
                    } else if (!a.containsKey("multiple") && selected.size() > 1) {
                        selected = List.of(selected.get(selected.size() - 1));
                    }
                    selected.forEach(v -> fields.add(Map.entry(a.get("name"), v)));
                }
            }
            return fields;
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(tag);
            while (m.find()) {
                a.putIfAbsent(m.group(1).toLowerCase(), m.group(2) == null ? "" : unescape(m.group(2)));
            }
            return a;
        }

        /** The action, with HTML entities resolved (a path with its query). */
        public String action() {
            return action;
        }

        public List<Map.Entry<String, String>> fields() {
            return List.copyOf(fields);
        }

        /** The first value of a field, or null when the form does not send it. */
        public String get(String name) {
            return fields.stream()
                    .filter(e -> e.getKey().equals(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        public List<String> getAll(String name) {
            return fields.stream()
                    .filter(e -> e.getKey().equals(name))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        /** Sets a field to one value, where it was (or at the end when the form did not send it). */
        public Form set(String name, String value) {
            int at = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getKey().equals(name)) {
                    at = i;
                    break;
                }
            }
            fields.removeIf(e -> e.getKey().equals(name));
            if (at < 0 || at > fields.size()) {
                fields.add(Map.entry(name, value));
            } else {
                fields.add(at, Map.entry(name, value));
            }
            return this;
        }

        /** Sets all values of a repeated field (e.g. the checked boxes of a group); an empty list sends none. */
        public Form setAll(String name, List<String> values) {
            fields.removeIf(e -> e.getKey().equals(name));
            values.forEach(v -> fields.add(Map.entry(name, v)));
            return this;
        }

        /** Adds one more value, e.g. the name and value of the submit button pressed. */
        public Form add(String name, String value) {
            fields.add(Map.entry(name, value));
            return this;
        }

        public Form remove(String name) {
            fields.removeIf(e -> e.getKey().equals(name));
            return this;
        }
    }

    /** Resolves the HTML character references Thymeleaf writes (named ones it uses, and numeric ones). */
    public static String unescape(String html) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);")
                .matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String text = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default ->
                    new String(Character.toChars(
                            ref.startsWith("#x")
                                    ? Integer.parseInt(ref.substring(2), 16)
                                    : Integer.parseInt(ref.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
