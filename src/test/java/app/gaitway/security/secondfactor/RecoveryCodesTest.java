package app.gaitway.security.secondfactor;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void makesTenDifferentCodesOfEightyBitsInFourGroups() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"), code);
        }
        // 16 symbols of a 32-symbol alphabet: 5 bits each
        assertEquals(80, RecoveryCodes.LENGTH * Integer.numberOfTrailingZeros(RecoveryCodes.ALPHABET.length()));
    }

    @Test
    void aCodeTypedWithOtherCaseSpacesOrWithoutDashesIsTheSameCode() {
        String code = RecoveryCodes.generate().get(0);
        String hash = RecoveryCodes.hash(7, code);
        assertEquals(hash, RecoveryCodes.hash(7, code.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(hash, RecoveryCodes.hash(7, code.replace("-", "")));
        assertEquals(hash, RecoveryCodes.hash(7, " " + code.replace("-", " ") + " "));
    }

    @Test
    void theStoredHashIsNotTheCodeAndDiffersPerAccount() {
        String code = RecoveryCodes.generate().get(0);
        String hash = RecoveryCodes.hash(7, code);
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertTrue(!hash.contains(code.replace("-", "")));
        assertNotEquals(hash, RecoveryCodes.hash(8, code), "the same code of another account hashes differently");
    }

    @Test
    void refusesWhatCannotBeARecoveryCode() {
        assertEquals(Optional.empty(), RecoveryCodes.normalized("123456"));
        assertEquals(Optional.empty(), RecoveryCodes.normalized("abcd-efgh-ijkl-mno0"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), RecoveryCodes.normalized("abcd-efgh-ijkl-mnopq"));
        assertEquals(Optional.empty(), RecoveryCodes.normalized(null));
    }
}
