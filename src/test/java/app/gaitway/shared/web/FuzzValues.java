package app.gaitway.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The hostile values and bodies the form fuzz test sends: each class of value by name, so a failure says which. */
final class FuzzValues {

    /** A value class: its name (for reports) and the value. */
    record Value(String kind, String text) {}

    /** Cheap enough to give every field of a form at once. */
    static final List<Value> SMALL = List.of(
            new Value("empty", ""),
            new Value("spaces", "   "),
            new Value("NUL and controls", "a\u0000b\u0001c\u0007\u001b[31m\u007f\r\nd\t"),
            new Value(
                    "RTL and combining",
                    "\u202Eevil\u202C \u0645\u0631\u062D\u0628\u0627 e\u0301\u0301\u0301\u0301 Z\u0335\u0321\u0327"),
            new Value("emoji", "\uD83D\uDE00\uD83D\uDC69\u200D\u2695\uFE0F\uD83E\uDDB5\uD83C\uDFFD"),
            new Value("negative", "-1"),
            new Value("huge", "99999999999999999999999999999"),
            new Value("int overflow", "2147483648"),
            new Value("decimal", "3.75"),
            new Value("comma decimal", "3,5"),
            new Value("NaN", "NaN"),
            new Value("infinity", "-Infinity"),
            new Value("exponent", "1e309"),
            new Value("zero", "0"),
            new Value("padded number", "  12  "),
            new Value("impossible date", "2023-02-30"),
            new Value("far date", "99999-12-31"),
            new Value("year zero", "0000-01-01"),
            new Value("unknown choice", "NO_SUCH_CHOICE"),
            new Value("markup", "<script>alert(1)</script>\"'><img src=x>&amp;${7*7}#{7*7}"),
            new Value("path", "../../etc/passwd"),
            new Value("10,000 characters", "ab\u00e9".repeat(3334)));

    /** One million characters: given to one field of a request at a time. */
    static final Value MILLION = new Value("1,000,000 characters", "x\u00e9y\u0000z".repeat(200_000));

    /** Bodies no form sends, each with its content type (null: none). */
    static final List<RawBody> RAW = List.of(
            new RawBody("percent without hex", "application/x-www-form-urlencoded", "%s=%zz&x=1"),
            new RawBody("cut escape", "application/x-www-form-urlencoded", "%s=abc%%"),
            new RawBody("cut escape 2", "application/x-www-form-urlencoded", "%s=abc%%4"),
            new RawBody("signed escape", "application/x-www-form-urlencoded", "%s=%%-1&%%+1=2"),
            new RawBody("invalid UTF-8 escape", "application/x-www-form-urlencoded", "%s=%%C3%%28%%FF%%FE"),
            new RawBody("overlong UTF-8", "application/x-www-form-urlencoded", "%s=%%C0%%AF%%E0%%80%%AF"),
            new RawBody("surrogate in UTF-8", "application/x-www-form-urlencoded", "%s=%%ED%%A0%%80"),
            new RawBody("no equals", "application/x-www-form-urlencoded", "%s&&&=&==&%%41"),
            new RawBody("json", "application/json", "{\"%s\": [1, {\"a\": null}]}"),
            new RawBody("plain text", "text/plain", "%s=1"),
            new RawBody(
                    "multipart on a form route",
                    "multipart/form-data; boundary=xyz",
                    "--xyz\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n1\r\n--xyz--\r\n"),
            new RawBody("no content type", null, "%s=1"),
            new RawBody("bogus charset", "application/x-www-form-urlencoded; charset=bogus", "%s=1"),
            new RawBody("UTF-16 charset", "application/x-www-form-urlencoded; charset=UTF-16", "%s=1"),
            new RawBody("xml", "application/xml", "<%s>1</%s>"),
            new RawBody("multipart without boundary", "multipart/form-data", "%s=1"),
            new RawBody(
                    "multipart cut short",
                    "multipart/form-data; boundary=xyz",
                    "--xyz\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"a.png\"\r\n\r\n\u0089PNG"));

    /** A body as raw text (a format with %s for a field name) and the content type it is sent with. */
    record RawBody(String kind, String contentType, String format) {

        byte[] body(String token, String field) {
            String text = format.replace("%s", field).replace("%%", "%");
            String prefix = "_csrf=" + token + "&";
            return (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                            ? prefix + text
                            : text)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private FuzzValues() {}

    static byte[] encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
