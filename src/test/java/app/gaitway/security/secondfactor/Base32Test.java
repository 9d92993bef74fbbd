package app.gaitway.security.secondfactor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Base32Test {

    /** RFC 4648 section 10, without the padding authenticator apps do without. */
    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesTheRfc4648TestVectors(String text, String expected) {
        assertEquals(expected, Base32.encode(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
