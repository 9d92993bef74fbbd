package app.gaitway.security;

import app.gaitway.shared.text.TypedText;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after NIST SP 800-63B: long enough, long ones allowed, no composition
 * rules, and not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Where the shipped list lives; see common-passwords.md beside it for its sources and licences. */
    static final String SHIPPED_LIST = "/security/common-passwords.txt.gz";

    /** The shortest core (what is left once digits, symbols and spaces around it are taken off) looked up. */
    private static final int MIN_CORE = 4;

    private final CommonPasswordFilter commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this(CommonPasswordFilter.of(commonPasswords));
    }

    private PasswordPolicy(CommonPasswordFilter commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /**
     * The policy with the list shipped in security/common-passwords.txt.gz, read once on first use (1.5 s measured on
     * a machine busy with parallel builds):
     * request-scoped controllers ask for it on every request, and the policy is immutable.
     */
    public static PasswordPolicy withShippedList() {
        return Shipped.POLICY;
    }

    private static final class Shipped {
        static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswordFilter.fromResource(SHIPPED_LIST));
    }

    /** How many entries the list this policy refuses holds. */
    int listedPasswords() {
        return commonPasswords.entries();
    }

    /** Heap the list takes, in bytes. */
    long listBytes() {
        return commonPasswords.bytes();
    }

    /**
     * @return the message key of the first rule the password breaks, or empty when it is acceptable
     */
    public Optional<String> problemWith(String password, String email) {
        // tabs stay allowed (password managers paste them); NUL and the other controls do not
        Optional<String> unstorable = TypedText.problem(password, TypedText.Lines.MANY);
        if (unstorable.isPresent()) {
            return unstorable;
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isListed(lower) || isOneRepeatedCharacter(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && !email.isBlank()) {
            String normalizedEmail = email.strip().toLowerCase(Locale.ROOT);
            String localPart = normalizedEmail.contains("@")
                    ? normalizedEmail.substring(0, normalizedEmail.indexOf('@'))
                    : normalizedEmail;
            if (lower.equals(normalizedEmail) || (localPart.length() >= 4 && lower.equals(localPart))) {
                return Optional.of("password.sameAsEmail");
            }
        }
        return Optional.empty();
    }

    /**
     * On the list as typed, or once the digits, symbols and spaces around it are taken off: most entries are
     * shorter than {@value #MIN_LENGTH} characters, and "iloveyou2024!!" or "!!dragon123456" is what attackers try
     * right after "iloveyou" and "dragon" (the usual guessing rules append and prepend digits and symbols).
     */
    private boolean isListed(String lower) {
        if (commonPasswords.mightContain(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.codePointAt(start))) {
            start += Character.charCount(lower.codePointAt(start));
        }
        while (end > start && !Character.isLetter(lower.codePointBefore(end))) {
            end -= Character.charCount(lower.codePointBefore(end));
        }
        String core = lower.substring(start, end);
        return core.length() < lower.length()
                && core.codePointCount(0, core.length()) >= MIN_CORE
                && commonPasswords.mightContain(core);
    }

    private static boolean isOneRepeatedCharacter(String value) {
        // code points, as the length rule counts them: a repeated emoji is two distinct chars
        return value.codePoints().distinct().count() == 1;
    }
}
