package app.gaitway.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    private static final String EMAIL = "jane.doe@riverside-pt.test";

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    private Optional<String> problem(String password) {
        return policy.problemWith(password, EMAIL);
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertEquals(Optional.of("password.tooShort"), problem("gait cadenc"));
        assertEquals(Optional.empty(), problem("gait cadence"));
    }

    @Test
    void refusesMissingPassword() {
        assertEquals(Optional.of("password.tooShort"), problem(null));
        assertEquals(Optional.of("password.tooShort"), problem(""));
    }

    @Test
    void countsLengthInCodePointsNotJavaChars() {
        // Each of these letters lies outside the Basic Multilingual Plane: two Java chars apiece.
        String elevenLetters = "\uD835\uDC9C\uD835\uDC9E\uD835\uDC9F\uD835\uDCA2\uD835\uDCA5\uD835\uDCA6"
                + "\uD835\uDCA9\uD835\uDCAA\uD835\uDCAB\uD835\uDCAC\uD835\uDCAE";
        assertEquals(22, elevenLetters.length());
        assertEquals(Optional.of("password.tooShort"), problem(elevenLetters));
        assertEquals(Optional.empty(), problem(elevenLetters + "\uD835\uDCAF"));
    }

    @Test
    void acceptsAccentedAndNonLatinPasswords() {
        assertEquals(Optional.empty(), problem("Ünterschenkel-Größe"));
        assertEquals(Optional.empty(), problem("膝関節の可動域を測定する"));
    }

    @Test
    void allowsOneHundredTwentyEightCharactersButNotMore() {
        String base = "stride length and cadence ";
        String exactly128 = base.repeat(5).substring(0, 128);
        assertEquals(128, exactly128.length());
        assertEquals(Optional.empty(), problem(exactly128));
        assertEquals(Optional.of("password.tooLong"), problem(exactly128 + "x"));
    }

    @Test
    void acceptsASixtyFourCharacterPassphrase() {
        String passphrase = "the quiet heron measured hip abduction beside a copper kettle ok";
        assertEquals(64, passphrase.length());
        assertEquals(Optional.empty(), problem(passphrase));
    }

    @Test
    void allowsSpacesAsPastedFromAPasswordManager() {
        assertEquals(Optional.empty(), problem("  correct horse battery staple  "));
        assertEquals(Optional.empty(), problem("correct\thorse battery staple"));
    }

    @Test
    void hasNoCompositionRules() {
        assertEquals(Optional.empty(), problem("onlylowercaseletters"), "no upper case, digit or symbol required");
        assertEquals(Optional.empty(), problem("ONLYUPPERCASELETTERS"));
        assertEquals(Optional.empty(), problem("739184620573"), "digits only, not a common sequence");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertEquals(Optional.of("password.common"), problem("password1234"));
        assertEquals(Optional.of("password.common"), problem("PASSWORD1234"));
        assertEquals(Optional.of("password.common"), problem("ILoveYou1234"));
        assertEquals(Optional.of("password.common"), problem("123456789012"));
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertEquals(Optional.of("password.common"), problem("zzzzzzzzzzzzzzz"));
        assertEquals(Optional.of("password.common"), problem("\uD83E\uDDB5".repeat(12)), "a repeated leg emoji");
    }

    @Test
    void refusesThePersonsOwnEmailAddressInAnyCase() {
        assertEquals(Optional.of("password.sameAsEmail"), problem("Jane.Doe@Riverside-PT.test"));
        assertEquals(
                Optional.of("password.sameAsEmail"),
                policy.problemWith("physiotherapist", "Physiotherapist@clinic.test"),
                "the part before the @");
        assertEquals(Optional.empty(), policy.problemWith("physiotherapist", null), "no email known");
    }

    @Test
    void appliesOnlyTheListItWasGiven() {
        var custom = new PasswordPolicy(Set.of("riverside clinic"));
        assertEquals(Optional.of("password.common"), custom.problemWith("Riverside Clinic", EMAIL));
        assertEquals(Optional.empty(), custom.problemWith("password1234", EMAIL));
    }

    @Test
    void refusesControlCharactersWhichNotEveryDatabaseOrKeyboardTakes() {
        assertEquals(Optional.of("field.controlCharacter"), problem("gait cadence\u0000 long"));
        assertEquals(Optional.of("field.controlCharacter"), problem("gait cadence\u0007long"));
        assertEquals(Optional.empty(), problem("gait cadence long"));
    }
}
