package app.gaitway.patients;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Icd10CodeTest {

    @Test
    void acceptsCodesOfHipAndKneeComplaints() {
        for (String code : new String[] {"M22.2", "M54.5", "M76.3", "M70.6", "M17", "S83.511A", "M54.50"}) {
            assertTrue(Icd10Code.isValid(code), code);
        }
    }

    @Test
    void upperCasesAndDropsSpaces() {
        assertEquals(Optional.of("M22.2"), Icd10Code.normalise(" m22.2 "));
        assertEquals(Optional.of("M54.5"), Icd10Code.normalise("M 54.5"));
    }

    @Test
    void refusesWhatIsNoCode() {
        for (String text : new String[] {
            "", "M2", "22.2", "MM22.2", "M22.", "M22.23456", "M22-2", "M222", "knee pain", "M22.2;", "Ä22.2"
        }) {
            assertFalse(Icd10Code.isValid(text), text);
        }
        assertFalse(Icd10Code.isValid(null));
    }

    @Test
    void aCodeIsNeverLongerThanItsColumn() {
        assertEquals(
                Icd10Code.MAX_LENGTH,
                Icd10Code.normalise("s83.511a").orElseThrow().length());
    }
}
