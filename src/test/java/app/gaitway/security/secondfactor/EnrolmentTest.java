package app.gaitway.security.secondfactor;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentTest {

    @Test
    void aNewKeyHas160RandomBits() {
        assertEquals(20, Enrolment.random().secret().length);
        assertNotEquals(Enrolment.random().typedKey(), Enrolment.random().typedKey());
    }

    @Test
    void theOtpauthAddressNamesIssuerAccountKeyAndParameters() {
        Enrolment enrolment = new Enrolment("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "otpauth://totp/Gaitway:ana%40clinic.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Gaitway"
                        + "&algorithm=SHA1&digits=6&period=30",
                enrolment.otpauthAddress("ana@clinic.test"));
        assertEquals("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", enrolment.typedKey());
        assertTrue(enrolment.qrCode("ana@clinic.test").startsWith("data:image/svg+xml;base64,"));
    }
}
