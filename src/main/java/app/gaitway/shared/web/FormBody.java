package app.gaitway.shared.web;

import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * What a POST to the application must be: an HTML form, sent as {@code application/x-www-form-urlencoded} in
 * UTF-8 (the two forms with files go to {@code ExerciseUploadServlet}, outside the application), with every
 * {@code %} followed by two hex digits. The CSRF check and Jersey's form parameters both decode the body with
 * {@link java.net.URLDecoder}, which throws on a broken escape, and Jersey refuses {@code @FormParam} outright for
 * any other content type: both were 500s. Checked once, before either reads the body.
 */
public final class FormBody {

    /** More than any form of the app sends (an assessment is a few kilobytes); a bigger body is not read. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private FormBody() {}

    /** Why a body of this content type (null when the request names none) cannot be a form of the app: 415. */
    public static Optional<Refusal> contentType(MediaType type) {
        if (type == null) {
            return Optional.of(new Refusal(415, "no content type"));
        }
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || type.isWildcardType()
                || type.isWildcardSubtype()) {
            String named = (type.getType() + "/" + type.getSubtype()).replaceAll("[^A-Za-z0-9./+-]", "?");
            return Optional.of(new Refusal(415, "not a form: " + named.substring(0, Math.min(named.length(), 60))));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return Optional.of(new Refusal(415, "not UTF-8"));
        }
        return Optional.empty();
    }

    /** Whether every {@code %} of the body starts an escape of two hex digits, as the decoders require. */
    public static boolean wellEncoded(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '%') {
                if (i + 2 >= body.length || !isHex(body[i + 1]) || !isHex(body[i + 2])) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.forName(name.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return false;
        }
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    /** The status to answer and the reason for the log (never anything the client typed). */
    public record Refusal(int status, String reason) {}
}
