package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped list of common and breached passwords: large, compact, and what it refuses. */
class CommonPasswordListTest {

    private static final String EMAIL = "jane.doe@riverside-pt.test";

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @Test
    void holdsAtLeastOneHundredThousandEntries() {
        assertTrue(policy.listedPasswords() >= 100_000, policy.listedPasswords() + " entries");
    }

    @Test
    void takesUnderOneMegabyteOfHeap() {
        // a HashSet<String> of the same entries took 38 MB (measured, see CommonPasswordFilter); the server has 256 MB
        assertTrue(policy.listBytes() < 1_000_000, policy.listBytes() + " bytes");
    }

    @Test
    void refusesBreachedPasswordsOfTwelveCharactersAndMore() {
        for (String breached : new String[] {
            "qwerty123456",
            "1qaz2wsx3edc",
            "qazwsxedcrfv",
            "123qweasdzxc",
            "sonyericsson",
            "leavemealone",
            "QWERTYQWERTY",
            "1q2w3e4r5t6y"
        }) {
            assertEquals(Optional.of("password.common"), policy.problemWith(breached, EMAIL), breached);
        }
    }

    @Test
    void refusesACommonPasswordWithDigitsOrSymbolsAroundIt() {
        for (String padded : new String[] {"sunshine2024!!", "!!dragon123456", "trustno1-2026", "Football 1234"}) {
            assertEquals(Optional.of("password.common"), policy.problemWith(padded, EMAIL), padded);
        }
    }

    @Test
    void acceptsLongRandomPassphrases() {
        // five words each, drawn with Python's secrets module from the EFF long word list (7,776 words, as shipped
        // in the npm package @zxcvbn-ts/language-common 4.1.3) when this test was written; fixed, so that the
        // filter's one-in-a-thousand false positive cannot make the test fail by chance
        for (String passphrase : new String[] {
            "slogan freezable unending jittery mortally",
            "hungrily endocrine mortified flyer obedience",
            "silk aflame cleat issue rotting"
        }) {
            assertEquals(Optional.empty(), policy.problemWith(passphrase, EMAIL), passphrase);
        }
    }

    @Test
    void takesAStrongPasswordForACommonOneAboutOnceInAThousand() {
        SecureRandom random = new SecureRandom();
        int refused = 0;
        int tries = 200_000;
        for (int i = 0; i < tries; i++) {
            StringBuilder letters = new StringBuilder();
            for (int c = 0; c < 14; c++) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            String candidate = letters.toString();
            if (policy.problemWith(candidate, EMAIL).isPresent()) {
                refused++;
            }
        }
        // 0.1 % expected: 200 of 200,000, with a standard deviation of about 14
        assertTrue(refused < 300, refused + " of " + tries + " random passwords refused");
    }
}
