package app.gaitway.shared.web;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormBodyTest {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @Test
    void acceptsFormsInUtf8Only() {
        assertEquals(200, status(FORM));
        assertEquals(200, status(new MediaType("Application", "X-WWW-Form-URLEncoded", "utf-8")));
        assertEquals(200, status(new MediaType("application", "x-www-form-urlencoded", " UTF8 ")));
        assertEquals(415, status(FORM.withCharset("ISO-8859-1")));
        assertEquals(415, status(FORM.withCharset("UTF-16")));
        assertEquals(415, status(FORM.withCharset("bogus")));
        assertEquals(415, status(FORM.withCharset("not a name!")));
    }

    @Test
    void refusesEverythingElse() {
        for (MediaType type : new MediaType[] {
            null,
            MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_PLAIN_TYPE,
            new MediaType("multipart", "form-data", Map.of("boundary", "x")),
            MediaType.WILDCARD_TYPE,
            new MediaType("application", "*")
        }) {
            assertEquals(415, status(type), type == null ? "none" : type.getType() + "/" + type.getSubtype());
        }
    }

    @Test
    void namesNothingTheClientTypedBesidesATidiedType() {
        String reason = FormBody.contentType(new MediaType("text", "pl\u0001ain\n"))
                .map(FormBody.Refusal::reason)
                .orElse("");
        assertEquals("not a form: text/pl?ain?", reason);
    }

    @Test
    void everyPercentMustStartTwoHexDigits() {
        for (String ok : new String[] {"", "a=b", "a=%20&b=%C3%A9", "%41=%7e", "a=+&b=", "%ff", "a=%00"}) {
            assertTrue(FormBody.wellEncoded(bytes(ok)), ok);
        }
        for (String broken : new String[] {"%", "a=%", "a=%4", "a=%zz", "%-1=x", "a=%+1", "a=%4g", "a=%%41", "a=b%"}) {
            assertFalse(FormBody.wellEncoded(bytes(broken)), broken);
        }
    }

    private static int status(MediaType type) {
        return FormBody.contentType(type).map(FormBody.Refusal::status).orElse(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
